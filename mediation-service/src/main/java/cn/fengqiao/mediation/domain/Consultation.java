package cn.fengqiao.mediation.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A legal consultation (法律咨询) given by a duty lawyer. */
@Entity
@Table(name = "consultation")
public class Consultation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "asked_at", nullable = false)
    public Instant askedAt;

    public String community;

    @Column(name = "asker_name", nullable = false)
    public String askerName;

    @Column(name = "asker_resident_id")
    public UUID askerResidentId;

    @Column(name = "asker_contact")
    public String askerContact;

    @Column(nullable = false)
    public String topic;

    @Column(name = "advice_summary", nullable = false)
    public String adviceSummary;

    @Column(name = "lawyer_id", nullable = false)
    public Long lawyerId;

    @Column(name = "dispute_id")
    public UUID disputeId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
