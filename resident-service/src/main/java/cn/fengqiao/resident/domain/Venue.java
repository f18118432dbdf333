package cn.fengqiao.resident.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit or venue (实有单位) the station knows and inspects. The person in charge's phone is stored encrypted. */
@Entity
@Table(name = "venue")
public class Venue extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VenueKind kind;

    public String licence;

    @Column(name = "person_in_charge")
    public String personInCharge;

    @Column(name = "person_in_charge_phone")
    public byte[] personInChargePhone;

    @Column(name = "address_id")
    public UUID addressId;

    @Column(nullable = false)
    public String community;

    @Column(name = "cameras_cover_entrance", nullable = false)
    public boolean camerasCoverEntrance;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The day the venue closed for good; a closed venue stays on the register as a record of it. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    /** When an officer last found the record true (registration is the first time), and who. */
    @Column(name = "verified_at", nullable = false)
    public Instant verifiedAt;

    @Column(name = "verified_by", nullable = false)
    public String verifiedBy;

    @Version
    public long version;
}
