package cn.fengqiao.incident.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.ResponseTimes;
import cn.fengqiao.infrastructure.security.Masking;

/**
 * An incident as callers see it. The reporter's phone is masked except in the detail view for
 * officers and the commander; possible duplicates come only with the answer to a report.
 */
public record IncidentView(
        UUID id,
        String number,
        String channel,
        String category,
        String subCategory,
        String priority,
        String status,
        String summary,
        String community,
        String grid,
        String addressId,
        String addressText,
        Double latitude,
        Double longitude,
        String reporterName,
        String reporterPhone,
        Instant reportedAt,
        String reportedBy,
        Instant dispatchedAt,
        Instant onSceneAt,
        Instant handledAt,
        Instant closedAt,
        ResponseTimes responseTimes,
        String transferTarget,
        String transferReference,
        String cancelReason,
        UUID mergedInto,
        UUID disputeId,
        String disputeNumber,
        UUID patrolFindingId,
        long version,
        List<IncidentRecordViews.DuplicateCandidate> possibleDuplicates) {

    /** For lists: the reporter's phone masked. */
    static IncidentView of(Incident i) {
        return of(i, false, null);
    }

    static IncidentView of(
            Incident i, boolean wholePhone, List<IncidentRecordViews.DuplicateCandidate> possibleDuplicates) {
        return new IncidentView(
                i.id,
                i.number,
                i.channel.name(),
                i.category.name(),
                i.subCategory == null ? null : i.subCategory.name(),
                i.priority.name(),
                i.status.name(),
                i.summary,
                i.community,
                i.grid,
                i.addressId,
                i.addressText,
                i.latitude,
                i.longitude,
                i.reporterName,
                wholePhone ? i.reporterPhone : Masking.phone(i.reporterPhone),
                i.reportedAt,
                i.reportedBy,
                i.dispatchedAt,
                i.onSceneAt,
                i.handledAt,
                i.closedAt,
                ResponseTimes.of(i),
                i.transferTarget == null ? null : i.transferTarget.name(),
                i.transferReference,
                i.cancelReason,
                i.mergedInto,
                i.disputeId,
                i.disputeNumber,
                i.patrolFindingId,
                i.version,
                possibleDuplicates);
    }
}
