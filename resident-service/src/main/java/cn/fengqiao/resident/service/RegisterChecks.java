package cn.fengqiao.resident.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;

/**
 * The rules the registers' corrections share (一标三实): how long a record may go unchecked before
 * the officers' rounds must look at it again, and the days of what happened, which cannot lie ahead.
 */
@ApplicationScoped
public class RegisterChecks {

    @ConfigProperty(name = "fengqiao.resident.verify-every-months", defaultValue = "12")
    int verifyEveryMonths;

    @Inject
    Clock clock;

    /** The instant before which a last check is too old: {@code months} ago (1–120), or the station's setting. */
    public Instant unverifiedBefore(Integer months) {
        int age = months == null ? verifyEveryMonths : months;
        if (age < 1 || age > 120) {
            throw ProblemException.badRequest("months", Bilingual.of("must be between 1 and 120", "须在 1 到 120 之间"));
        }
        return ZonedDateTime.now(clock).minusMonths(age).toInstant();
    }

    /** The day something happened (a move, a death, a closing): 400 naming the field when it lies ahead. */
    public LocalDate notAfterToday(String field, LocalDate day) {
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            throw ProblemException.badRequest(field, Bilingual.of("lies in the future", "晚于当前时间"));
        }
        return day;
    }
}
