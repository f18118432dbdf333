package cn.fengqiao.incident.domain;

import cn.fengqiao.infrastructure.problem.ProblemException;

/** The state machine does not allow this step from the incident's current status: a 409. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String number, IncidentStatus from, IncidentStatus to) {
        super(
                409,
                "Illegal transition",
                "Incident " + number + " is " + from + " and cannot move to " + to + "; allowed next: "
                        + (from.next().isEmpty() ? "none (it is final)" : from.next()),
                null);
    }
}
