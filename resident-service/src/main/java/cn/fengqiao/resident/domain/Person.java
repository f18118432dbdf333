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

/**
 * A person of the real population register (实有人口). The ID number and phone exist here only as
 * ciphertext; the service decrypts them for the callers who may see them.
 */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "id_number_lookup", nullable = false)
    public String idNumberLookup;

    @Column(name = "id_number_cipher", nullable = false)
    public byte[] idNumberCipher;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "phone_cipher")
    public byte[] phoneCipher;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_type", nullable = false)
    public HouseholdType householdType;

    @Column(name = "address_id")
    public UUID addressId;

    @Column(nullable = false)
    public String community;

    public String occupation;

    public String workplace;

    @Column(name = "permit_from")
    public LocalDate permitFrom;

    @Column(name = "permit_until")
    public LocalDate permitUntil;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    /** Since when the person lives at the address (the day of the move, when a correction moved them). */
    @Column(name = "moved_in_on")
    public LocalDate movedInOn;

    /** The day the person left the station's area; the record stays, off the lists of the living register. */
    @Column(name = "moved_out_on")
    public LocalDate movedOutOn;

    @Column(name = "deceased_on")
    public LocalDate deceasedOn;

    /**
     * When an officer last found the record true: registration, a correction or a check on the spot;
     * null when nobody has since the record was entered otherwise (a newborn's hukou).
     */
    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Version
    public long version;
}
