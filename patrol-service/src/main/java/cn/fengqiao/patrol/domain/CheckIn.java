package cn.fengqiao.patrol.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A check-in at a checkpoint (巡更打卡), on the shift it belongs to, with the plausibility verdict. */
@Entity
@Table(name = "check_in")
public class CheckIn extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patroller_code", nullable = false)
    public String patrollerCode;

    @Column(name = "checkpoint_id", nullable = false)
    public UUID checkpointId;

    @Column(name = "shift_id")
    public UUID shiftId;

    @Column(nullable = false)
    public Instant at;

    public Double latitude;

    public Double longitude;

    /** Why the check-in cannot be right (too far, too fast), or null. */
    public String implausible;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
