package cn.fengqiao.mediation.domain;

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

/** A mediation agreement (调解协议): the terms, the text as signed, and its judicial confirmation. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    @Column(name = "dispute_id")
    public UUID disputeId;

    @Column(nullable = false)
    public String terms;

    @Column(nullable = false)
    public String text;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "judicial_status", nullable = false)
    public JudicialStatus judicialStatus;

    @Column(name = "judicial_requested_at")
    public Instant judicialRequestedAt;

    @Column(name = "judicial_decided_at")
    public Instant judicialDecidedAt;

    @Column(name = "court_reference")
    public String courtReference;

    @Column(name = "judicial_reason")
    public String judicialReason;
}
