package cn.fengqiao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client a frontend developer uses (clients/typescript): its types generated from the
 * gateway's combined document with openapi-typescript, and its example compiled with tsc --strict.
 * The tools are pinned in the client's package.json and lockfile and installed here with npm ci.
 */
class TypeScriptClientIT {

    static final NodeProject CLIENT = new NodeProject("clients/typescript");

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldGenerateTheClientFromTheCombinedDocumentAndCompileItStrictly() throws Exception {
        CLIENT.writeCombinedDocument();
        CLIENT.succeed("npm", "ci", "--no-audit", "--no-fund");
        CLIENT.succeed("npm", "run", "generate");
        String types = Files.readString(CLIENT.dir.resolve("src/fengqiao-api.d.ts"));
        assertThat(types)
                .contains("reportIncident")
                .contains("IncidentReportIncidentRequest")
                .contains("MediationSummary")
                .contains("\"/api/residents/{id}\"");
        CLIENT.succeed("npm", "run", "check");
        System.out.printf(
                "typescript client: %d KB of types from the combined document, tsc --strict: 0 errors%n",
                types.length() / 1024);
    }
}
