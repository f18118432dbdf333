package cn.fengqiao.incident.domain;

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
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An agency asked to help on an incident (120 called, family contacted), with when it arrived. */
@Entity
@Table(name = "incident_agency_contact")
public class AgencyContact extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Agency agency;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    @Column(name = "arrived_at")
    public Instant arrivedAt;

    public String reference;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
