package cn.fengqiao.patrol.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One person's shift in a plan: a vehicle sector, or a foot or volunteer area with its hot-cell visits. */
@Entity
@Table(name = "plan_shift")
public class PlanShift extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "patroller_code", nullable = false)
    public String patrollerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;

    public String sector;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "pair_key")
    public String pairKey;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    /** Hot-cell visits as JSON: [{cell, from, to}]. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String visits;

    /** When patrol.shift-started was recorded for this shift. */
    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;
}
