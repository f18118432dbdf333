package cn.fengqiao.patrol.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Days a patroller is not available (leave, training, sickness): never planned then. */
@Entity
@Table(name = "patroller_leave")
public class PatrollerLeave extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "patroller_code", nullable = false)
    public String patrollerCode;

    @Column(name = "from_day", nullable = false)
    public LocalDate fromDay;

    @Column(name = "to_day", nullable = false)
    public LocalDate toDay;

    public String reason;
}
