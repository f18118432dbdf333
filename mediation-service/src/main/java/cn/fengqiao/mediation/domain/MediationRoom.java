package cn.fengqiao.mediation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A room for mediation sessions; its row is locked while a booking is checked for overlaps. */
@Entity
@Table(name = "mediation_room")
public class MediationRoom extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
