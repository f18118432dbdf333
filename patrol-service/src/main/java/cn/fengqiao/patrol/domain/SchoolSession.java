package cn.fengqiao.patrol.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A training session of the community police school. */
@Entity
@Table(name = "school_session")
public class SchoolSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchoolTopic topic;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String community;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    public String place;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
