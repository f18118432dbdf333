package cn.fengqiao.mediation.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A lawyer on the duty rota (值班律师); the rota order decides who is on duty each day. */
@Entity
@Table(name = "lawyer")
public class Lawyer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String name;

    public String firm;

    @Column(name = "resident_id")
    public UUID residentId;

    @Column(name = "rota_order", nullable = false)
    public int rotaOrder;

    @Column(nullable = false)
    public boolean active;

    @Version
    public long version;
}
