package cn.fengqiao.resident.service;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.audit.AuditEntry;
import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.resident.rest.AuditResource;

/** Reading the audit log: only the auditor, and each of their reads is itself an audit entry. */
@ApplicationScoped
public class AuditQueryService {

    static final int MAX_EXPORT = 100_000;

    @Inject
    AuditLog auditLog;

    @Inject
    Caller caller;

    @Transactional
    public <T> Page<T> query(
            Instant from,
            Instant to,
            String actor,
            String subject,
            String outcome,
            PageRequest page,
            Function<AuditEntry, T> mapper) {
        StringBuilder query = new StringBuilder("at >= :from AND at < :to");
        Parameters params = Parameters.with("from", from).and("to", to);
        if (actor != null && !actor.isBlank()) {
            query.append(" AND actor = :actor");
            params.and("actor", actor);
        }
        if (subject != null && !subject.isBlank()) {
            query.append(" AND subject = :subject");
            params.and("subject", subject);
        }
        if (outcome != null && !outcome.isBlank()) {
            query.append(" AND outcome LIKE :outcome");
            params.and("outcome", outcome.replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Page<T> answer = Page.of(AuditEntry.find(query + " ORDER BY seq", params), page, mapper);
        auditLog.record(caller, "audit", "query audit log", "audit-log", "granted");
        return answer;
    }

    @Transactional
    public List<AuditEntry> export(Instant from, Instant to) {
        List<AuditEntry> entries = AuditEntry.<AuditEntry>find("at >= ?1 AND at < ?2 ORDER BY seq", from, to)
                .range(0, MAX_EXPORT - 1)
                .list();
        auditLog.record(caller, "audit", "export audit log", "audit-log", "granted: " + entries.size() + " entries");
        return entries;
    }

    @Transactional
    public AuditResource.Verification verify() {
        Long broken = auditLog.firstBrokenLink().orElse(null);
        long entries = AuditEntry.count();
        auditLog.record(
                caller,
                "audit",
                "verify audit chain",
                "audit-log",
                broken == null ? "granted: intact" : "granted: broken at " + broken);
        return new AuditResource.Verification(entries, broken == null, broken);
    }
}
