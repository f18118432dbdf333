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

/** A dwelling (实有房屋) at one standard address. */
@Entity
@Table(name = "dwelling")
public class Dwelling extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "address_id", nullable = false)
    public UUID addressId;

    @Column(nullable = false)
    public String community;

    @Column(name = "owner_person_id")
    public UUID ownerPersonId;

    @Column(name = "owner_name")
    public String ownerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DwellingUse use;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DwellingKind kind;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** When an officer last found the record true (registration is the first time), and who. */
    @Column(name = "verified_at", nullable = false)
    public Instant verifiedAt;

    @Column(name = "verified_by", nullable = false)
    public String verifiedBy;

    @Version
    public long version;
}
