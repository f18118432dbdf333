package cn.fengqiao.infrastructure.changes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.text.TextHeaders;

/**
 * The history of corrections, kept in the same transaction as the correction itself: a change
 * without its history entry is not made. Read back as {@code {at, by, reason, changes}} at a
 * record's {@code .../changes}.
 */
@ApplicationScoped
public class ChangeLog {

    /** One correction as the API shows it (a reason not given is null, not absent). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Entry(
            Instant at, String by, @Schema(nullable = true) String reason, List<Changes.Field> changes) {}

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    /**
     * The reason a caller gave for a correction in X-Reason (percent-encoded UTF-8), required where
     * the record is a register's: 400 naming X-Reason otherwise.
     */
    public static String requireReason(String header) {
        String reason = optionalReason(header);
        if (reason == null) {
            throw ProblemException.badRequest(
                    "X-Reason",
                    Bilingual.of(
                            "a correction of the register needs its reason (percent-encoded UTF-8)",
                            "更正登记信息须说明原因（UTF-8 百分号编码）"));
        }
        return reason;
    }

    /**
     * The reason in X-Reason where a record may be corrected without one (a record still being worked);
     * at most TextHeaders.MAX_LENGTH characters: a reason is the officer's words, not a document.
     */
    public static String optionalReason(String header) {
        return TextHeaders.decoded("X-Reason", header);
    }

    /** Keeps the correction of the record; nothing is kept when no field changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String recordType, Object recordId, String reason, Changes changes) {
        if (changes.isEmpty()) {
            return;
        }
        RecordChange entry = new RecordChange();
        entry.recordType = recordType;
        entry.recordId = recordId.toString();
        entry.at = clock.instant();
        entry.actor = caller.name();
        entry.reason = reason;
        try {
            entry.changes = mapper.writeValueAsString(changes.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the changed fields cannot be written as JSON", e);
        }
        entry.persist();
    }

    /** The record's corrections, oldest first. */
    @Transactional
    public List<Entry> history(String recordType, Object recordId) {
        return RecordChange.<RecordChange>list(
                        "recordType = ?1 AND recordId = ?2 ORDER BY id", recordType, recordId.toString())
                .stream()
                .map(this::entry)
                .toList();
    }

    private Entry entry(RecordChange change) {
        try {
            return new Entry(
                    change.at,
                    change.actor,
                    change.reason,
                    mapper.readValue(change.changes, new TypeReference<List<Changes.Field>>() {}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record_change " + change.id + " holds no list of changes", e);
        }
    }
}
