package cn.fengqiao.infrastructure.changes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One correction of one record, as {@link ChangeLog} keeps it. */
@Entity
@Table(name = "record_change")
public class RecordChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public String recordId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    public String reason;

    /** The changed fields as JSON, [{field, from, to}]. */
    @Column(nullable = false)
    public String changes;
}
