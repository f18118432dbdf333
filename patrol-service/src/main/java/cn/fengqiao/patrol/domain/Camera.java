package cn.fengqiao.patrol.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A camera (探头) at an address or venue, with the presets an operator looks through. */
@Entity
@Table(name = "camera")
public class Camera extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "address_id")
    public String addressId;

    @Column(name = "venue_id")
    public String venueId;

    public Double latitude;

    public Double longitude;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> presets;

    @Version
    public long version;
}
