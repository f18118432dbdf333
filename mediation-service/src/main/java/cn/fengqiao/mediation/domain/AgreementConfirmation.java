package cn.fengqiao.mediation.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A party's confirmation of the agreement's terms. */
@Entity
@Table(name = "agreement_confirmation")
public class AgreementConfirmation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Column(name = "party_id", nullable = false)
    public Long partyId;

    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;
}
