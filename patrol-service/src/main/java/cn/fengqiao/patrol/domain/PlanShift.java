package cn.fengqiao.patrol.domain;

import java.time.Instant;
import java.util.List;
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

    /** HQL: the shift is in a published plan. Only those are worked, announced, judged and counted. */
    public static final String IN_PUBLISHED_PLAN = "planId IN (SELECT p.id FROM PatrolPlan p"
            + " WHERE p.status = cn.fengqiao.patrol.domain.PlanStatus.PUBLISHED)";

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

    /** A patroller's shifts in published plans that end after the instant, the earliest first. */
    public static List<PlanShift> publishedFor(String patrollerCode, Instant after) {
        return list(
                "patrollerCode = ?1 AND endsAt > ?2 AND " + IN_PUBLISHED_PLAN + " ORDER BY startsAt",
                patrollerCode,
                after);
    }
}
