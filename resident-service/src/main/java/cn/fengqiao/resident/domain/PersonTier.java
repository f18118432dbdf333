package cn.fengqiao.resident.domain;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person's current tier with its reasons and when it must be reviewed; no row means GENERAL. */
@Entity
@Table(name = "person_tier")
public class PersonTier extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tier tier;

    /** Reason codes, comma-separated. */
    @Column(nullable = false)
    public String reasons;

    @Column(name = "review_due")
    public LocalDate reviewDue;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "approved_by")
    public String approvedBy;

    @Version
    public long version;
}
