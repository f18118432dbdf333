package cn.fengqiao.incident.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rectification task opened by a dissatisfied caller: an owner, a deadline, an outcome. */
@Entity
@Table(name = "rectification")
public class Rectification extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "callback_id", nullable = false, unique = true)
    public Long callbackId;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public String owner;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** The last day (Asia/Shanghai) to finish: 5 working days after it was opened. */
    @Column(nullable = false)
    public LocalDate deadline;

    @Column(name = "completed_at")
    public Instant completedAt;

    public String outcome;
}
