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

/** A newborn one-stop application (出生一件事). The parents' ID numbers are stored encrypted. */
@Entity
@Table(name = "newborn_application")
public class NewbornApplication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NewbornStatus status;

    @Column(name = "child_name", nullable = false)
    public String childName;

    @Enumerated(EnumType.STRING)
    @Column(name = "child_gender", nullable = false)
    public Gender childGender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "birth_place", nullable = false)
    public String birthPlace;

    @Column(name = "birth_certificate_no", nullable = false)
    public String birthCertificateNo;

    @Column(name = "father_id_cipher")
    public byte[] fatherIdCipher;

    @Column(name = "mother_id_cipher")
    public byte[] motherIdCipher;

    @Column(name = "hukou_address_id", nullable = false)
    public UUID hukouAddressId;

    @Column(nullable = false)
    public String community;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;
}
