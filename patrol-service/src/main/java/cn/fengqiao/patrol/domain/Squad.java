package cn.fengqiao.patrol.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A watch squad (邻里守望小分队) of about ten shop owners; squads take the months in turn order. */
@Entity
@Table(name = "squad")
public class Squad extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String community;

    @Column(name = "turn_order", nullable = false)
    public int turnOrder;

    @Version
    public long version;
}
