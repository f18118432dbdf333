package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * Verified tokens are remembered until they expire (VerifiedTokens): a token used again is served
 * from memory, and no altered copy of it gets past quarkus-oidc's checks.
 */
@QuarkusTest
class RememberedTokensTest {

    @Test
    void shouldServeATokenAgainAndRefuseEveryAlteredCopyOfIt() {
        String token = KeycloakTokens.of("officer");
        given().auth().oauth2(token).get("/api/incidents").then().statusCode(200);
        double before = recalled();
        for (int call = 0; call < 3; call++) {
            given().auth().oauth2(token).get("/api/incidents").then().statusCode(200);
        }
        assertThat(recalled() - before).isEqualTo(3);
        String[] parts = token.split("\\.");
        String[] admins = KeycloakTokens.of("admin").split("\\.");
        // The first character of the signature: the last may only carry padding bits.
        char first = parts[2].charAt(0);
        String otherSignature = parts[2].replaceFirst(".", String.valueOf(first == 'A' ? 'B' : 'A'));

        for (String altered : new String[] {
            parts[0] + "." + parts[1] + "." + otherSignature,
            parts[0] + "." + admins[1] + "." + parts[2], // the admin's claims under the officer's signature
            token.substring(0, token.length() - 2),
            token + "A",
            parts[0] + "." + parts[1] + ".",
        }) {
            given().auth()
                    .oauth2(altered)
                    .get("/api/incidents")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json");
        }
        assertThat(recalled() - before).isEqualTo(3);
        given().auth().oauth2(token).get("/api/incidents").then().statusCode(200);
        assertThat(recalled() - before).isEqualTo(4);
    }

    private static double recalled() {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^fengqiao_tokens_recalled_total\\{[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        assertThat(line.find())
                .as("fengqiao_tokens_recalled_total in /q/metrics")
                .isTrue();
        return Double.parseDouble(line.group(1));
    }
}
