package cn.fengqiao.incident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit sent to an incident; released when the incident no longer needs it. */
@Entity
@Table(name = "incident_assignment")
public class IncidentAssignment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;

    @Column(name = "released_at")
    public Instant releasedAt;
}
