package cn.fengqiao.patrol.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A patrol plan for a period: its score, what it could not satisfy in plain words, and its state. */
@Entity
@Table(name = "patrol_plan")
public class PatrolPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(nullable = false)
    public long seed;

    @Column(name = "hard_score")
    public Long hardScore;

    @Column(name = "medium_score")
    public Long mediumScore;

    @Column(name = "soft_score")
    public Long softScore;

    /** The soft score a simple greedy plan gets on the same input, for comparison. */
    @Column(name = "baseline_soft")
    public Long baselineSoft;

    /** The broken soft rules and unfilled slots, as a JSON list of plain-word lines. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;

    @Column(name = "solver_millis")
    public Long solverMillis;

    public String failure;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    @Version
    public long version;
}
