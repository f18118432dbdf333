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

/** A call for help or a police matter (警情), from intake to close. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Human-readable, e.g. JQ20240703-0007: unique, one sequence per day. */
    @Column(nullable = false, unique = true)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentStatus status;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String community;

    @Column(name = "address_id")
    public String addressId;

    @Column(name = "address_text")
    public String addressText;

    public Double latitude;

    public Double longitude;

    @Column(name = "reporter_name")
    public String reporterName;

    @Column(name = "reporter_phone")
    public String reporterPhone;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Version
    public long version;
}
