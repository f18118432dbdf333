package cn.fengqiao.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The combined document as a linter sees it (contract/): Spectral with spectral:oas and the OWASP API
 * security ruleset, and Redocly's recommended rules, both from the versions pinned in the
 * contract's lockfile and the rule sets in the repository. One error fails the run; the warnings
 * left are counted by rule.
 */
class ContractLintIT {

    static final NodeProject CONTRACT = new NodeProject("contract");
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldLintTheCombinedDocumentWithSpectralAndRedoclyWithoutAnError() throws Exception {
        CONTRACT.writeCombinedDocument();
        CONTRACT.succeed("npm", "ci", "--no-audit", "--no-fund");
        NodeProject.Run spectral = CONTRACT.run("npm", "run", "spectral");
        NodeProject.Run redocly = CONTRACT.run("npm", "run", "redocly");

        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (JsonNode finding : JSON.readTree(Files.readString(CONTRACT.dir.resolve("target/spectral.json")))) {
            String rule = "spectral " + finding.path("code").asText();
            if (finding.path("severity").asInt() == 0) {
                errors.add(rule + " at " + finding.path("path") + ": "
                        + finding.path("message").asText());
            } else {
                warnings.merge(rule, 1, Integer::sum);
            }
        }
        for (JsonNode problem : JSON.readTree(Files.readString(CONTRACT.dir.resolve("target/redocly.json")))
                .path("problems")) {
            String rule = "redocly " + problem.path("ruleId").asText();
            if (problem.path("severity").asText().equals("error")) {
                errors.add(rule + ": " + problem.path("message").asText());
            } else {
                warnings.merge(rule, 1, Integer::sum);
            }
        }
        System.out.printf(
                "contract lint: %d errors, %d warnings %s%n",
                errors.size(),
                warnings.values().stream().mapToInt(Integer::intValue).sum(),
                warnings);
        assertThat(errors).as("lint errors in contract/target/openapi.json").isEmpty();
        assertThat(spectral.exitCode()).as("spectral:\n" + spectral.output()).isZero();
        assertThat(redocly.exitCode()).as("redocly:\n" + redocly.output()).isZero();
    }
}
