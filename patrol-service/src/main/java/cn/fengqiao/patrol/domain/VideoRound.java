package cn.fengqiao.patrol.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A video patrol round (鼠标巡逻): camera presets walked in order, each view attested by the operator. */
@Entity
@Table(name = "video_round")
public class VideoRound extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    public UUID id;

    @Column(nullable = false)
    public String operator;

    /** The ordered views as JSON: [{camera, preset}]. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String views;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
