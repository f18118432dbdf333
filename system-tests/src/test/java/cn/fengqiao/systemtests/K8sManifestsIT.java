package cn.fengqiao.systemtests;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * The Kubernetes manifests (deploy/k8s) as a cluster would take them, without a cluster: every overlay
 * renders with {@code kubectl kustomize}; every object parses strictly against Kubernetes' API model
 * (fabric8) or Strimzi's, an unknown or misspelt field failing; and the rules operations rely on hold
 * for every object: probes, limits, non-root, a read-only root, a disruption budget per Deployment,
 * pinned images, no secret in the repository, the network reaching only what it must, the realm the
 * same as the local one. CloudNativePG and the Keycloak operator publish no schema this build can
 * fetch (only Maven Central is reachable): their resources are checked field by field below.
 */
class K8sManifestsIT {

    static final Path K8S = SystemUnderTest.ROOT.resolve("deploy/k8s");
    static final List<String> OVERLAYS = List.of("dev", "prod");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper STRICT = strictMapper();

    /** apiVersion/kind → the model class that parses it. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            entry("v1/Namespace", Namespace.class),
            entry("v1/ConfigMap", ConfigMap.class),
            entry("v1/Secret", Secret.class),
            entry("v1/Service", Service.class),
            entry("apps/v1/Deployment", Deployment.class),
            entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            entry("networking.k8s.io/v1/Ingress", Ingress.class),
            entry("kafka.strimzi.io/v1/Kafka", Kafka.class),
            entry("kafka.strimzi.io/v1/KafkaNodePool", KafkaNodePool.class),
            entry("kafka.strimzi.io/v1/KafkaTopic", KafkaTopic.class),
            entry("kafka.strimzi.io/v1/KafkaUser", KafkaUser.class));

    /** Operators' resources without a schema to hand: each is checked by a test below. */
    static final Set<String> CHECKED_BY_HAND = Set.of(
            "postgresql.cnpg.io/v1/Cluster",
            "postgresql.cnpg.io/v1/ScheduledBackup",
            "postgresql.cnpg.io/v1/Database",
            "k8s.keycloak.org/v2alpha1/Keycloak",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport");

    static final List<String> SERVICES =
            List.of("incident-service", "resident-service", "mediation-service", "patrol-service");

    private static final Map<String, List<JsonNode>> RENDERED = new HashMap<>();

    @Test
    void shouldRenderEveryOverlayIntoObjectsThatParseStrictly() {
        List<String> errors = new ArrayList<>();
        int strict = 0;
        int byHand = 0;
        for (String overlay : OVERLAYS) {
            for (JsonNode object : rendered(overlay)) {
                String type = type(object);
                Class<?> model = MODELS.get(type);
                if (model != null) {
                    try {
                        STRICT.treeToValue(object, model);
                        strict++;
                    } catch (IOException | IllegalArgumentException e) {
                        errors.add(overlay + " " + name(object) + ": " + e.getMessage());
                    }
                } else if (CHECKED_BY_HAND.contains(type)) {
                    byHand++;
                } else {
                    errors.add(overlay + " " + name(object) + ": no model or check for " + type);
                }
            }
        }
        System.out.printf(
                "k8s: overlays %s render %s objects; %d parsed strictly, %d checked field by field%n",
                OVERLAYS, OVERLAYS.stream().map(o -> rendered(o).size()).toList(), strict, byHand);
        assertThat(errors).as("objects that do not parse").isEmpty();
    }

    @Test
    void shouldRefuseAMisspeltFieldWhenParsing() throws IOException {
        JsonNode deployment = find(rendered("prod"), "Deployment", "gateway").deepCopy();
        ((ObjectNode) deployment.path("spec")).put("replica", 3);
        assertThatThrownBy(() -> STRICT.treeToValue(deployment, Deployment.class))
                .hasMessageContaining("replica");
    }

    @Test
    void shouldHoldEveryAppContainerToTheRestrictedProfile() {
        List<String> violations = new ArrayList<>();
        for (String overlay : OVERLAYS) {
            List<JsonNode> deployments = all(rendered(overlay), "Deployment");
            assertThat(deployments).as("the five apps in " + overlay).hasSize(5);
            for (JsonNode deployment : deployments) {
                String where = overlay + " " + name(deployment);
                JsonNode pod = deployment.at("/spec/template/spec");
                require(
                        violations,
                        where,
                        "no service links",
                        pod.path("enableServiceLinks").asBoolean(true) == false);
                require(
                        violations,
                        where,
                        "no API token",
                        pod.path("automountServiceAccountToken").asBoolean(true) == false);
                require(
                        violations,
                        where,
                        "runAsNonRoot",
                        pod.at("/securityContext/runAsNonRoot").asBoolean());
                require(
                        violations,
                        where,
                        "seccomp RuntimeDefault",
                        pod.at("/securityContext/seccompProfile/type").asText().equals("RuntimeDefault"));
                require(
                        violations,
                        where,
                        "rolling update without unavailability",
                        deployment
                                        .at("/spec/strategy/rollingUpdate/maxUnavailable")
                                        .asInt(-1)
                                == 0);
                for (JsonNode container : pod.path("containers")) {
                    String at = where + "/" + container.path("name").asText();
                    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                        require(
                                violations,
                                at,
                                probe + " on /q/health",
                                container
                                        .at("/" + probe + "/httpGet/path")
                                        .asText()
                                        .startsWith("/q/health/"));
                    }
                    for (String resource : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                        require(
                                violations,
                                at,
                                resource,
                                !container.at("/resources/" + resource).isMissingNode());
                    }
                    JsonNode security = container.path("securityContext");
                    require(
                            violations,
                            at,
                            "read-only root",
                            security.path("readOnlyRootFilesystem").asBoolean());
                    require(
                            violations,
                            at,
                            "no privilege escalation",
                            security.path("allowPrivilegeEscalation").asBoolean(true) == false);
                    require(
                            violations,
                            at,
                            "all capabilities dropped",
                            security.at("/capabilities/drop").toString().contains("\"ALL\""));
                    require(
                            violations,
                            at,
                            "TZ Asia/Shanghai",
                            configured(rendered(overlay), container, "TZ", "Asia/Shanghai"));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldGiveEveryDeploymentADisruptionBudgetAndAnAutoscaler() {
        for (String overlay : OVERLAYS) {
            List<JsonNode> objects = rendered(overlay);
            for (JsonNode deployment : all(objects, "Deployment")) {
                JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
                assertThat(all(objects, "PodDisruptionBudget"))
                        .as(overlay + " " + name(deployment) + ": a PodDisruptionBudget selecting its pods")
                        .anyMatch(pdb -> selects(pdb.at("/spec/selector/matchLabels"), podLabels));
                JsonNode autoscaler = all(objects, "HorizontalPodAutoscaler").stream()
                        .filter(hpa ->
                                hpa.at("/spec/scaleTargetRef/name").asText().equals(name(deployment)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(overlay + " " + name(deployment) + " has no autoscaler"));
                int replicas = deployment.at("/spec/replicas").asInt();
                assertThat(autoscaler.at("/spec/minReplicas").asInt())
                        .as(overlay + " " + name(deployment) + ": the autoscaler keeps the Deployment's replicas")
                        .isEqualTo(replicas);
                assertThat(replicas).as(overlay + " replicas").isEqualTo(overlay.equals("prod") ? 2 : 1);
            }
        }
    }

    @Test
    void shouldPinEveryImageToATag() {
        for (String overlay : OVERLAYS) {
            List<String> images = new ArrayList<>();
            rendered(overlay).forEach(object -> collect(object, Set.of("image", "imageName"), images));
            assertThat(images).as(overlay + " images").hasSizeGreaterThanOrEqualTo(7);
            assertThat(images)
                    .as(overlay + ": registry/name:tag, never latest")
                    .allMatch(
                            image -> image.matches("[a-z0-9.-]+(/[a-z0-9._-]+)+(:[A-Za-z0-9._-]+|@sha256:[0-9a-f]{64})")
                                    && !image.endsWith(":latest"));
        }
    }

    @Test
    void shouldKeepEverySecretOutOfTheRepository() throws IOException {
        for (String overlay : OVERLAYS) {
            assertThat(all(rendered(overlay), "Secret"))
                    .as(overlay + " renders no Secret")
                    .isEmpty();
        }
        List<String> secrets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SystemUnderTest.ROOT)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(ya?ml)$"))
                    .filter(f -> !SystemUnderTest.ROOT
                            .relativize(f)
                            .toString()
                            .matches("(.*/)?(target|\\.local|\\.git|node_modules)/.*"))
                    .toList()) {
                for (JsonNode object : parse(Files.readString(file))) {
                    if (object.path("kind").asText().equals("Secret")
                            && (object.has("data") || object.has("stringData"))) {
                        secrets.add(SystemUnderTest.ROOT.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(secrets).as("Secrets with data in the repository").isEmpty();
    }

    @Test
    void shouldLetTheServicesReachOnlyThePlatformAndOnlyTheGatewayBeReachedFromTheIngress() {
        for (String overlay : OVERLAYS) {
            List<JsonNode> objects = rendered(overlay);
            List<JsonNode> policies = all(objects, "NetworkPolicy");
            JsonNode denyAll = find(objects, "NetworkPolicy", "apps-deny-all");
            assertThat(denyAll.at("/spec/policyTypes").toString()).contains("Ingress", "Egress");
            for (JsonNode deployment : all(objects, "Deployment")) {
                assertThat(selects(
                                denyAll.at("/spec/podSelector/matchLabels"),
                                deployment.at("/spec/template/metadata/labels")))
                        .as(name(deployment) + " is under the deny-all policy")
                        .isTrue();
            }
            Set<String> serviceEgress = peers(policies, "service", "egress", "to");
            assertThat(serviceEgress)
                    .as("whom the services may reach")
                    .containsExactlyInAnyOrder(
                            "pods cnpg.io/cluster=fengqiao-db",
                            "pods strimzi.io/cluster=fengqiao-kafka,strimzi.io/kind=Kafka",
                            "pods app.kubernetes.io/instance=fengqiao-keycloak",
                            "namespace kube-system pods k8s-app=kube-dns");
            assertThat(peers(policies, "service", "ingress", "from"))
                    .as("who may call the services")
                    .containsExactlyInAnyOrder("pods fengqiao.cn/tier=gateway", "namespace monitoring");
            assertThat(peers(policies, "gateway", "ingress", "from"))
                    .as("who may call the gateway")
                    .containsExactlyInAnyOrder("namespace ingress-nginx", "namespace monitoring");
            JsonNode ingress = find(objects, "Ingress", "fengqiao");
            List<String> backends = new ArrayList<>();
            ingress.at("/spec/rules")
                    .forEach(rule -> rule.at("/http/paths")
                            .forEach(path -> backends.add(
                                    path.at("/backend/service/name").asText())));
            assertThat(backends).as("what the ingress exposes").containsOnly("gateway", "fengqiao-keycloak-service");
            List<String> hosts = new ArrayList<>();
            ingress.at("/spec/rules")
                    .forEach(rule -> hosts.add(rule.path("host").asText()));
            List<String> tlsHosts = new ArrayList<>();
            ingress.at("/spec/tls").forEach(tls -> tls.path("hosts").forEach(h -> tlsHosts.add(h.asText())));
            assertThat(tlsHosts).as("TLS for every host").containsAll(hosts);
        }
    }

    @Test
    void shouldImportTheSameRealmAsTheLocalSetupsWithoutItsSecrets() throws IOException {
        JsonNode local = YAML.readTree(SystemUnderTest.ROOT
                .resolve("deploy/keycloak/fengqiao-realm.json")
                .toFile());
        for (String overlay : OVERLAYS) {
            JsonNode realmImport = all(rendered(overlay), "KeycloakRealmImport").get(0);
            assertThat(realmImport.at("/spec/keycloakCRName").asText()).isEqualTo("fengqiao-keycloak");
            ObjectNode expected = local.deepCopy();
            ObjectNode actual = realmImport.at("/spec/realm").deepCopy();
            Pattern placeholder = Pattern.compile("\\$\\{([A-Z_]+)}");
            for (int i = 0; i < expected.path("clients").size(); i++) {
                ObjectNode want = (ObjectNode) expected.path("clients").get(i);
                JsonNode got = actual.path("clients").path(i);
                if (want.has("secret")) {
                    Matcher secret = placeholder.matcher(got.path("secret").asText());
                    assertThat(secret.matches())
                            .as(overlay + ": the secret of "
                                    + want.path("clientId").asText() + " is a placeholder")
                            .isTrue();
                    assertThat(realmImport
                                    .at("/spec/placeholders/" + secret.group(1) + "/secret/name")
                                    .asText())
                            .isEqualTo("fengqiao-keycloak-clients");
                    want.set("secret", got.path("secret"));
                }
                if (overlay.equals("prod")) { // the station's own addresses instead of localhost
                    for (String field : List.of("redirectUris", "webOrigins")) {
                        if (want.has(field)) {
                            assertThat(got.path(field).toString())
                                    .doesNotContain("localhost")
                                    .contains("https://");
                            want.set(field, got.path(field));
                        }
                    }
                }
            }
            if (overlay.equals("prod")) {
                assertThat(actual.has("users")).as("prod has no demo users").isFalse();
                expected.remove("users");
            }
            if (!actual.equals(expected)) {
                writeRegenerated(local);
            }
            assertThat(actual)
                    .as(overlay + ": the realm of deploy/keycloak/fengqiao-realm.json (regenerated in target/k8s)")
                    .isEqualTo(expected);
        }
    }

    @Test
    void shouldReplicateEveryTopicAndGrantTheRestrictedOneToResidentServiceAlone() throws IOException {
        Matcher declared = Pattern.compile("TOPICS=\\(([^)]*)\\)")
                .matcher(Files.readString(SystemUnderTest.ROOT.resolve("deploy/local/lib.sh")));
        assertThat(declared.find()).isTrue();
        Set<String> topics = new TreeSet<>(List.of(declared.group(1).trim().split("\\s+")));
        SERVICES.forEach(service -> topics.add(service + ".dlq"));
        for (String overlay : OVERLAYS) {
            List<JsonNode> objects = rendered(overlay);
            Set<String> declaredTopics = new TreeSet<>();
            all(objects, "KafkaTopic").forEach(topic -> declaredTopics.add(name(topic)));
            assertThat(declaredTopics)
                    .as(overlay + ": the topics the local scripts create")
                    .isEqualTo(topics);
            if (overlay.equals("prod")) {
                assertThat(find(objects, "KafkaNodePool", "nodes")
                                .at("/spec/replicas")
                                .asInt())
                        .isEqualTo(3);
                for (JsonNode topic : all(objects, "KafkaTopic")) {
                    assertThat(topic.at("/spec/replicas").asInt())
                            .as(name(topic))
                            .isEqualTo(3);
                    assertThat(topic.at("/spec/config/min.insync.replicas").asInt())
                            .as(name(topic))
                            .isEqualTo(2);
                }
            }
            Map<String, Set<String>> restricted = new HashMap<>();
            for (JsonNode user : all(objects, "KafkaUser")) {
                for (JsonNode acl : user.at("/spec/authorization/acls")) {
                    if (acl.at("/resource/name").asText().startsWith("resident-restricted")
                            || acl.at("/resource/patternType").asText().equals("prefix")
                                    && acl.at("/resource/type").asText().equals("topic")) {
                        acl.path("operations")
                                .forEach(op -> restricted
                                        .computeIfAbsent(op.asText(), k -> new TreeSet<>())
                                        .add(name(user)));
                    }
                }
            }
            assertThat(restricted)
                    .as(overlay + ": who may touch resident-restricted-events")
                    .isEqualTo(Map.of("Write", Set.of("resident-service"), "Describe", Set.of("resident-service")));
        }
    }

    @Test
    void shouldRunPostgresAndKeycloakHighlyAvailableWithBackupsInProd() {
        List<JsonNode> prod = rendered("prod");
        JsonNode cluster = find(prod, "Cluster", "fengqiao-db");
        assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3);
        assertThat(cluster.at("/spec/postgresql/synchronous/number").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText())
                .startsWith("s3://");
        assertThat(all(prod, "ScheduledBackup"))
                .anyMatch(backup -> backup.at("/spec/cluster/name").asText().equals("fengqiao-db")
                        && backup.at("/spec/schedule").asText().split(" ").length == 6);
        Set<String> databases = new TreeSet<>();
        databases.add(cluster.at("/spec/bootstrap/initdb/database").asText());
        all(prod, "Database").forEach(db -> {
            assertThat(db.at("/spec/cluster/name").asText()).isEqualTo("fengqiao-db");
            assertThat(db.at("/spec/owner").asText())
                    .isEqualTo(db.at("/spec/name").asText());
            databases.add(db.at("/spec/name").asText());
        });
        assertThat(databases).containsExactlyInAnyOrder("incident", "resident", "mediation", "patrol", "keycloak");
        JsonNode keycloak = find(prod, "Keycloak", "fengqiao-keycloak");
        assertThat(keycloak.at("/spec/instances").asInt()).isEqualTo(2);
        assertThat(keycloak.at("/spec/db/database").asText()).isEqualTo("keycloak");
        assertThat(keycloak.at("/spec/hostname/hostname").asText()).startsWith("https://");
    }

    // --- rendering and reading

    static synchronized List<JsonNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> {
            try {
                Process kustomize = new ProcessBuilder(
                                "kubectl",
                                "kustomize",
                                K8S.resolve("overlays").resolve(o).toString())
                        .redirectError(ProcessBuilder.Redirect.PIPE)
                        .start();
                String out = new String(kustomize.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                String err = new String(kustomize.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(kustomize.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(kustomize.exitValue())
                        .as("kubectl kustomize overlays/" + o + ": " + err)
                        .isZero();
                return parse(out);
            } catch (IOException e) {
                throw new IllegalStateException("kubectl is needed to render deploy/k8s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (var documents = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && document.isObject()) {
                    objects.add(document);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return objects;
    }

    /** A mapper that fails on any field the model does not know (the models would otherwise keep it aside). */
    static ObjectMapper strictMapper() {
        SimpleModule noCatchAll = new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(
                    DeserializationConfig config, BeanDescription bean, BeanDeserializerBuilder builder) {
                builder.setAnySetter(null);
                return builder;
            }
        });
        return new ObjectMapper().registerModule(noCatchAll).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static String type(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    static String name(JsonNode object) {
        return object.at("/metadata/name").asText();
    }

    static List<JsonNode> all(List<JsonNode> objects, String kind) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind))
                .toList();
    }

    static JsonNode find(List<JsonNode> objects, String kind, String name) {
        return all(objects, kind).stream()
                .filter(o -> name(o).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static void require(List<String> violations, String where, String rule, boolean holds) {
        if (!holds) {
            violations.add(where + ": " + rule);
        }
    }

    /** Whether every label of the selector is on the pod. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            if (!label.getValue().equals(labels.path(label.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the container's environment (directly or from a ConfigMap) sets the variable to the value. */
    static boolean configured(List<JsonNode> objects, JsonNode container, String variable, String value) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable)) {
                return env.path("value").asText().equals(value);
            }
        }
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.at("/configMapRef/name").asText();
            for (JsonNode map : all(objects, "ConfigMap")) {
                if (name(map).equals(configMap)
                        && map.at("/data/" + variable).asText().equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The peers of the policies that select pods of the tier, as readable strings. */
    static Set<String> peers(List<JsonNode> policies, String tier, String direction, String field) {
        Set<String> peers = new TreeSet<>();
        for (JsonNode policy : policies) {
            if (!policy.at("/spec/podSelector/matchLabels/fengqiao.cn~1tier")
                    .asText()
                    .equals(tier)) {
                continue;
            }
            for (JsonNode rule : policy.at("/spec/" + direction)) {
                for (JsonNode peer : rule.path(field)) {
                    String namespace = peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name")
                            .asText();
                    StringBuilder text = new StringBuilder();
                    if (!namespace.isEmpty()) {
                        text.append("namespace ").append(namespace);
                    }
                    JsonNode pods = peer.at("/podSelector/matchLabels");
                    if (!pods.isMissingNode()) {
                        List<String> labels = new ArrayList<>();
                        pods.fields()
                                .forEachRemaining(l -> labels.add(
                                        l.getKey() + "=" + l.getValue().asText()));
                        text.append(text.isEmpty() ? "" : " ").append("pods ").append(String.join(",", labels));
                    }
                    peers.add(text.toString());
                }
            }
        }
        return peers;
    }

    /** Every text value under one of the keys, anywhere in the tree. */
    static void collect(JsonNode node, Set<String> keys, List<String> found) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (keys.contains(field.getKey()) && field.getValue().isTextual()) {
                    found.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), keys, found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, keys, found));
        }
    }

    /** After a change to the realm JSON: the realm import and the dev overlay's demo users to copy into deploy/k8s. */
    static void writeRegenerated(JsonNode local) throws IOException {
        Path out = SystemUnderTest.ROOT.resolve("system-tests/target/k8s");
        Files.createDirectories(out);
        ObjectNode realm = local.deepCopy();
        JsonNode users = realm.remove("users");
        for (JsonNode client : realm.path("clients")) {
            if (client.has("secret")) {
                String variable = client.path("clientId").asText().toUpperCase().replace('-', '_') + "_CLIENT_SECRET";
                ((ObjectNode) client).put("secret", "${" + variable + "}");
            }
        }
        ObjectNode realmImport = YAML.createObjectNode();
        realmImport.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        realmImport.putObject("metadata").put("name", "fengqiao-realm");
        ObjectNode spec = realmImport.putObject("spec");
        spec.put("keycloakCRName", "fengqiao-keycloak");
        spec.set("realm", realm);
        YAML.writeValue(out.resolve("keycloak-realm-import.yaml").toFile(), realmImport);
        ArrayNode patch = YAML.createArrayNode();
        patch.addObject().put("op", "add").put("path", "/spec/realm/users").set("value", users);
        YAML.writeValue(out.resolve("demo-users.yaml").toFile(), patch);
    }
}
