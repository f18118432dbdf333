package cn.fengqiao.patrol.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.fengqiao.patrol.domain.Camera;
import cn.fengqiao.patrol.domain.Finding;
import cn.fengqiao.patrol.domain.FindingCategory;
import cn.fengqiao.patrol.domain.FindingSource;
import cn.fengqiao.patrol.domain.VideoRound;
import cn.fengqiao.patrol.service.VideoPatrolService;

/** Cameras, video patrol rounds and patrol findings (which become incidents in incident-service). */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/patrol")
@Tag(name = "Video patrol and findings")
public class VideoPatrolResource {

    @Inject
    VideoPatrolService video;

    public record CameraRequest(
            @NotBlank @Pattern(regexp = ReferenceRequests.CODE, message = ReferenceRequests.CODE_MESSAGE)
            String code,

            @NotBlank @Size(max = 100) String name,

            @Pattern(regexp = ReferenceRequests.CODE, message = ReferenceRequests.CODE_MESSAGE)
            String areaCode,

            @Size(max = 64) String addressId,
            @Size(max = 64) String venueId,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 50) String> presets) {}

    public record CameraView(
            String code,
            String name,
            String areaCode,
            String addressId,
            String venueId,
            Double latitude,
            Double longitude,
            List<String> presets,
            long version) {
        static CameraView of(Camera c) {
            return new CameraView(
                    c.code, c.name, c.areaCode, c.addressId, c.venueId, c.latitude, c.longitude, c.presets, c.version);
        }
    }

    public record RoundRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull ViewRequest> views) {}

    public record ViewRequest(
            @NotBlank @Size(max = 40) String camera,
            @NotBlank @Size(max = 50) String preset) {}

    public record Attestation(@Size(max = 500) String note) {}

    public record RoundView(
            UUID id,
            String operator,
            List<VideoPatrolService.View> views,
            int attested,
            Instant startedAt,
            Instant finishedAt) {}

    public record FindingRequest(
            @NotNull FindingSource source,
            @NotNull FindingCategory category,
            @NotBlank @Size(max = 2000) String summary,
            UUID roundId,
            @Size(max = 40) String camera,
            @Size(max = 50) String preset,
            @Size(max = 200) String clipRef,

            @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{fengqiao.community}")
            String community,

            @Size(max = 40) String area,
            @Size(max = 500) String addressText,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {}

    public record FindingView(
            UUID id,
            FindingSource source,
            FindingCategory category,
            String summary,
            String camera,
            String preset,
            String community,
            String area,
            String reportedBy,
            Instant reportedAt) {
        static FindingView of(Finding f) {
            return new FindingView(
                    f.id,
                    f.source,
                    f.category,
                    f.summary,
                    f.cameraCode,
                    f.preset,
                    f.community,
                    f.areaCode,
                    f.reportedBy,
                    f.reportedAt);
        }
    }

    @POST
    @Path("/cameras")
    @RolesAllowed("admin")
    @Operation(summary = "Add a camera with its presets", description = "Roles: admin")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CameraView.class)))
    public Response addCamera(@Valid @NotNull CameraRequest request, @Context UriInfo uri) {
        Camera camera = new Camera();
        camera.code = request.code();
        camera.name = request.name().strip();
        camera.areaCode = request.areaCode();
        camera.addressId = request.addressId();
        camera.venueId = request.venueId();
        camera.latitude = request.latitude();
        camera.longitude = request.longitude();
        camera.presets = List.copyOf(request.presets());
        video.addCamera(camera);
        return Response.created(URI.create(uri.getPath() + "/" + camera.code))
                .entity(CameraView.of(camera))
                .build();
    }

    @GET
    @Path("/cameras")
    @RolesAllowed({"commander", "officer", "auxiliary", "admin"})
    @Operation(summary = "Cameras, by area", description = "Roles: commander, officer, auxiliary, admin")
    public List<CameraView> cameras(@QueryParam("area") String area) {
        return video.cameras(area).stream().map(CameraView::of).toList();
    }

    @POST
    @Path("/video-rounds")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Start a video patrol round: the camera presets to walk through, in order",
            description = "Roles: officer, auxiliary")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RoundView.class)))
    public Response startRound(@Valid @NotNull RoundRequest request, @Context UriInfo uri) {
        VideoRound round = video.startRound(request.views().stream()
                .map(v -> new VideoPatrolService.View(v.camera(), v.preset()))
                .toList());
        return Response.created(URI.create(uri.getPath() + "/" + round.id))
                .entity(view(round))
                .build();
    }

    @GET
    @Path("/video-rounds/{id}")
    @RolesAllowed({"commander", "officer", "auxiliary"})
    @Operation(summary = "A round and how far it went", description = "Roles: commander, officer, auxiliary")
    public RoundView round(@PathParam("id") UUID id) {
        return view(video.round(id));
    }

    @POST
    @Path("/video-rounds/{id}/views/{seq}")
    @RolesAllowed({"officer", "auxiliary"})
    @Operation(
            summary = "Attest a view (1-based, in order): the operator looked; the last one finishes the round",
            description = "Roles: officer, auxiliary (the round's operator)")
    public RoundView attest(
            @PathParam("id") UUID id,
            @PathParam("seq") int seq,
            @RequestBody(required = false) @Valid Attestation attestation) {
        return view(video.attest(id, seq, attestation == null ? null : attestation.note()));
    }

    @POST
    @Path("/findings")
    @RolesAllowed({"officer", "auxiliary", "volunteer"})
    @Operation(
            summary = "Report a finding from a patrol or a camera: incident-service opens an incident of it",
            description = "Roles: officer, auxiliary, volunteer")
    @APIResponse(
            responseCode = "201",
            description = "Created: Location names the new record",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FindingView.class)))
    public Response report(@Valid @NotNull FindingRequest request, @Context UriInfo uri) {
        Finding finding = video.report(new VideoPatrolService.Report(
                request.source(),
                request.category(),
                request.summary(),
                request.roundId(),
                request.camera(),
                request.preset(),
                request.clipRef(),
                request.community(),
                request.area(),
                request.addressText(),
                request.latitude(),
                request.longitude()));
        return Response.created(URI.create(uri.getPath() + "/" + finding.id))
                .entity(FindingView.of(finding))
                .build();
    }

    private RoundView view(VideoRound round) {
        return new RoundView(
                round.id,
                round.operator,
                video.views(round),
                video.attested(round.id),
                round.startedAt,
                round.finishedAt);
    }
}
