package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Node project of the repository (the TypeScript client, the contract's lint), used as its
 * developer would: the gateway's combined document in its target/openapi.json, npm ci from its
 * lockfile, then its scripts.
 */
final class NodeProject {

    /** What a command did: its exit code and everything it printed. */
    record Run(int exitCode, String output) {}

    final Path dir;

    NodeProject(String relative) {
        dir = SystemUnderTest.ROOT.resolve(relative);
    }

    /** The gateway's combined document, as served, written to target/openapi.json. */
    String writeCombinedDocument() throws IOException {
        String document = given().baseUri(SystemUnderTest.gateway())
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/openapi.json"), document, StandardCharsets.UTF_8);
        return document;
    }

    /** Runs a command in the project; it must finish in 5 minutes and succeed. */
    String succeed(String... command) throws IOException, InterruptedException {
        return succeed(Map.of(), command);
    }

    /** Runs a command with these environment variables added; it must finish in 5 minutes and succeed. */
    String succeed(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        Run run = run(environment, command);
        assertThat(run.exitCode())
                .as(String.join(" ", command) + " in " + dir + ":\n" + run.output())
                .isZero();
        return run.output();
    }

    /** Runs a command in the project; it must finish in 5 minutes. */
    Run run(String... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }

    private Run run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("node-project", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(command))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // no telemetry or update checks from the CLIs: the machine reaches only the npm registry
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done)
                .as(String.join(" ", command) + " finished in 5 minutes")
                .isTrue();
        return new Run(process.exitValue(), output);
    }
}
