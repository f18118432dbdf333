package cn.fengqiao.systemtests;

import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/** The first caller the access policy allows an operation, with a token of the right client. */
record AllowedCaller(String role, String token) {

    static AllowedCaller of(Rule rule) {
        String caller = rule.callers().stream().filter(rule::allows).findFirst().orElseThrow();
        String role = caller.replace("@station", "");
        // "officer@station": the role only with the station's own client
        return new AllowedCaller(
                role, caller.endsWith("@station") ? KeycloakTokens.station(role) : KeycloakTokens.of(role));
    }
}
