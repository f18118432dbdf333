package cn.fengqiao.patrol.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.patrol.domain.SchoolAudience;
import cn.fengqiao.patrol.domain.SchoolEnrolment;
import cn.fengqiao.patrol.domain.SchoolSession;
import cn.fengqiao.patrol.domain.SchoolTopic;

/** The community police school: sessions, enrolment up to capacity, attendance, and who is trained in what. */
@ApplicationScoped
public class SchoolService {

    /** One line of the training report: in a community, how many of an audience attended a topic. */
    public record Trained(String community, SchoolAudience audience, SchoolTopic topic, long people) {}

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    public SchoolSession schedule(
            SchoolTopic topic, String title, String community, Instant startsAt, String place, int capacity) {
        SchoolSession session = new SchoolSession();
        session.id = UUID.randomUUID();
        session.topic = topic;
        session.title = title.strip();
        session.community = community;
        session.startsAt = startsAt;
        session.place = place;
        session.capacity = capacity;
        session.createdBy = caller.name();
        session.persist();
        return session;
    }

    @Transactional
    public List<SchoolSession> sessions(String community) {
        return community == null
                ? SchoolSession.list("ORDER BY startsAt DESC")
                : SchoolSession.list("community = ?1 ORDER BY startsAt DESC", community);
    }

    @Transactional
    public SchoolSession session(UUID id) {
        return SchoolSession.<SchoolSession>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("School session", "护学岗", id));
    }

    @Transactional
    public SchoolEnrolment enrol(UUID sessionId, String name, SchoolAudience audience, String community) {
        SchoolSession session = session(sessionId);
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, sessionId.toString())
                .getSingleResult();
        if (SchoolEnrolment.count("sessionId", sessionId) >= session.capacity) {
            throw ProblemException.conflict("The session is full (" + session.capacity + " places)");
        }
        if (SchoolEnrolment.count("sessionId = ?1 AND name = ?2 AND community = ?3", sessionId, name.strip(), community)
                > 0) {
            throw ProblemException.conflict(name.strip() + " is enrolled already");
        }
        SchoolEnrolment enrolment = new SchoolEnrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.sessionId = sessionId;
        enrolment.name = name.strip();
        enrolment.audience = audience;
        enrolment.community = community;
        enrolment.enrolledAt = clock.instant();
        enrolment.persist();
        return enrolment;
    }

    @Transactional
    public SchoolEnrolment attended(UUID enrolmentId, boolean attended) {
        SchoolEnrolment enrolment = SchoolEnrolment.<SchoolEnrolment>findByIdOptional(enrolmentId)
                .orElseThrow(() -> ProblemException.notFound("Enrolment", "登记", enrolmentId));
        if (session(enrolment.sessionId).startsAt.isAfter(clock.instant())) {
            throw ProblemException.conflict(Bilingual.of("The session has not started yet", "本场次尚未开始"));
        }
        enrolment.attended = attended;
        return enrolment;
    }

    @Transactional
    public List<SchoolEnrolment> enrolments(UUID sessionId) {
        session(sessionId);
        return SchoolEnrolment.list("sessionId = ?1 ORDER BY enrolledAt", sessionId);
    }

    /** Per community (the trainee's), audience and topic: how many different people attended. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Trained> report(String community) {
        List<Object[]> rows =
                em.createNativeQuery("""
                        SELECT e.community, e.audience, s.topic, count(DISTINCT e.name)
                        FROM school_enrolment e JOIN school_session s ON s.id = e.session_id
                        WHERE e.attended AND (CAST(?1 AS text) IS NULL OR e.community = ?1)
                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""").setParameter(1, community).getResultList();
        List<Trained> report = new ArrayList<>();
        for (Object[] row : rows) {
            report.add(new Trained(
                    (String) row[0],
                    SchoolAudience.valueOf((String) row[1]),
                    SchoolTopic.valueOf((String) row[2]),
                    ((Number) row[3]).longValue()));
        }
        return report;
    }
}
