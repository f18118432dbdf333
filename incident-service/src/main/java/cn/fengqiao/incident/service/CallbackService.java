package cn.fengqiao.incident.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.Callback;
import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.IncidentTransition;
import cn.fengqiao.incident.domain.Rectification;
import cn.fengqiao.incident.domain.Satisfaction;
import cn.fengqiao.incident.domain.WorkingDays;
import cn.fengqiao.incident.messaging.CallbackRecorded;
import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/**
 * Callbacks (回访) after closing, the callers' satisfaction, and the rectification tasks that a
 * dissatisfied caller opens.
 */
@ApplicationScoped
public class CallbackService {

    static final Duration DUE_AFTER_CLOSE = Duration.ofHours(24);
    static final Duration LINK_VALID_FOR = Duration.ofDays(7);
    static final int RECTIFICATION_WORKING_DAYS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    IncidentService incidents;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    /** A callback is due within 24 hours of closing, for callers who left a phone number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleFor(Incident incident) {
        if (incident.status == IncidentStatus.CLOSED && incident.reporterPhone != null) {
            Callback callback = new Callback();
            callback.incidentId = incident.id;
            callback.dueAt = incident.closedAt.plus(DUE_AFTER_CLOSE);
            callback.status = Callback.Status.PENDING;
            callback.persist();
        }
    }

    @Transactional
    public Callback get(long id) {
        Callback callback = Callback.<Callback>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Callback", "回访", id));
        incidents.get(callback.incidentId); // community scope
        return callback;
    }

    @Transactional
    public Callback forIncident(java.util.UUID incidentId) {
        incidents.get(incidentId);
        return Callback.<Callback>find("incidentId", incidentId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Callback of incident", "警情回访", incidentId));
    }

    /** Pending callbacks, the overdue ones first; {@code overdueOnly} keeps just those past their due time. */
    @Transactional
    public <T> Page<T> pending(boolean overdueOnly, PageRequest page, Function<Callback, T> mapper) {
        return overdueOnly
                ? Page.of(
                        Callback.find(
                                "status = ?1 AND dueAt < ?2 ORDER BY dueAt", Callback.Status.PENDING, clock.instant()),
                        page,
                        mapper)
                : Page.of(Callback.find("status = ?1 ORDER BY dueAt", Callback.Status.PENDING), page, mapper);
    }

    /**
     * Records a call: not reached keeps the callback pending; reached needs the caller's satisfaction,
     * and a dissatisfied caller opens a rectification task.
     */
    @Transactional
    public Callback recordCall(long id, boolean reached, Satisfaction satisfaction, String comment, String owner) {
        Callback callback = get(id);
        requirePending(callback);
        callback.reached = reached;
        callback.recordedBy = caller.name();
        callback.recordedAt = clock.instant();
        callback.channel = Callback.Channel.PHONE;
        if (!reached) {
            return callback;
        }
        if (satisfaction == null) {
            throw ProblemException.badRequest(
                    "satisfaction", Bilingual.of("is required when the caller was reached", "联系上报警人时为必填项"));
        }
        complete(callback, satisfaction, comment, owner);
        return callback;
    }

    /** A one-time link for the caller to rate without logging in; a new link replaces the old one. */
    @Transactional
    public String issueLink(long id) {
        Callback callback = get(id);
        requirePending(callback);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        callback.linkTokenHash = sha256(token);
        callback.linkExpiresAt = clock.instant().plus(LINK_VALID_FOR);
        return token;
    }

    /** The caller's own rating through the link: valid once, for 7 days. */
    @Transactional
    public Callback rateByLink(String token, Satisfaction satisfaction, String comment) {
        Callback callback = Callback.<Callback>find("linkTokenHash", sha256(token))
                .firstResultOptional()
                .orElseThrow(() -> new ProblemException(
                        404, "Not found", "This rating link is unknown or was used already", null));
        if (callback.linkExpiresAt.isBefore(clock.instant())) {
            throw new ProblemException(410, "Gone", "This rating link has expired", null);
        }
        requirePending(callback);
        callback.reached = true;
        callback.channel = Callback.Channel.LINK;
        callback.recordedBy = "caller";
        callback.recordedAt = clock.instant();
        complete(callback, satisfaction, comment, null);
        return callback;
    }

    @Transactional
    public <T> Page<T> rectifications(boolean overdueOnly, PageRequest page, Function<Rectification, T> mapper) {
        LocalDate today = LocalDate.now(clock);
        return overdueOnly
                ? Page.of(
                        Rectification.find("completedAt IS NULL AND deadline < ?1 ORDER BY deadline", today),
                        page,
                        mapper)
                : Page.of(Rectification.find("completedAt IS NULL ORDER BY deadline"), page, mapper);
    }

    @Transactional
    public Rectification completeRectification(long id, String outcome) {
        Rectification task = Rectification.<Rectification>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Rectification", "整改", id));
        incidents.get(task.incidentId);
        if (task.completedAt != null) {
            throw ProblemException.conflict("Rectification " + id + " was completed already");
        }
        task.completedAt = clock.instant();
        task.outcome = outcome.strip();
        return task;
    }

    private void complete(Callback callback, Satisfaction satisfaction, String comment, String owner) {
        callback.status = Callback.Status.DONE;
        callback.satisfaction = satisfaction;
        callback.comment = comment;
        callback.linkTokenHash = null; // a link is good for one answer only
        Incident incident = incidents.get(callback.incidentId);
        if (satisfaction == Satisfaction.DISSATISFIED) {
            Rectification task = new Rectification();
            task.callbackId = callback.id;
            task.incidentId = callback.incidentId;
            task.owner = owner != null ? owner : whoClosed(incident);
            task.openedAt = clock.instant();
            task.deadline = WorkingDays.after(LocalDate.now(clock), RECTIFICATION_WORKING_DAYS);
            task.persist();
        }
        outbox.record(
                IncidentTopics.INCIDENT_EVENTS,
                CallbackRecorded.TYPE,
                incident.id,
                new CallbackRecorded(
                        incident.id,
                        incident.community,
                        true,
                        satisfaction.name(),
                        callback.channel.name(),
                        callback.recordedAt));
    }

    // The officer who closed the incident answers for it.
    private static String whoClosed(Incident incident) {
        return IncidentTransition.<IncidentTransition>find(
                        "incidentId = ?1 AND toStatus = ?2 ORDER BY id DESC", incident.id, IncidentStatus.CLOSED)
                .firstResultOptional()
                .map(t -> t.actor)
                .orElse(incident.reportedBy);
    }

    private static void requirePending(Callback callback) {
        if (callback.status != Callback.Status.PENDING) {
            throw ProblemException.conflict(Bilingual.of("The callback of this incident is done already", "此警情已完成回访"));
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
