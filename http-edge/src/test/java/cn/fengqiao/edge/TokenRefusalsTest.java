package cn.fengqiao.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

/** Plain unit test: a refused token's reason comes from the verifier's codes, never its message. */
class TokenRefusalsTest {

    static InvalidJwtException refused(int code) {
        // the verifier's message quotes the token's claims; none of it may reach the caller
        return new InvalidJwtException(
                "JWT (claims->{\"preferred_username\":\"zhangsan\"}) rejected",
                List.of(new ErrorCodeValidator.Error(code, "details")),
                null);
    }

    @Test
    void shouldNameTheCheckATokenFailedFoundAnywhereInTheCauses() {
        assertThat(TokenRefusals.reason(new RuntimeException("wrapped", refused(ErrorCodes.EXPIRED))))
                .contains("expired");
        assertThat(TokenRefusals.reason(refused(ErrorCodes.ISSUER_INVALID))).contains("issuer");
        assertThat(TokenRefusals.reason(refused(ErrorCodes.AUDIENCE_INVALID))).contains("audience");
        assertThat(TokenRefusals.reason(refused(ErrorCodes.SIGNATURE_INVALID))).contains("signature");
        assertThat(TokenRefusals.reason(new IllegalStateException("Unable to find a suitable verification key")))
                .contains("key this API does not know");
        assertThat(TokenRefusals.reason(new IllegalStateException("anything else")))
                .isEqualTo(TokenRefusals.UNKNOWN);
        for (int code : new int[] {ErrorCodes.EXPIRED, ErrorCodes.ISSUER_INVALID, ErrorCodes.MISCELLANEOUS}) {
            assertThat(TokenRefusals.reason(refused(code))).doesNotContain("zhangsan");
        }
    }
}
