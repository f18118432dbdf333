package cn.fengqiao.patrol.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A volunteer's attendance on a session, and the points it earns: one per half hour with the armband on. */
@Entity
@Table(name = "volunteer_attendance")
public class Attendance extends PanacheEntityBase {

    public static final int MINUTES_PER_POINT = 30;

    @Id
    public UUID id;

    @Column(name = "shift_id", nullable = false)
    public UUID shiftId;

    @Column(name = "patroller_code", nullable = false)
    public String patrollerCode;

    @Column(name = "squad_code", nullable = false)
    public String squadCode;

    @Column(nullable = false)
    public int minutes;

    @Column(nullable = false)
    public boolean armband;

    @Column(nullable = false)
    public int points;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** On duty means the red armband: without it the session is recorded but earns nothing. */
    public static int pointsFor(int minutes, boolean armband) {
        return armband ? minutes / MINUTES_PER_POINT : 0;
    }
}
