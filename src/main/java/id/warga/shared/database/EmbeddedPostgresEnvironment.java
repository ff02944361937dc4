package id.warga.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no external datasource is configured, and points
 * {@code spring.datasource.*} at it. Its data directory persists between runs, so a restart keeps
 * everything. One server per data directory and JVM, shared by every application context.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "warga.database.embedded.enabled";
    static final String DATA_DIRECTORY = "warga.database.embedded.data-directory";
    static final String CLEAN = "warga.database.embedded.clean";
    static final String PORT = "warga.database.embedded.port";

    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty(DATA_DIRECTORY, "./data/postgres"))
                .toAbsolutePath()
                .normalize();
        boolean clean = environment.getProperty(CLEAN, Boolean.class, false);
        int port = environment.getProperty(PORT, Integer.class, 0);
        EmbeddedPostgres postgres = EmbeddedPostgresServers.obtain(dataDirectory, dir -> start(dir, clean, port));

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put(EmbeddedPostgresServers.RUNNING_DIRECTORY, dataDirectory.toString());
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }

    private EmbeddedPostgres start(Path dataDirectory, boolean clean, int port) {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new EmbeddedPostgresUnavailableException(
                    "PostgreSQL refuses to run as root, so the embedded database cannot start.");
        }
        try {
            Files.createDirectories(dataDirectory);
            StalePostmaster.stopIfRunning(dataDirectory, log);
            if (clean) {
                // a directory left by a process that was killed would make initdb refuse to start
                emptyDirectory(dataDirectory);
            }
            log.info("Starting embedded PostgreSQL with data in " + dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("lc-collate", "C")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_connections", "200")
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedPostgresUnavailableException(
                    "The embedded PostgreSQL could not start in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static void emptyDirectory(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
