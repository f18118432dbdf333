package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.systemtests.SystemUnderTest.App;

/**
 * The alerts and the dashboard of deploy/observability ask the running apps for metrics that exist:
 * after an incident has gone through the gateway and reached the consumers, every metric a rule or
 * a panel names is in some app's /q/metrics, each app labels its series with its name, and request
 * latencies come with the histogram buckets the p99 is computed from.
 */
class ObservabilityIT {

    static final Path OBSERVABILITY = SystemUnderTest.ROOT.resolve("deploy/observability");
    /** Metrics Prometheus (up) and kube-state-metrics (kube_*) provide, not the apps. */
    static final Set<String> FROM_THE_CLUSTER = Set.of("up", "kube_pod_status_ready");

    static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})? ", Pattern.MULTILINE);
    static final Set<String> PROMQL_WORDS = Set.of(
            "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "offset");

    private static final Map<App, String> METRICS = new EnumMap<>(App.class);

    @BeforeAll
    static void sendAnIncidentThroughAndReadTheMetrics() {
        SystemUnderTest.start();
        String id = given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.of("officer"))
                .contentType(ContentType.JSON)
                .body(
                        "{\"channel\":\"CALL_110\",\"category\":\"HELP\",\"summary\":\"metrics\",\"community\":\"wanyuan\"}")
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (App consumer : List.of(App.RESIDENT, App.MEDIATION, App.PATROL)) {
                assertThat(scrape(consumer)).contains("fengqiao_inbox_events_total");
            }
        });
        assertThat(id).isNotBlank();
        for (App app : App.values()) {
            // one request each, so that every app has request metrics whatever ran before (a 401 counts too)
            given().baseUri(app.url())
                    .get("/api/incidents")
                    .then()
                    .statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
            METRICS.put(app, scrape(app));
        }
    }

    @Test
    void shouldFindEveryMetricTheAlertsAndTheDashboardNameInTheApps() throws IOException {
        Set<String> named = new TreeSet<>();
        JsonNode rules = new ObjectMapper(new YAMLFactory())
                .readTree(OBSERVABILITY.resolve("prometheus-rules.yaml").toFile());
        List<String> expressions = new ArrayList<>();
        rules.path("groups")
                .forEach(group -> group.path("rules").forEach(rule -> {
                    assertThat(rule.path("labels").path("severity").asText())
                            .as(rule.path("alert").asText())
                            .isIn("warning", "critical");
                    assertThat(rule.path("annotations").path("runbook").asText())
                            .startsWith("deploy/README.md#");
                    expressions.add(rule.path("expr").asText());
                }));
        JsonNode dashboard = new ObjectMapper()
                .readTree(OBSERVABILITY.resolve("grafana-dashboard.json").toFile());
        dashboard
                .path("panels")
                .forEach(panel -> panel.path("targets")
                        .forEach(t -> expressions.add(t.path("expr").asText())));
        assertThat(expressions).hasSizeGreaterThan(10);
        expressions.forEach(expression -> named.addAll(metricNames(expression)));

        Set<String> exposed = new TreeSet<>();
        METRICS.values().forEach(text -> {
            for (Matcher m = SERIES.matcher(text); m.find(); ) {
                exposed.add(m.group(1));
            }
        });
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(exposed);
        missing.removeAll(FROM_THE_CLUSTER);
        System.out.printf(
                "observability: %d expressions name %d metrics; missing from the apps: %s%n",
                expressions.size(), named.size(), missing);
        assertThat(named).contains("fengqiao_outbox_backlog", "http_server_requests_seconds_bucket");
        assertThat(missing)
                .as("metrics named by a rule or a panel that no app exposes")
                .isEmpty();
    }

    @Test
    void shouldLabelEverySeriesWithItsAppAndBucketRequestLatencies() {
        for (App app : App.values()) {
            String metrics = METRICS.get(app);
            assertThat(metrics)
                    .as(app.module)
                    .contains("http_server_requests_seconds_bucket{")
                    .containsPattern("http_server_requests_seconds_bucket\\{[^}]*application=\"" + app.module
                            + "\"[^}]*le=\"0\\.005\"")
                    .containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"30\\.0\"");
            if (app != App.GATEWAY) {
                assertThat(metrics)
                        .as(app.module)
                        .containsPattern("fengqiao_outbox_backlog\\{application=\"" + app.module + "\"");
            }
        }
    }

    /** The metric names in a PromQL expression: what is left without strings, label matchers, ranges and groupings. */
    static Set<String> metricNames(String expression) {
        String bare = expression
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\{[^}]*}", "")
                .replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        for (Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\()?").matcher(bare); m.find(); ) {
            if (m.group(2) == null && !PROMQL_WORDS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static String scrape(App app) {
        return given().baseUri(app.url())
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
