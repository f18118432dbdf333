package cn.fengqiao.resident.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A community (社区) of the station, served by one community police office. */
@Entity
@Table(name = "community")
public class Community extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "police_office_code")
    public PoliceOffice policeOffice;

    @Column(name = "area_km2")
    public BigDecimal areaKm2;

    public Integer population;
}
