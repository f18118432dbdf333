package cn.fengqiao.incident.rest;

import java.time.Instant;
import java.util.List;

import cn.fengqiao.incident.domain.IncidentAssignment;
import cn.fengqiao.incident.domain.IncidentTransition;

/** Every step of an incident and every unit sent to it. */
public record IncidentHistoryView(List<Step> transitions, List<Assignment> assignments) {

    public record Step(String from, String to, String actor, Instant at, String note) {
        static Step of(IncidentTransition t) {
            return new Step(t.fromStatus.name(), t.toStatus.name(), t.actor, t.at, t.note);
        }
    }

    public record Assignment(String unitCode, Instant assignedAt, String assignedBy, Instant releasedAt) {
        static Assignment of(IncidentAssignment a) {
            return new Assignment(a.unitCode, a.assignedAt, a.assignedBy, a.releasedAt);
        }
    }

    static IncidentHistoryView of(List<IncidentTransition> transitions, List<IncidentAssignment> assignments) {
        return new IncidentHistoryView(
                transitions.stream().map(Step::of).toList(),
                assignments.stream().map(Assignment::of).toList());
    }
}
