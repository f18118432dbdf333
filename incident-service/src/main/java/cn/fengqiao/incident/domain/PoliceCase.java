package cn.fengqiao.incident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A criminal or public-order case (案件), often escalated from an incident. */
@Entity
@Table(name = "police_case")
public class PoliceCase extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Human-readable, e.g. AJ20240703-0002. */
    @Column(nullable = false, unique = true)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseType type;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String community;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "solved_at")
    public Instant solvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;
}
