package cn.fengqiao.incident.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.fengqiao.incident.domain.CaseMember;
import cn.fengqiao.incident.domain.CaseSuspect;
import cn.fengqiao.incident.domain.PoliceCase;
import cn.fengqiao.incident.service.CaseService;

/** Cases as callers see them. */
public final class CaseViews {

    private CaseViews() {}

    public record Summary(
            UUID id,
            String number,
            String kind,
            String type,
            String title,
            String community,
            UUID incidentId,
            String status,
            Instant openedAt,
            String openedBy,
            Instant solvedAt,
            Instant closedAt,
            long version) {
        static Summary of(PoliceCase c) {
            return new Summary(
                    c.id,
                    c.number,
                    c.kind.name(),
                    c.type.name(),
                    c.title,
                    c.community,
                    c.incidentId,
                    c.status.name(),
                    c.openedAt,
                    c.openedBy,
                    c.solvedAt,
                    c.closedAt,
                    c.version);
        }
    }

    public record Suspect(
            long id, UUID residentId, String description, boolean fugitive, Instant caughtAt, String caughtBy) {
        static Suspect of(CaseSuspect s) {
            return new Suspect(s.id, s.residentId, s.description, s.fugitive, s.caughtAt, s.caughtBy);
        }
    }

    public record Member(String member, boolean lead) {
        static Member of(CaseMember m) {
            return new Member(m.member, m.lead);
        }
    }

    public record Detail(Summary summary, List<Suspect> suspects, List<Member> members) {
        static Detail of(CaseService.CaseDetail d) {
            return new Detail(
                    Summary.of(d.policeCase()),
                    d.suspects().stream().map(Suspect::of).toList(),
                    d.members().stream().map(Member::of).toList());
        }
    }
}
