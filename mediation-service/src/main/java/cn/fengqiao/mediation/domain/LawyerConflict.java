package cn.fengqiao.mediation.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Someone a lawyer may not mediate for or against: a relative or a former client, by resident id or name. */
@Entity
@Table(name = "lawyer_conflict")
public class LawyerConflict extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "lawyer_id", nullable = false)
    public Long lawyerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConflictKind kind;

    @Column(name = "resident_id")
    public UUID residentId;

    public String name;

    public String note;
}
