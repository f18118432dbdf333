package cn.fengqiao.patrol.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.patrol.domain.Camera;
import cn.fengqiao.patrol.domain.Finding;
import cn.fengqiao.patrol.domain.FindingCategory;
import cn.fengqiao.patrol.domain.FindingSource;
import cn.fengqiao.patrol.domain.PatrolArea;
import cn.fengqiao.patrol.domain.VideoRound;
import cn.fengqiao.patrol.messaging.FindingReported;
import cn.fengqiao.patrol.messaging.PatrolTopics;

/**
 * Video patrol (探头站岗、鼠标巡逻): cameras with presets, rounds an operator walks view by view,
 * attesting each in order, and findings — from a round or from the street — that go to
 * incident-service as {@code patrol.finding-reported}.
 */
@ApplicationScoped
public class VideoPatrolService {

    /** One view of a round: a camera's preset. */
    public record View(String camera, String preset) {}

    /** A finding as reported. */
    public record Report(
            FindingSource source,
            FindingCategory category,
            String summary,
            UUID roundId,
            String camera,
            String preset,
            String clipRef,
            String community,
            String area,
            String addressText,
            Double latitude,
            Double longitude) {}

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public Camera addCamera(Camera camera) {
        if (Camera.findById(camera.code) != null) {
            throw ProblemException.conflict("Camera " + camera.code + " exists");
        }
        if (camera.areaCode != null && PatrolArea.findById(camera.areaCode) == null) {
            throw ProblemException.badRequest("areaCode", "no area " + camera.areaCode);
        }
        camera.persist();
        return camera;
    }

    @Transactional
    public Camera camera(String code) {
        return Camera.<Camera>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Camera", "监控点位", code));
    }

    @Transactional
    public List<Camera> cameras(String area) {
        return area == null ? Camera.list("ORDER BY code") : Camera.list("areaCode = ?1 ORDER BY code", area);
    }

    @Transactional
    public VideoRound startRound(List<View> views) {
        for (int i = 0; i < views.size(); i++) {
            View view = views.get(i);
            Camera camera = Camera.findById(view.camera());
            if (camera == null) {
                throw ProblemException.badRequest("views[" + i + "].camera", "no camera " + view.camera());
            }
            if (!camera.presets.contains(view.preset())) {
                throw ProblemException.badRequest(
                        "views[" + i + "].preset", "camera " + camera.code + " has presets " + camera.presets);
            }
        }
        VideoRound round = new VideoRound();
        round.id = UUID.randomUUID();
        round.operator = caller.name();
        round.views = write(views);
        round.startedAt = clock.instant();
        round.persist();
        return round;
    }

    @Transactional
    public VideoRound round(UUID id) {
        return VideoRound.<VideoRound>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Video round", "视频巡查", id));
    }

    public List<View> views(VideoRound round) {
        try {
            return json.readValue(round.views, new TypeReference<List<View>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many views of the round are attested. */
    @Transactional
    public int attested(UUID roundId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM video_view WHERE round_id = ?1")
                        .setParameter(1, roundId)
                        .getSingleResult())
                .intValue();
    }

    /** Attests the next view of the round, in order; the last one finishes the round. */
    @Transactional
    public VideoRound attest(UUID roundId, int seq, String note) {
        VideoRound round = round(roundId);
        if (!round.operator.equals(caller.name())) {
            throw ProblemException.forbidden(
                    Bilingual.of("Only the operator who started the round attests its views", "只有发起本轮巡查的操作员可以确认巡查画面"));
        }
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, roundId.toString())
                .getSingleResult();
        List<View> views = views(round);
        int next = attested(roundId) + 1;
        if (round.finishedAt != null || seq != next) {
            throw ProblemException.conflict(
                    round.finishedAt != null
                            ? "The round is finished"
                            : "Views are attested in order: the next one is " + next + " of " + views.size());
        }
        View view = views.get(seq - 1);
        em.createNativeQuery("INSERT INTO video_view (round_id, seq, camera_code, preset, attested_at, note)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, roundId)
                .setParameter(2, seq)
                .setParameter(3, view.camera())
                .setParameter(4, view.preset())
                .setParameter(5, clock.instant())
                .setParameter(6, note)
                .executeUpdate();
        if (seq == views.size()) {
            round.finishedAt = clock.instant();
        }
        return round;
    }

    /** A finding, stored and sent to incident-service in one transaction. */
    @Transactional
    public Finding report(Report report) {
        Finding finding = new Finding();
        finding.id = UUID.randomUUID();
        finding.source = report.source();
        finding.category = report.category();
        finding.summary = report.summary().strip();
        finding.clipRef = report.clipRef();
        finding.reportedBy = caller.name();
        finding.reportedAt = clock.instant();
        finding.latitude = report.latitude();
        finding.longitude = report.longitude();
        finding.addressText = report.addressText();
        if (report.source() == FindingSource.VIDEO_PATROL) {
            if (report.camera() == null) {
                throw ProblemException.badRequest(
                        "camera", Bilingual.of("a video patrol finding names its camera", "视频巡查发现须指明监控点位"));
            }
            Camera camera = Camera.findById(report.camera());
            if (camera == null) {
                throw ProblemException.badRequest("camera", "no camera " + report.camera());
            }
            if (report.preset() != null && !camera.presets.contains(report.preset())) {
                throw ProblemException.badRequest("preset", "camera " + camera.code + " has presets " + camera.presets);
            }
            if (report.roundId() != null) {
                round(report.roundId());
            }
            finding.roundId = report.roundId();
            finding.cameraCode = camera.code;
            finding.preset = report.preset();
            finding.areaCode = camera.areaCode;
            finding.latitude = finding.latitude != null ? finding.latitude : camera.latitude;
            finding.longitude = finding.longitude != null ? finding.longitude : camera.longitude;
            finding.addressText = finding.addressText != null
                    ? finding.addressText
                    : camera.name + (report.preset() == null ? "" : " · " + report.preset());
        } else {
            if (report.camera() != null || report.roundId() != null) {
                throw ProblemException.badRequest(
                        "camera",
                        Bilingual.of("only video patrol findings name a camera or round", "只有视频巡查发现可以指明监控点位或巡查轮次"));
            }
            finding.areaCode = report.area();
        }
        if (finding.areaCode != null && PatrolArea.findById(finding.areaCode) == null) {
            throw ProblemException.badRequest("area", "no area " + finding.areaCode);
        }
        String community = report.community() != null
                ? report.community()
                : finding.areaCode == null ? null : PatrolArea.<PatrolArea>findById(finding.areaCode).community;
        if (community == null) {
            throw ProblemException.badRequest(
                    "community",
                    Bilingual.of("is required when no area or camera with an area is given", "未提供巡逻区域或带区域的监控点位时为必填项"));
        }
        finding.community = community;
        finding.persist();
        outbox.record(
                PatrolTopics.PATROL_EVENTS,
                PatrolTopics.FINDING_REPORTED,
                finding.id,
                new FindingReported(
                        finding.id,
                        finding.source,
                        finding.category,
                        finding.summary,
                        finding.community,
                        finding.areaCode,
                        finding.addressText,
                        finding.latitude,
                        finding.longitude,
                        finding.cameraCode,
                        finding.preset,
                        finding.clipRef,
                        finding.reportedBy,
                        finding.reportedAt));
        return finding;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
