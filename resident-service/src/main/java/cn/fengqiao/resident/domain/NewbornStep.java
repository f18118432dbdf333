package cn.fengqiao.resident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of a newborn application, with its deadline and the other system's reference. */
@Entity
@Table(name = "newborn_step")
public class NewbornStep extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NewbornStepKind step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NewbornStepStatus status;

    @Column(name = "due_at")
    public Instant dueAt;

    public String reference;

    public String note;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
