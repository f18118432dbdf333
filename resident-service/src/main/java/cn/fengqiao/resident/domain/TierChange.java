package cn.fengqiao.resident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change of a person's tier: the history the database keeps append-only. */
@Entity
@Table(name = "tier_change")
public class TierChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier", nullable = false)
    public Tier fromTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_tier", nullable = false)
    public Tier toTier;

    @Column(nullable = false)
    public String reasons;

    public String why;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(nullable = false)
    public Instant at;
}
