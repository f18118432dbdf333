package cn.fengqiao.resident.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.fengqiao.resident.domain.ReviewSuggestion;
import cn.fengqiao.resident.domain.Tier;
import cn.fengqiao.resident.domain.TierChange;
import cn.fengqiao.resident.domain.TierProposal;

/** What the tier operations answer: only ever to officers and the commander on the station's client. */
public final class TierViews {

    private TierViews() {}

    public record Current(
            UUID personId,
            Tier tier,
            List<String> reasons,
            LocalDate reviewDue,
            Instant setAt,
            String setBy,
            String approvedBy,
            List<Change> history) {}

    public record Change(
            Tier from, Tier to, List<String> reasons, String why, String changedBy, String approvedBy, Instant at) {

        public static Change of(TierChange c) {
            return new Change(c.fromTier, c.toTier, TierViews.codes(c.reasons), c.why, c.changedBy, c.approvedBy, c.at);
        }
    }

    public record Proposal(
            UUID id,
            UUID personId,
            Tier from,
            Tier to,
            List<String> reasons,
            String note,
            TierProposal.Status status,
            String proposedBy,
            Instant proposedAt,
            String decidedBy,
            Instant decidedAt) {

        public static Proposal of(TierProposal p) {
            return new Proposal(
                    p.id,
                    p.personId,
                    p.fromTier,
                    p.toTier,
                    TierViews.codes(p.reasons),
                    p.note,
                    p.status,
                    p.proposedBy,
                    p.proposedAt,
                    p.decidedBy,
                    p.decidedAt);
        }
    }

    /** One line of the review queue: an overdue review or a suggestion, never a change by itself. */
    public record QueueItem(
            UUID personId,
            String community,
            String kind,
            Tier tier,
            LocalDate reviewDue,
            String detail,
            Long suggestionId) {

        public static QueueItem suggestion(ReviewSuggestion s, String community, Tier tier) {
            return new QueueItem(s.personId, community, s.reason, tier, null, s.detail, s.id);
        }
    }

    static List<String> codes(String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
    }
}
