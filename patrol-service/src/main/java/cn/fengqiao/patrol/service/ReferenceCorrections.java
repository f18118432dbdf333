package cn.fengqiao.patrol.service;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.patrol.domain.Camera;
import cn.fengqiao.patrol.domain.Checkpoint;
import cn.fengqiao.patrol.domain.KeySite;
import cn.fengqiao.patrol.domain.PatrolArea;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.Squad;
import cn.fengqiao.patrol.rest.ReferenceRequests;

/**
 * Corrections of the patrol's reference data: areas, checkpoints, key sites, patrollers, watch squads
 * and cameras. Each is a merge patch checked against the record's version and kept in its history
 * (who, when, why, old and new values). Codes are never corrected: printed QR tags, plans and
 * dispatches refer to them. The next plan and the next round read the corrected records.
 */
@ApplicationScoped
public class ReferenceCorrections {

    @Inject
    ReferenceService reference;

    @Inject
    VideoPatrolService video;

    @Inject
    ChangeLog changeLog;

    @Transactional
    public PatrolArea area(
            String code, MergePatch<ReferenceRequests.AreaCorrection> patch, Long expectedVersion, String reason) {
        PatrolArea area = reference.area(code);
        IfMatch.check("Area " + code, area.version, expectedVersion);
        ReferenceRequests.AreaCorrection to = patch.values();
        patch.requirePresent("name", "sector");
        Changes changes = new Changes();
        area.name = patch.applyText(changes, "name", area.name, to.name());
        area.sector = patch.apply(changes, "sector", area.sector, to.sector());
        changeLog.record("area", area.code, reason, changes);
        return area;
    }

    @Transactional
    public Checkpoint checkpoint(
            String areaCode,
            UUID id,
            MergePatch<ReferenceRequests.CheckpointCorrection> patch,
            Long expectedVersion,
            String reason) {
        Checkpoint checkpoint = reference.checkpoint(areaCode, id);
        IfMatch.check("Checkpoint " + checkpoint.code, checkpoint.version, expectedVersion);
        ReferenceRequests.CheckpointCorrection to = patch.values();
        patch.requirePresent("name", "latitude", "longitude", "indoor", "maxIntervalMinutes", "toleranceMinutes");
        Changes changes = new Changes();
        checkpoint.name = patch.applyText(changes, "name", checkpoint.name, to.name());
        checkpoint.latitude = patch.apply(changes, "latitude", checkpoint.latitude, to.latitude());
        checkpoint.longitude = patch.apply(changes, "longitude", checkpoint.longitude, to.longitude());
        checkpoint.indoor = patch.apply(changes, "indoor", checkpoint.indoor, to.indoor());
        checkpoint.maxIntervalMinutes =
                patch.apply(changes, "maxIntervalMinutes", checkpoint.maxIntervalMinutes, to.maxIntervalMinutes());
        checkpoint.toleranceMinutes =
                patch.apply(changes, "toleranceMinutes", checkpoint.toleranceMinutes, to.toleranceMinutes());
        changeLog.record("checkpoint", checkpoint.id, reason, changes);
        return checkpoint;
    }

    @Transactional
    public KeySite keySite(
            String code, MergePatch<ReferenceRequests.KeySiteCorrection> patch, Long expectedVersion, String reason) {
        KeySite site = reference.keySite(code);
        IfMatch.check("Key site " + code, site.version, expectedVersion);
        ReferenceRequests.KeySiteCorrection to = patch.values();
        patch.requirePresent("name", "kind", "latitude", "longitude");
        Changes changes = new Changes();
        site.name = patch.applyText(changes, "name", site.name, to.name());
        site.kind = patch.apply(changes, "kind", site.kind, to.kind());
        site.latitude = patch.apply(changes, "latitude", site.latitude, to.latitude());
        site.longitude = patch.apply(changes, "longitude", site.longitude, to.longitude());
        changeLog.record("key-site", site.code, reason, changes);
        return site;
    }

    @Transactional
    public Patroller patroller(
            String code, MergePatch<ReferenceRequests.PatrollerCorrection> patch, Long expectedVersion, String reason) {
        Patroller patroller = reference.patroller(code);
        IfMatch.check("Patroller " + code, patroller.version, expectedVersion);
        ReferenceRequests.PatrollerCorrection to = patch.values();
        patch.requirePresent("name", "avoidNights", "active");
        Changes changes = new Changes();
        patroller.name = patch.applyText(changes, "name", patroller.name, to.name());
        patroller.community = patch.apply(changes, "community", patroller.community, to.community());
        patroller.squadCode = patch.apply(changes, "squadCode", patroller.squadCode, to.squadCode());
        ReferenceService.checkSquad(patroller.level, patroller.squadCode);
        if (patch.has("username") && !Objects.equals(patroller.username, to.username())) {
            if (to.username() != null && Patroller.count("username", to.username()) > 0) {
                throw ProblemException.conflict("User " + to.username() + " is another patroller already");
            }
            patroller.username = changes.set("username", patroller.username, to.username());
        }
        if (patch.has("skills")) {
            String skills = to.skills() == null ? "" : String.join(",", new TreeSet<>(to.skills()));
            patroller.skills = changes.set("skills", patroller.skills, skills);
        }
        patroller.avoidNights = patch.apply(changes, "avoidNights", patroller.avoidNights, to.avoidNights());
        patroller.active = patch.apply(changes, "active", patroller.active, to.active());
        changeLog.record("patroller", patroller.code, reason, changes);
        return patroller;
    }

    @Transactional
    public Squad squad(
            String code, MergePatch<ReferenceRequests.SquadCorrection> patch, Long expectedVersion, String reason) {
        Squad squad = reference.squad(code);
        IfMatch.check("Squad " + code, squad.version, expectedVersion);
        ReferenceRequests.SquadCorrection to = patch.values();
        patch.requirePresent("name", "turnOrder");
        Changes changes = new Changes();
        squad.name = patch.applyText(changes, "name", squad.name, to.name());
        if (patch.has("turnOrder") && squad.turnOrder != to.turnOrder()) {
            if (Squad.count("turnOrder", to.turnOrder()) > 0) {
                throw ProblemException.conflict("Another squad has turn " + to.turnOrder());
            }
            squad.turnOrder = changes.set("turnOrder", squad.turnOrder, to.turnOrder());
        }
        changeLog.record("squad", squad.code, reason, changes);
        return squad;
    }

    @Transactional
    public Camera camera(
            String code, MergePatch<ReferenceRequests.CameraCorrection> patch, Long expectedVersion, String reason) {
        Camera camera = video.camera(code);
        IfMatch.check("Camera " + code, camera.version, expectedVersion);
        ReferenceRequests.CameraCorrection to = patch.values();
        patch.requirePresent("name", "presets");
        Changes changes = new Changes();
        camera.name = patch.applyText(changes, "name", camera.name, to.name());
        if (patch.has("areaCode")) {
            if (to.areaCode() != null) {
                reference.area(to.areaCode());
            }
            camera.areaCode = changes.set("areaCode", camera.areaCode, to.areaCode());
        }
        camera.addressId = patch.apply(changes, "addressId", camera.addressId, to.addressId());
        camera.venueId = patch.apply(changes, "venueId", camera.venueId, to.venueId());
        camera.latitude = patch.apply(changes, "latitude", camera.latitude, to.latitude());
        camera.longitude = patch.apply(changes, "longitude", camera.longitude, to.longitude());
        camera.presets = patch.apply(changes, "presets", camera.presets, List.copyOf(to.presets()));
        changeLog.record("camera", camera.code, reason, changes);
        return camera;
    }

    // each record's corrections, oldest first, for whoever may read the record

    @Transactional
    public List<ChangeLog.Entry> areaHistory(String code) {
        return changeLog.history("area", reference.area(code).code);
    }

    @Transactional
    public List<ChangeLog.Entry> checkpointHistory(String areaCode, UUID id) {
        return changeLog.history("checkpoint", reference.checkpoint(areaCode, id).id);
    }

    @Transactional
    public List<ChangeLog.Entry> keySiteHistory(String code) {
        return changeLog.history("key-site", reference.keySite(code).code);
    }

    @Transactional
    public List<ChangeLog.Entry> patrollerHistory(String code) {
        return changeLog.history("patroller", reference.patroller(code).code);
    }

    @Transactional
    public List<ChangeLog.Entry> squadHistory(String code) {
        return changeLog.history("squad", reference.squad(code).code);
    }

    @Transactional
    public List<ChangeLog.Entry> cameraHistory(String code) {
        return changeLog.history("camera", video.camera(code).code);
    }
}
