package cn.fengqiao.mediation.domain;

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

/** A party to a dispute: a registered resident by id, or a name and contact. */
@Entity
@Table(name = "dispute_party")
public class DisputeParty extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartySide side;

    @Column(name = "resident_id")
    public UUID residentId;

    public String name;

    /** A phone number or other contact; shown whole only to the assigned mediator. */
    public String contact;
}
