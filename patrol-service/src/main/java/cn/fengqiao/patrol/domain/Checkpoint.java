package cn.fengqiao.patrol.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A checkpoint of an area (巡更点), walked in order: the next is due within the allowed interval. */
@Entity
@Table(name = "checkpoint")
public class Checkpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    /** What the QR code or NFC tag holds. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int seq;

    @Column(nullable = false)
    public double latitude;

    @Column(nullable = false)
    public double longitude;

    @Column(nullable = false)
    public boolean indoor;

    @Column(name = "max_interval_minutes", nullable = false)
    public int maxIntervalMinutes;

    @Column(name = "tolerance_minutes", nullable = false)
    public int toleranceMinutes;

    @Version
    public long version;
}
