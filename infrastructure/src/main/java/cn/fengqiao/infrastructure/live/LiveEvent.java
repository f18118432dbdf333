package cn.fengqiao.infrastructure.live;

import java.time.Instant;
import java.util.function.Predicate;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One change of a watched record, as a stream tells it: what changed and where, never the record
 * itself. A client fetches the record with the matching GET, which checks its rights and audits the
 * look as every read does (notify, then fetch).
 *
 * @param kind incident, unit or dispute: also the SSE event name
 * @param subject the record's id or code, for the matching GET
 * @param change created or changed
 * @param previousStatus the status before a change; null when created
 */
public record LiveEvent(
        @JsonIgnore Position position,
        String kind,
        String subject,
        String community,
        String change,
        String status,
        String previousStatus,
        Instant at) {

    /** The events a caller scoped to a community (or asking for one) may be told; null scope: all. */
    public static Predicate<LiveEvent> inCommunity(String scope) {
        return event -> scope == null || scope.equals(event.community());
    }

    /** Where an event stands in the feed: the writing transaction's id, then the order within it. */
    public record Position(long txid, long seq) implements Comparable<Position> {

        static final Position START = new Position(0, 0);

        /** The SSE id, as a client sends it back in Last-Event-ID. */
        @Override
        public String toString() {
            return Long.toUnsignedString(txid) + "-" + seq;
        }

        @Override
        public int compareTo(Position other) {
            int byTransaction = Long.compareUnsigned(txid, other.txid);
            return byTransaction != 0 ? byTransaction : Long.compare(seq, other.seq);
        }
    }
}
