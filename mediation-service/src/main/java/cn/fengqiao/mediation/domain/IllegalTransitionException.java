package cn.fengqiao.mediation.domain;

import cn.fengqiao.infrastructure.problem.ProblemException;

/** The workflow does not allow this step from the dispute's current status: a 409. */
public class IllegalTransitionException extends ProblemException {

    public IllegalTransitionException(String number, DisputeStatus from, DisputeStatus to) {
        super(
                409,
                "Illegal transition",
                "Dispute " + number + " is " + from + " and cannot move to " + to + "; allowed next: "
                        + (from.isFinal() ? "none (it is final)" : from.next()),
                null);
    }
}
