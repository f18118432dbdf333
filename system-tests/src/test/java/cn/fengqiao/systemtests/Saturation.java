package cn.fengqiao.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput at saturation from the two standard tools, each a process of its own: wrk for HTTP (a
 * closed loop of {@code connections} keeping the server busy) and pgbench for the same work done as
 * plain SQL, the physical limit the service is measured against.
 */
final class Saturation {

    /** What a tool measured: requests (or transactions) a second, and how many were answered with an error. */
    record Rate(double perSecond, long errors) {}

    private static final Pattern WRK_RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern WRK_ERRORS = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern WRK_SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern PGBENCH_TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PGBENCH_FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private Saturation() {}

    /**
     * wrk against {@code url} with a bearer token; {@code script} (Lua) may shape the requests, e.g.
     * a POST with a new body each time.
     */
    static Rate wrk(String url, String token, int connections, int seconds, Path script) {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t2",
                "-c" + connections,
                "-d" + seconds + "s",
                "-H",
                "Authorization: Bearer " + token,
                "-H",
                "X-Purpose: benchmark"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        String out = run(command, Map.of());
        long errors = find(WRK_ERRORS, out).map(Long::parseLong).orElse(0L);
        Matcher socket = WRK_SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            for (int group = 1; group <= 4; group++) {
                errors += Long.parseLong(socket.group(group));
            }
        }
        return new Rate(Double.parseDouble(find(WRK_RATE, out).orElseThrow(() -> noFigure("wrk", out))), errors);
    }

    /**
     * pgbench running {@code script} on {@code database} as the service's own user, prepared
     * statements; {@code variables} are the script's (-D name=value).
     */
    static Rate pgbench(
            String database, String user, Path script, int clients, int seconds, Map<String, String> variables) {
        List<String> command = new ArrayList<>(List.of(pgbenchBinary(), "-n", "-M", "prepared"));
        variables.forEach((name, value) -> command.addAll(List.of("-D", name + "=" + value)));
        command.addAll(List.of(
                "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds), "-f", script.toString()));
        command.addAll(connection(user));
        command.add(database);
        String out = run(command, Map.of("PGPASSWORD", user));
        return new Rate(
                Double.parseDouble(find(PGBENCH_TPS, out).orElseThrow(() -> noFigure("pgbench", out))),
                find(PGBENCH_FAILED, out).map(Long::parseLong).orElse(0L));
    }

    /** How PostgreSQL's own tools (pgbench, psql) reach the database server, as the given user. */
    static List<String> connection(String user) {
        return List.of(
                "-h",
                SystemUnderTest.env("FENGQIAO_DB_HOST", "localhost"),
                "-p",
                SystemUnderTest.env("FENGQIAO_DB_PORT", "5432"),
                "-U",
                user);
    }

    /** pgbench from PATH, or from the PostgreSQL server's binaries (deploy/local/bench/run.sh passes FENGQIAO_PGBENCH). */
    private static String pgbenchBinary() {
        return SystemUnderTest.env("FENGQIAO_PGBENCH", "pgbench");
    }

    private static String run(List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(command.get(0) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(
                    command.get(0) + " cannot be run (deploy/local/bench/run.sh installs wrk and finds pgbench)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path write(String name, String text) {
        try {
            Path file = SystemUnderTest.ROOT
                    .resolve("system-tests/target/benchmarks")
                    .resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }

    private static IllegalStateException noFigure(String tool, String out) {
        return new IllegalStateException(tool + " printed no figure:\n" + out);
    }
}
