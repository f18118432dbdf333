package cn.fengqiao.resident.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rental of a dwelling, registered with the police or not; the tenants are persons of the register. */
@Entity
@Table(name = "rental")
public class Rental extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    public UUID id;

    @Column(name = "dwelling_id", nullable = false)
    public UUID dwellingId;

    @Column(name = "landlord_person_id")
    public UUID landlordPersonId;

    @Column(name = "start_on", nullable = false)
    public LocalDate startOn;

    @Column(name = "end_on")
    public LocalDate endOn;

    @Column(nullable = false)
    public boolean registered;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public boolean isActiveOn(LocalDate day) {
        return !startOn.isAfter(day) && (endOn == null || !endOn.isBefore(day));
    }
}
