package cn.fengqiao.resident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.fengqiao.resident.domain.Inspection;
import cn.fengqiao.resident.domain.InspectionStatus;
import cn.fengqiao.resident.domain.VenueKind;

/** What the venue operations answer; the person in charge's phone is masked. */
public final class VenueViews {

    private VenueViews() {}

    public record VenueView(
            UUID id,
            String name,
            VenueKind kind,
            String licence,
            String personInCharge,
            String personInChargePhone,
            UUID addressId,
            String community,
            boolean camerasCoverEntrance,
            LocalDate closedOn,
            Instant verifiedAt,
            String verifiedBy,
            long version) {}

    public record InspectionView(
            UUID id,
            UUID venueId,
            Instant inspectedAt,
            String inspector,
            List<String> findings,
            String notes,
            InspectionStatus status,
            LocalDate rectificationDue,
            Instant revisitedAt,
            String revisitedBy,
            String revisitNote) {

        public static InspectionView of(Inspection i) {
            return new InspectionView(
                    i.id,
                    i.venueId,
                    i.inspectedAt,
                    i.inspector,
                    i.findings.isEmpty() ? List.of() : List.of(i.findings.split(",")),
                    i.notes,
                    i.status,
                    i.rectificationDue,
                    i.revisitedAt,
                    i.revisitedBy,
                    i.revisitNote);
        }
    }
}
