package cn.fengqiao.incident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of an incident's narrative: never edited or deleted, only struck through with a reason. */
@Entity
@Table(name = "incident_narrative")
public class NarrativeEntry extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    public UUID incidentId;

    @Column(nullable = false, updatable = false)
    public String author;

    @Column(name = "written_at", nullable = false, updatable = false)
    public Instant writtenAt;

    @Column(nullable = false, updatable = false)
    public String text;

    @Column(name = "struck_at")
    public Instant struckAt;

    @Column(name = "struck_by")
    public String struckBy;

    @Column(name = "strike_reason")
    public String strikeReason;

    public boolean isStruck() {
        return struckAt != null;
    }
}
