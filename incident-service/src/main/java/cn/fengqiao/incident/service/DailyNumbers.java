package cn.fengqiao.incident.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Human-readable numbers with one sequence per station day: JQ20240703-0007, AJ20240703-0002. */
@ApplicationScoped
public class DailyNumbers {

    public static final ZoneId STATION_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The counter tables, one per series (names are ours, never a caller's). */
    public enum Series {
        INCIDENT("JQ", "incident_number"),
        CASE("AJ", "case_number");

        final String prefix;
        final String table;

        Series(String prefix, String table) {
            this.prefix = prefix;
            this.table = table;
        }
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Series series, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, STATION_ZONE);
        int sequence = ((Number) em.createNativeQuery("INSERT INTO " + series.table + " (day, last) VALUES (?1, 1) "
                                + "ON CONFLICT (day) DO UPDATE SET last = " + series.table + ".last + 1 RETURNING last")
                        .setParameter(1, day)
                        .getSingleResult())
                .intValue();
        return "%s%s-%04d".formatted(series.prefix, DAY.format(day), sequence);
    }
}
