package cn.fengqiao.mediation.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An incident reported by incident-service, as this service keeps it: where and what, no personal data. */
@Entity
@Table(name = "observed_incident")
public class ObservedIncident extends PanacheEntityBase {

    @Id
    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String category;

    @Column(name = "sub_category")
    public String subCategory;

    @Column(nullable = false)
    public String community;

    @Column(name = "address_id")
    public String addressId;

    @Column(name = "address_text")
    public String addressText;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** CLOSED, TRANSFERRED, MERGED or CANCELLED, once incident-service has finished with it. */
    public String outcome;
}
