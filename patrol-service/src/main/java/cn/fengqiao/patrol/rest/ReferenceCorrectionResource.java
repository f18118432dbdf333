package cn.fengqiao.patrol.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.patrol.domain.Camera;
import cn.fengqiao.patrol.domain.Checkpoint;
import cn.fengqiao.patrol.domain.KeySite;
import cn.fengqiao.patrol.domain.PatrolArea;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.Squad;
import cn.fengqiao.patrol.service.ReferenceCorrections;
import cn.fengqiao.patrol.service.ReferenceService;
import cn.fengqiao.patrol.service.SquadService;
import cn.fengqiao.patrol.service.VideoPatrolService;

/**
 * Corrections of the reference data (JSON merge patches with If-Match; X-Reason optional,
 * percent-encoded UTF-8) and their histories, with a read of each record for its ETag. The codes are
 * never corrected.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol")
@Tag(name = "Reference data corrections")
public class ReferenceCorrectionResource {

    @Inject
    ReferenceCorrections corrections;

    @Inject
    ReferenceService reference;

    @Inject
    SquadService squads;

    @Inject
    VideoPatrolService video;

    @Inject
    MergePatch.Reader patches;

    @PATCH
    @Path("/areas/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("admin")
    @Operation(summary = "Correct an area: name, sector", description = "Roles: admin. If-Match with the ETag")
    public RestResponse<ReferenceViews.Area> correctArea(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = ReferenceRequests.AreaCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        PatrolArea area = corrections.area(
                code,
                patches.read(body, ReferenceRequests.AreaCorrection.class),
                IfMatch.version(ifMatch),
                ChangeLog.optionalReason(reason));
        return IfMatch.tagged(ReferenceViews.Area.of(area), area.version);
    }

    @GET
    @Path("/areas/{code}/changes")
    @RolesAllowed({"commander", "officer", "auxiliary", "volunteer", "admin"})
    @Operation(summary = "An area's corrections, oldest first", description = "Roles: as reading the area")
    public List<ChangeLog.Entry> areaChanges(@PathParam("code") String code) {
        return corrections.areaHistory(code);
    }

    @GET
    @Path("/areas/{code}/checkpoints/{id}")
    @RolesAllowed({"commander", "officer", "auxiliary", "volunteer", "admin"})
    @Operation(
            summary = "One checkpoint of an area",
            description = "Roles: commander, officer, auxiliary, volunteer, admin")
    public RestResponse<ReferenceViews.CheckpointView> checkpoint(
            @PathParam("code") String code, @PathParam("id") UUID id) {
        return tagged(reference.checkpoint(code, id));
    }

    @PATCH
    @Path("/areas/{code}/checkpoints/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("admin")
    @Operation(
            summary = "Correct a checkpoint: name, position, indoor, the allowed interval and tolerance",
            description = "Roles: admin. If-Match with the ETag")
    public RestResponse<ReferenceViews.CheckpointView> correctCheckpoint(
            @PathParam("code") String code,
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    ReferenceRequests.CheckpointCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        return tagged(corrections.checkpoint(
                code,
                id,
                patches.read(body, ReferenceRequests.CheckpointCorrection.class),
                IfMatch.version(ifMatch),
                ChangeLog.optionalReason(reason)));
    }

    @GET
    @Path("/areas/{code}/checkpoints/{id}/changes")
    @RolesAllowed({"commander", "officer", "auxiliary", "volunteer", "admin"})
    @Operation(summary = "A checkpoint's corrections, oldest first", description = "Roles: as reading the checkpoint")
    public List<ChangeLog.Entry> checkpointChanges(@PathParam("code") String code, @PathParam("id") UUID id) {
        return corrections.checkpointHistory(code, id);
    }

    @GET
    @Path("/key-sites/{code}")
    @RolesAllowed({"commander", "officer", "admin"})
    @Operation(summary = "One key site", description = "Roles: commander, officer, admin")
    public RestResponse<ReferenceViews.KeySiteView> keySite(@PathParam("code") String code) {
        return tagged(reference.keySite(code));
    }

    @PATCH
    @Path("/key-sites/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("admin")
    @Operation(
            summary = "Correct a key site: name, kind, position",
            description = "Roles: admin. If-Match with the ETag")
    public RestResponse<ReferenceViews.KeySiteView> correctKeySite(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    ReferenceRequests.KeySiteCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        return tagged(corrections.keySite(
                code,
                patches.read(body, ReferenceRequests.KeySiteCorrection.class),
                IfMatch.version(ifMatch),
                ChangeLog.optionalReason(reason)));
    }

    @GET
    @Path("/key-sites/{code}/changes")
    @RolesAllowed({"commander", "officer", "admin"})
    @Operation(summary = "A key site's corrections, oldest first", description = "Roles: commander, officer, admin")
    public List<ChangeLog.Entry> keySiteChanges(@PathParam("code") String code) {
        return corrections.keySiteHistory(code);
    }

    @PATCH
    @Path("/patrollers/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"commander", "admin"})
    @Operation(
            summary = "Correct a patroller: name, community, squad (volunteers), user name, skills, no nights, active",
            description = "Roles: commander, admin. If-Match with the ETag. The next plan reads the corrected record")
    public RestResponse<ReferenceViews.PatrollerView> correctPatroller(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    ReferenceRequests.PatrollerCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        Patroller patroller = corrections.patroller(
                code,
                patches.read(body, ReferenceRequests.PatrollerCorrection.class),
                IfMatch.version(ifMatch),
                ChangeLog.optionalReason(reason));
        return IfMatch.tagged(ReferenceViews.PatrollerView.of(patroller), patroller.version);
    }

    @GET
    @Path("/patrollers/{code}/changes")
    @RolesAllowed({"commander", "officer"})
    @Operation(summary = "A patroller's corrections, oldest first", description = "Roles: commander, officer")
    public List<ChangeLog.Entry> patrollerChanges(@PathParam("code") String code) {
        return corrections.patrollerHistory(code);
    }

    @GET
    @Path("/squads/{code}")
    @RolesAllowed({"commander", "officer", "volunteer"})
    @Operation(summary = "One watch squad", description = "Roles: commander, officer, volunteer (own squad)")
    public RestResponse<ReferenceViews.SquadView> squad(@PathParam("code") String code) {
        return tagged(squads.visibleSquad(code));
    }

    @PATCH
    @Path("/squads/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed({"commander", "admin"})
    @Operation(
            summary = "Correct a watch squad: name, turn order (another squad's turn: 409)",
            description = "Roles: commander, admin. If-Match with the ETag")
    public RestResponse<ReferenceViews.SquadView> correctSquad(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema = @Schema(implementation = ReferenceRequests.SquadCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        return tagged(corrections.squad(
                code,
                patches.read(body, ReferenceRequests.SquadCorrection.class),
                IfMatch.version(ifMatch),
                ChangeLog.optionalReason(reason)));
    }

    @GET
    @Path("/squads/{code}/changes")
    @RolesAllowed({"commander", "officer", "volunteer"})
    @Operation(
            summary = "A squad's corrections, oldest first",
            description = "Roles: commander, officer, volunteer (own squad)")
    public List<ChangeLog.Entry> squadChanges(@PathParam("code") String code) {
        return corrections.squadHistory(squads.visibleSquad(code).code);
    }

    @GET
    @Path("/cameras/{code}")
    @RolesAllowed({"commander", "officer", "auxiliary", "admin"})
    @Operation(summary = "One camera with its presets", description = "Roles: commander, officer, auxiliary, admin")
    public RestResponse<VideoPatrolResource.CameraView> camera(@PathParam("code") String code) {
        return tagged(video.camera(code));
    }

    @PATCH
    @Path("/cameras/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed("admin")
    @Operation(
            summary = "Correct a camera: name, area, address, venue, position, presets",
            description = "Roles: admin. If-Match with the ETag")
    public RestResponse<VideoPatrolResource.CameraView> correctCamera(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("X-Reason") String reason,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MergePatch.MEDIA_TYPE,
                                            schema =
                                                    @Schema(implementation = ReferenceRequests.CameraCorrection.class)))
                    JsonNode body)
            throws JsonProcessingException {
        return tagged(corrections.camera(
                code,
                patches.read(body, ReferenceRequests.CameraCorrection.class),
                IfMatch.version(ifMatch),
                ChangeLog.optionalReason(reason)));
    }

    @GET
    @Path("/cameras/{code}/changes")
    @RolesAllowed({"commander", "officer", "auxiliary", "admin"})
    @Operation(
            summary = "A camera's corrections, oldest first",
            description = "Roles: commander, officer, auxiliary, admin")
    public List<ChangeLog.Entry> cameraChanges(@PathParam("code") String code) {
        return corrections.cameraHistory(code);
    }

    private static RestResponse<ReferenceViews.CheckpointView> tagged(Checkpoint checkpoint) {
        return IfMatch.tagged(ReferenceViews.CheckpointView.of(checkpoint), checkpoint.version);
    }

    private static RestResponse<ReferenceViews.KeySiteView> tagged(KeySite site) {
        return IfMatch.tagged(ReferenceViews.KeySiteView.of(site), site.version);
    }

    private static RestResponse<ReferenceViews.SquadView> tagged(Squad squad) {
        return IfMatch.tagged(ReferenceViews.SquadView.of(squad), squad.version);
    }

    private static RestResponse<VideoPatrolResource.CameraView> tagged(Camera camera) {
        return IfMatch.tagged(VideoPatrolResource.CameraView.of(camera), camera.version);
    }
}
