package cn.fengqiao.systemtests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.restassured.RestAssured;

import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * The five apps, started from the jars this build packaged, on ports of their own (18080-18084) and
 * with the tests' databases, so a demo started by run.sh can keep running beside them untouched. PostgreSQL, Kafka and Keycloak must be up:
 * deploy/local/test.sh starts them. Every app started here is stopped when the test JVM ends.
 */
public final class SystemUnderTest {

    public enum App {
        INCIDENT("incident-service", 18081),
        RESIDENT("resident-service", 18082),
        MEDIATION("mediation-service", 18083),
        PATROL("patrol-service", 18084),
        GATEWAY("gateway", 18080);

        public final String module;
        public final int port;

        App(String module, int port) {
            this.module = module;
            this.port = port;
        }

        public String url() {
            return "http://localhost:" + port;
        }

        /** The app of a module name, e.g. "incident-service". */
        public static App of(String module) {
            for (App app : values()) {
                if (app.module.equals(module)) {
                    return app;
                }
            }
            throw new IllegalArgumentException("no app " + module);
        }

        String portVariable() {
            return module.toUpperCase().replace('-', '_') + "_PORT";
        }
    }

    /**
     * The tests' run (the default) or the benchmarks' (-Dfengqiao.run=benchmarks): own databases
     * (incident_benchmarks, ...), own consumer groups, the production JVM with its full JIT, and no
     * per-user rate limit at the gateway (a benchmark saturates it with one user's token on purpose).
     */
    static final boolean BENCHMARKS = "benchmarks".equals(System.getProperty("fengqiao.run"));

    static final Path ROOT = findRoot();
    static final Path LOGS = ROOT.resolve(".local/logs/system-tests");
    public static final String KEYCLOAK = env("FENGQIAO_KEYCLOAK_URL", "http://localhost:8180");

    private static final Map<App, Process> RUNNING = new EnumMap<>(App.class);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static boolean started;

    private SystemUnderTest() {}

    /** Starts every app (once per test JVM) and waits until all are ready. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(SystemUnderTest::stopAll));
        // Events an earlier run (or the benchmarks, or the demo) left on the topics are not this run's
        // work: the consumers start after them, and none is missed from here on.
        CONSUMES.forEach((app, topics) -> topics.forEach(topic -> TopicProbe.skipToTheEnd(consumerGroup(app), topic)));
        if (!BENCHMARKS) {
            TraceCollector.start();
        }
        for (App app : App.values()) {
            launch(app);
        }
        for (App app : App.values()) {
            awaitReady(app, Duration.ofSeconds(120));
        }
        if (!BENCHMARKS) {
            ContractValidation.startListing();
            RestAssured.filters(new ContractValidation(gateway()));
        }
    }

    /** The topics each app consumes. */
    private static final Map<App, List<String>> CONSUMES = Map.of(
            App.RESIDENT, List.of("incident-events"),
            App.MEDIATION, List.of("incident-events"),
            App.PATROL, List.of("incident-events"),
            App.INCIDENT, List.of("mediation-events", "patrol-events"));

    /** The Kafka consumer group the app's consumers (incident-events, mediation-events, patrol-events) use here. */
    public static String consumerGroup(App app) {
        return app.module + (BENCHMARKS ? "-benchmarks" : "-system-tests");
    }

    /** The database an app uses here, e.g. incident_test (incident_benchmarks for the benchmarks). */
    static String database(App app) {
        return app.module.replace("-service", "") + (BENCHMARKS ? "_benchmarks" : "_test");
    }

    /** The process id of a running app, for its memory. */
    static synchronized long pid(App app) {
        return RUNNING.get(app).pid();
    }

    /** Where an app started here writes its log. */
    static Path log(App app) {
        return LOGS.resolve(app.module + ".log");
    }

    /** What an app has logged since the log was this many bytes long. */
    static String logSince(App app, long from) throws IOException {
        try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(log(app).toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.max(0, in.length() - from)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public static String gateway() {
        return App.GATEWAY.url();
    }

    /** Kills the app at once (SIGKILL), as a crash would. */
    public static synchronized void kill(App app) {
        Process process = RUNNING.remove(app);
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static synchronized void restart(App app) {
        kill(app);
        launch(app);
        awaitReady(app, Duration.ofSeconds(120));
    }

    private static void launch(App app) {
        Path jar = ROOT.resolve(app.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    jar + " is missing: package the apps first (mvn -B verify from the root does)");
        }
        if (isReady(app)) {
            throw new IllegalStateException(
                    "port " + app.port + " already answers: another system-test run is still up");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(
                BENCHMARKS
                        // production's: a heap that starts small and grows as needed, full JIT
                        ? List.of("-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m")
                        // C1 only: quicker starts for the many restarts of the tests
                        : List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        // production's: http-edge checks the URI itself and answers problem+json (EdgeRefusals)
        command.addAll(
                List.of("-Duser.timezone=Asia/Shanghai", "-Dvertx.disableURIValidation=true", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true"); // production's logs
        builder.environment().put("MALLOC_ARENA_MAX", "2"); // production's (deploy/k8s): fewer glibc arenas, less RSS
        if (!BENCHMARKS) { // traces to the tests' own collector (TracingIT); the benchmarks measure without
            builder.environment().put("QUARKUS_OTEL_SDK_DISABLED", "false");
            builder.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
            builder.environment().put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", TraceCollector.url());
            builder.environment().put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1S");
        }
        for (App each : App.values()) {
            builder.environment().put(each.portVariable(), String.valueOf(each.port));
        }
        // Databases of their own (incident_test or incident_benchmarks, ...): the demo data of run.sh stays as it is.
        if (app != App.GATEWAY) {
            builder.environment().put(app.module.replace("-service", "").toUpperCase() + "_DB_NAME", database(app));
        }
        // Own consumer groups, so a demo started by run.sh keeps its offsets (only where the channel exists:
        // the variable would otherwise declare a channel of its own).
        if (app == App.RESIDENT || app == App.MEDIATION || app == App.PATROL) {
            builder.environment().put("MP_MESSAGING_INCOMING_INCIDENT_EVENTS_GROUP_ID", consumerGroup(app));
        }
        if (app == App.RESIDENT) {
            // the local demo's key (deploy/local/lib.sh) unless the environment brings one
            builder.environment()
                    .put(
                            "FENGQIAO_RESIDENT_DATA_KEY",
                            env("FENGQIAO_RESIDENT_DATA_KEY", "URIHQHLIE6tfxEGfxFU8ZGZfDQRBcniliaJRdlAv2gU="));
        }
        if (app == App.GATEWAY) {
            // The tests call many operations per user in a row; the limits themselves are GatewayLimitsTest's.
            builder.environment().put("FENGQIAO_RATE_USER", BENCHMARKS ? "1000000" : "500");
            if (BENCHMARKS) { // the limiter still runs on every request, it just never refuses
                for (String limit :
                        List.of("FENGQIAO_RATE_USER_BURST", "FENGQIAO_RATE_CLIENT", "FENGQIAO_RATE_CLIENT_BURST")) {
                    builder.environment().put(limit, "1000000");
                }
            }
        }
        if (app == App.INCIDENT) {
            builder.environment().put("MP_MESSAGING_INCOMING_MEDIATION_EVENTS_GROUP_ID", consumerGroup(app));
            builder.environment().put("MP_MESSAGING_INCOMING_PATROL_EVENTS_GROUP_ID", consumerGroup(app));
        }
        try {
            Files.createDirectories(LOGS);
            File log = log(app).toFile();
            RUNNING.put(
                    app,
                    builder.redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                            .start());
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + app.module, e);
        }
    }

    private static void awaitReady(App app, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process process = RUNNING.get(app);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(
                        app.module + " exited with " + process.exitValue() + "; see " + log(app));
            }
            if (isReady(app)) {
                return;
            }
            sleep(250);
        }
        throw new IllegalStateException(app.module + " not ready after " + timeout + "; see " + log(app));
    }

    static boolean isReady(App app) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(app.url() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static synchronized void stopAll() {
        RUNNING.values().forEach(Process::destroy);
        RUNNING.values().forEach(p -> {
            try {
                if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        RUNNING.clear();
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("deploy/local/lib.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (deploy/local/lib.sh) above "
                + Path.of("").toAbsolutePath());
    }

    static String env(String name, String fallback) {
        return Optional.ofNullable(System.getenv(name)).orElse(fallback);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
