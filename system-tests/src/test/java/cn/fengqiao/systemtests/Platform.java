package cn.fengqiao.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Breaks and mends PostgreSQL, Kafka and Keycloak through deploy/local/fault.sh, as the fault tests need. */
final class Platform {

    private static final Path LOG = SystemUnderTest.LOGS.resolve("faults.log");

    private Platform() {}

    /** Runs {@code fault.sh <component> <action>} and waits for it (a start waits until the server is up). */
    static void fault(String component, String action) {
        try {
            Files.createDirectories(LOG.getParent());
            Process process = new ProcessBuilder(
                            "bash",
                            SystemUnderTest.ROOT
                                    .resolve("deploy/local/fault.sh")
                                    .toString(),
                            component,
                            action)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("fault.sh " + component + " " + action + " failed; see " + LOG);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run fault.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
