package cn.fengqiao.incident.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A unit that can be dispatched: an officer, an auxiliary, a police office or the case team. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    /** The community the unit belongs to, if any: dispatch prefers units of the incident's community. */
    public String community;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitStatus status;

    @Version
    public long version;
}
