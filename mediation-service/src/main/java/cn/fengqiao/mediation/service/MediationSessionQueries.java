package cn.fengqiao.mediation.service;

import java.util.UUID;

import cn.fengqiao.mediation.domain.MediationSession;

/** Small lookups on sessions shared by the access rules and the lists. */
final class MediationSessionQueries {

    private MediationSessionQueries() {}

    static boolean attended(UUID disputeId, long lawyerId) {
        return MediationSession.count("disputeId = ?1 AND lawyerId = ?2", disputeId, lawyerId) > 0;
    }
}
