package cn.fengqiao.incident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit's shift from patrol-service's published plan: the local read model of who is on duty. */
@Entity
@Table(name = "duty_shift")
public class DutyShift extends PanacheEntityBase {

    @Id
    @Column(name = "shift_id")
    public UUID shiftId;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public boolean ended;
}
