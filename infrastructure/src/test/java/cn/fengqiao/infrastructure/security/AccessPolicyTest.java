package cn.fengqiao.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;

/**
 * The policy table is well formed, and its rendering for people (deploy/policy/access-policy.md) is the
 * table's current one: the document cannot drift from the rules the tests enforce. After changing the
 * table, render it again with {@code mvn -pl infrastructure test -Dtest=AccessPolicyTest -Dfengqiao.policy.write=true}.
 */
class AccessPolicyTest {

    static final Set<String> SERVICES =
            Set.of("incident-service", "resident-service", "mediation-service", "patrol-service");
    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Test
    void shouldNameOnlyKnownServicesMethodsAndRolesOncePerOperation() {
        List<Rule> rules = AccessMatrix.rules();
        Set<String> known = new HashSet<>(AccessMatrix.ROLES);
        known.add("*");
        known.add("public");
        AccessMatrix.ROLES.forEach(r -> known.add(r + "@station"));
        Set<String> operations = new HashSet<>();
        for (Rule rule : rules) {
            assertThat(rule.service()).as(rule.operation()).isIn(SERVICES);
            assertThat(rule.method()).as(rule.operation()).isIn(METHODS);
            assertThat(rule.path()).as(rule.operation()).matches("/(api|open311)/.*");
            assertThat(known).as(rule.operation()).containsAll(rule.allowed());
            assertThat(operations.add(rule.service() + " " + rule.operation()))
                    .as("operation named twice: " + rule.operation())
                    .isTrue();
        }
        assertThat(rules.stream().map(Rule::service).distinct()).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void shouldBeRenderedInTheDocumentAsItIsNow() throws IOException {
        Path document = AccessMatrix.policyFile().resolveSibling("access-policy.md");
        String rendered = render(AccessMatrix.rules());
        if (Boolean.getBoolean("fengqiao.policy.write")) {
            Files.writeString(document, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(document) ? Files.readString(document, StandardCharsets.UTF_8) : "")
                .as("deploy/policy/access-policy.md is stale: render it again (see this test's comment)")
                .isEqualTo(rendered);
    }

    /** One Markdown table per service: an operation per row, a role per column. */
    static String render(List<Rule> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# Access policy\n\n")
                .append(
                        "Generated from `access-policy.csv` by `AccessPolicyTest` (infrastructure); do not edit by hand.\n")
                .append("Every cell is checked with a real Keycloak token of that role, directly on the service\n")
                .append("(each service's `AccessMatrixTest`) and through the gateway (`AccessPolicyIT`).\n\n")
                .append("✓ allowed · S allowed only with the station's own client (`fengqiao-station`) · ")
                .append("blank: refused with 403. \"Allowed\" decides the role, not the record: community\n")
                .append("officers still see only their community, and a lawyer only the disputes assigned to them.\n");
        Map<String, List<Rule>> byService =
                rules.stream().collect(Collectors.groupingBy(Rule::service, LinkedHashMap::new, Collectors.toList()));
        byService.forEach((service, rows) -> {
            md.append("\n## ").append(service).append("\n\n| operation | request |");
            AccessMatrix.ROLES.forEach(role -> md.append(' ').append(role).append(" |"));
            md.append("\n|---|---|");
            AccessMatrix.ROLES.forEach(role -> md.append(":-:|"));
            md.append('\n');
            for (Rule rule : rows) {
                md.append("| ")
                        .append(rule.operation())
                        .append(rule.allowed().contains("public") ? " (public: no token needed)" : "")
                        .append(" | `")
                        .append(rule.method())
                        .append(' ')
                        .append(rule.path())
                        .append("` |");
                for (String role : AccessMatrix.ROLES) {
                    String mark = rule.allows(role) ? "✓" : rule.allows(role + "@station") ? "S" : "";
                    md.append(' ').append(mark).append(" |");
                }
                md.append('\n');
            }
        });
        return md.toString();
    }
}
