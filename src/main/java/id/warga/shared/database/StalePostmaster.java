package id.warga.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;

/**
 * A server left behind by a killed JVM still holds the data directory. It has no client left, so
 * it is asked to shut down (SIGTERM: a clean, smart shutdown) before a new one starts.
 */
final class StalePostmaster {

    private StalePostmaster() {}

    static void stopIfRunning(Path dataDirectory, Log log) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return;
        }
        Optional<ProcessHandle> process =
                ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        if (process.isEmpty() || !process.get().info().command().orElse("").endsWith("postgres")) {
            return;
        }
        log.warn("Stopping a PostgreSQL server left running on " + dataDirectory + " (pid "
                + process.get().pid() + ")");
        process.get().destroy();
        try {
            process.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
    }
}
