package cn.fengqiao.patrol.domain;

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

/** Someone enrolled in a session, and whether they attended (unknown until recorded). */
@Entity
@Table(name = "school_enrolment")
public class SchoolEnrolment extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchoolAudience audience;

    @Column(nullable = false)
    public String community;

    public Boolean attended;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt;
}
