package cn.fengqiao.edge;

import java.util.ArrayList;
import java.util.List;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Why a bearer token was refused, in words a caller can act on: expired, another issuer, not for this
 * API, a signature that does not verify, not a JWT. Told from the verifier's error codes, never from
 * its message, which quotes the token's claims; nothing about the account is said.
 */
public final class TokenRefusals {

    public static final String UNKNOWN = "The token is missing, malformed, expired or not for this API";

    private TokenRefusals() {}

    /** The check the token failed, found anywhere in the failure's causes. */
    public static String reason(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        // a key the realm does not have: the verifier says so only in its words (no code of its own)
        if (causes.stream().anyMatch(c -> c instanceof UnresolvableKeyException || unknownKey(c.getMessage()))) {
            return "The token is signed with a key this API does not know: a token of another realm or issuer";
        }
        return causes.stream()
                .filter(InvalidJwtException.class::isInstance)
                .map(c -> reason((InvalidJwtException) c))
                .findFirst()
                .orElse(UNKNOWN);
    }

    private static boolean unknownKey(String message) {
        return message != null
                && (message.contains("UnresolvableKeyException")
                        || message.contains("verification key")
                        || message.contains("matching key"));
    }

    static String reason(InvalidJwtException invalid) {
        if (invalid.hasExpired()) {
            return "The token has expired: get a new one";
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || invalid.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return "The token's signature does not verify";
        }
        if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID) || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "The token was issued by another issuer than the realm this API trusts";
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "The token is not for this API (audience fengqiao-api)";
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID)
                || invalid.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "The token is not valid yet: check the clocks";
        }
        if (invalid.hasErrorCode(ErrorCodes.MALFORMED_CLAIM) || invalid.hasErrorCode(ErrorCodes.JSON_INVALID)) {
            return "The token is not a well-formed JWT";
        }
        return UNKNOWN;
    }
}
