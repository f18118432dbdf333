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

/** A suspect of a case: a registered resident or a description; caught or not; a fugitive or not. */
@Entity
@Table(name = "case_suspect")
public class CaseSuspect extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "resident_id")
    public UUID residentId;

    public String description;

    /** Wanted elsewhere and on the run (在逃人员): caught fugitives are counted apart. */
    public boolean fugitive;

    @Column(name = "caught_at")
    public Instant caughtAt;

    @Column(name = "caught_by")
    public String caughtBy;
}
