package cn.fengqiao.resident.domain;

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

    @Version
    public long version;
}
