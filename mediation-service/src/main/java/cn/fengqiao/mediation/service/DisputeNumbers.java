package cn.fengqiao.mediation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.time.ClockProducer;

/** Human-readable dispute numbers with one sequence per station day: TJ20240703-0001 (调解). */
@ApplicationScoped
public class DisputeNumbers {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, ClockProducer.STATION_ZONE);
        int sequence = ((Number) em.createNativeQuery("INSERT INTO dispute_number (day, last) VALUES (?1, 1) "
                                + "ON CONFLICT (day) DO UPDATE SET last = dispute_number.last + 1 RETURNING last")
                        .setParameter(1, day)
                        .getSingleResult())
                .intValue();
        return "TJ%s-%04d".formatted(DateTimeFormatter.BASIC_ISO_DATE.format(day), sequence);
    }
}
