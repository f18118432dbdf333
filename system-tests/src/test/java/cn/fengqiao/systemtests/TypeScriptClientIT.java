package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client a frontend developer uses (clients/typescript): its types generated from the
 * gateway's combined document with openapi-typescript, and its example compiled with tsc --strict.
 * The tools are pinned in the client's package.json and lockfile and installed here with npm ci.
 */
class TypeScriptClientIT {

    static final Path CLIENT = SystemUnderTest.ROOT.resolve("clients/typescript");

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldGenerateTheClientFromTheCombinedDocumentAndCompileItStrictly() throws Exception {
        String document = given().baseUri(SystemUnderTest.gateway())
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(CLIENT.resolve("target"));
        Files.writeString(CLIENT.resolve("target/openapi.json"), document, StandardCharsets.UTF_8);

        run("npm", "ci", "--no-audit", "--no-fund");
        run("npm", "run", "generate");
        String types = Files.readString(CLIENT.resolve("src/fengqiao-api.d.ts"));
        assertThat(types)
                .contains("reportIncident")
                .contains("IncidentReportIncidentRequest")
                .contains("MediationSummary")
                .contains("\"/api/residents/{id}\"");
        run("npm", "run", "check");
        System.out.printf(
                "typescript client: %d KB of types from the combined document, tsc --strict: 0 errors%n",
                types.length() / 1024);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("typescript-client", ".log");
        Process process = new ProcessBuilder(List.of(command))
                .directory(CLIENT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(done)
                .as(String.join(" ", command) + " finished in 5 minutes")
                .isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + " in " + CLIENT + ":\n" + output)
                .isZero();
    }
}
