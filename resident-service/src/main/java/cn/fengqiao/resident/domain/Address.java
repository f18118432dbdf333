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

/** A node of the standard address tree (标准地址): everything in the registers hangs off one of these. */
@Entity
@Table(name = "address")
public class Address extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AddressLevel level;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public String name;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String community;

    public Double latitude;

    public Double longitude;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The day the address stopped existing (a building torn down, a road renamed into another). */
    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Version
    public long version;
}
