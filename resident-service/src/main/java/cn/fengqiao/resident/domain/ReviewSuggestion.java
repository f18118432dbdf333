package cn.fengqiao.resident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A suggestion in the review queue (e.g. three incidents in 90 days); it never changes a tier itself. */
@Entity
@Table(name = "review_suggestion")
public class ReviewSuggestion extends PanacheEntityBase {

    public static final String REPEATED_INVOLVEMENT = "REPEATED_INVOLVEMENT";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** OPEN or DONE. */
    @Column(nullable = false)
    public String status;

    @Column(name = "done_by")
    public String doneBy;

    @Column(name = "done_at")
    public Instant doneAt;
}
