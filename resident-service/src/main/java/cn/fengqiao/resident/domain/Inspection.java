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

/** An inspection of a venue, with its rectification notice and the revisit. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    public UUID id;

    @Column(name = "venue_id", nullable = false)
    public UUID venueId;

    @Column(name = "inspected_at", nullable = false)
    public Instant inspectedAt;

    @Column(nullable = false)
    public String inspector;

    /** Finding codes, comma-separated; empty when the venue passed. */
    @Column(nullable = false)
    public String findings;

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionStatus status;

    @Column(name = "rectification_due")
    public LocalDate rectificationDue;

    @Column(name = "revisited_at")
    public Instant revisitedAt;

    @Column(name = "revisited_by")
    public String revisitedBy;

    @Column(name = "revisit_note")
    public String revisitNote;
}
