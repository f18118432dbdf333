package cn.fengqiao.patrol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What makes a cell riskier whatever happened there: venues, bus stops, rented courtyards. */
@Entity
@Table(name = "cell_factor")
public class CellFactor extends PanacheEntityBase {

    @Id
    public String cell;

    @Column(nullable = false)
    public int venues;

    @Column(name = "bus_stops", nullable = false)
    public int busStops;

    @Column(name = "rented_courtyards", nullable = false)
    public int rentedCourtyards;
}
