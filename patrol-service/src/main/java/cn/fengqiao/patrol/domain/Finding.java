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

/** Something a patrol saw, on the street or on a camera; incident-service makes an incident of it. */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingSource source;

    @Column(name = "round_id")
    public UUID roundId;

    @Column(name = "camera_code")
    public String cameraCode;

    public String preset;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingCategory category;

    @Column(nullable = false)
    public String summary;

    @Column(name = "clip_ref")
    public String clipRef;

    @Column(nullable = false)
    public String community;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "address_text")
    public String addressText;

    public Double latitude;

    public Double longitude;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;
}
