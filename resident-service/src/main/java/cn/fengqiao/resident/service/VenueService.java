package cn.fengqiao.resident.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.security.Masking;
import cn.fengqiao.resident.config.PersonalDataCipher;
import cn.fengqiao.resident.domain.Address;
import cn.fengqiao.resident.domain.Community;
import cn.fengqiao.resident.domain.Inspection;
import cn.fengqiao.resident.domain.InspectionStatus;
import cn.fengqiao.resident.domain.Venue;
import cn.fengqiao.resident.domain.VenueKind;
import cn.fengqiao.resident.rest.VenueRequests;
import cn.fengqiao.resident.rest.VenueViews;

/**
 * Units and venues (实有单位) and their inspections: findings bring a rectification notice with a
 * deadline, the revisit closes it or escalates it, and notices past their deadline are listed.
 */
@ApplicationScoped
public class VenueService {

    static final int DEFAULT_RECTIFICATION_DAYS = 7;

    @Inject
    Caller caller;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Clock clock;

    @Transactional
    public Venue register(VenueRequests.Venue request) {
        String community = request.community();
        if (request.addressId() != null) {
            Address address = AddressService.current("addressId", request.addressId());
            community = address.community;
        }
        if (community == null || Community.findById(community) == null) {
            throw ProblemException.badRequest(
                    "community",
                    Bilingual.of("a known community, or an address within one, is required", "须提供已知社区，或其中的地址"));
        }
        if (!caller.mayAccess(community)) {
            throw ProblemException.forbidden(
                    Bilingual.of("You may register venues in your own community only", "您只能登记本社区的场所"));
        }
        Venue venue = new Venue();
        venue.id = UUID.randomUUID();
        venue.name = request.name().strip();
        venue.kind = request.kind();
        venue.licence = request.licence();
        venue.personInCharge = request.personInCharge();
        venue.personInChargePhone = cipher.encrypt(request.personInChargePhone());
        venue.addressId = request.addressId();
        venue.community = community;
        venue.camerasCoverEntrance = request.camerasCoverEntrance();
        venue.createdAt = clock.instant();
        venue.createdBy = caller.name();
        venue.verifiedAt = venue.createdAt;
        venue.verifiedBy = venue.createdBy;
        venue.persist();
        return venue;
    }

    @Transactional
    public Venue get(UUID id) {
        Venue venue = Venue.<Venue>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Venue", "场所", id));
        if (!caller.mayAccess(venue.community)) {
            throw ProblemException.forbidden(Bilingual.of("This venue is outside your community", "此场所不在您的社区"));
        }
        return venue;
    }

    @Transactional
    public <T> Page<T> list(
            String community, VenueKind kind, Boolean withoutCameras, PageRequest page, Function<Venue, T> mapper) {
        String scope = caller.community().orElse(community);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope != null) {
            query.append(" AND community = :community");
            params.and("community", scope);
        }
        if (kind != null) {
            query.append(" AND kind = :kind");
            params.and("kind", kind);
        }
        if (Boolean.TRUE.equals(withoutCameras)) {
            query.append(" AND camerasCoverEntrance = false");
        }
        return Page.of(Venue.find(query + " ORDER BY name, id", params), page, mapper);
    }

    @Transactional
    public Inspection inspect(UUID venueId, VenueRequests.Inspection request) {
        Venue venue = get(venueId);
        if (venue.closedOn != null) {
            throw ProblemException.conflict(
                    venue.name + " closed on " + venue.closedOn + ": there is nothing to inspect");
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.venueId = venue.id;
        inspection.inspectedAt = clock.instant();
        inspection.inspector = caller.name();
        inspection.findings =
                request.findings().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        inspection.notes = request.notes();
        if (request.findings().isEmpty()) {
            inspection.status = InspectionStatus.PASSED;
        } else {
            inspection.status = InspectionStatus.RECTIFICATION_REQUIRED;
            int days = request.rectificationDays() == null ? DEFAULT_RECTIFICATION_DAYS : request.rectificationDays();
            inspection.rectificationDue = today().plusDays(days);
        }
        inspection.persist();
        return inspection;
    }

    @Transactional
    public Inspection revisit(UUID inspectionId, VenueRequests.Revisit request) {
        Inspection inspection = Inspection.<Inspection>findByIdOptional(inspectionId)
                .orElseThrow(() -> ProblemException.notFound("Inspection", "检查记录", inspectionId));
        get(inspection.venueId);
        if (inspection.status != InspectionStatus.RECTIFICATION_REQUIRED) {
            throw ProblemException.conflict(
                    "Inspection " + inspectionId + " is " + inspection.status + ": nothing to revisit");
        }
        inspection.status = request.rectified() ? InspectionStatus.CLOSED : InspectionStatus.ESCALATED;
        inspection.revisitedAt = clock.instant();
        inspection.revisitedBy = caller.name();
        inspection.revisitNote = request.note();
        return inspection;
    }

    @Transactional
    public <T> Page<T> inspections(UUID venueId, PageRequest page, Function<Inspection, T> mapper) {
        return Page.of(Inspection.find("venueId = ?1 ORDER BY inspectedAt DESC", get(venueId).id), page, mapper);
    }

    /** Rectification notices past their deadline and not revisited, oldest first. */
    @Transactional
    public <T> Page<T> overdue(String community, PageRequest page, Function<Inspection, T> mapper) {
        String scope = caller.community().orElse(community);
        Parameters params =
                Parameters.with("open", InspectionStatus.RECTIFICATION_REQUIRED).and("today", today());
        String query = "status = :open AND rectificationDue < :today";
        if (scope != null) {
            query += " AND venueId IN (SELECT v.id FROM Venue v WHERE v.community = :community)";
            params.and("community", scope);
        }
        return Page.of(Inspection.find(query + " ORDER BY rectificationDue, id", params), page, mapper);
    }

    public VenueViews.VenueView view(Venue v) {
        return new VenueViews.VenueView(
                v.id,
                v.name,
                v.kind,
                v.licence,
                v.personInCharge,
                Masking.phone(cipher.decrypt(v.personInChargePhone)),
                v.addressId,
                v.community,
                v.camerasCoverEntrance,
                v.closedOn,
                v.verifiedAt,
                v.verifiedBy,
                v.version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
