package id.warga.access.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the audit trail cheaply. Reads, exports and logins go into a queue that a background
 * writer inserts in batches every second; a change made inside a writable transaction is inserted
 * at once in that transaction, so it commits or rolls back with the change it describes. After
 * each batch the sealer links the new entries into the hash chain.
 */
@Component
public class AuditLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|secret|token|hash|credential).*");
    private static final String INSERT = """
            insert into access.audit_entry (at, username, action, record_type, record_id, area, client, detail)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            """;
    private static final int BATCH = 1000;
    /** How long a flush waits for an entry the background writer has taken but not yet written. */
    private static final long HANDOVER_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditSealer sealer;
    private final JsonMapper json;
    private final AccessSettings settings;
    private final BlockingQueue<AuditRecord> queue;
    private final List<AuditRecord> unwritten = new ArrayList<>();
    /** Entries that went into the queue, and (guarded by this) those of them written since. */
    private final AtomicLong queued = new AtomicLong();

    private long written;
    private ScheduledExecutorService worker;
    private volatile boolean running;

    AuditLog(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            AuditSealer sealer,
            JsonMapper json,
            AccessSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sealer = sealer;
        this.json = json;
        this.settings = settings;
        this.queue = new LinkedBlockingQueue<>(settings.audit().queueCapacity());
    }

    /** Records an entry soon (within the flush interval), without touching the caller's transaction. */
    public void append(AuditRecord record) {
        if (queue.offer(record)) {
            queued.incrementAndGet();
            return;
        }
        try {
            // the writer lags far behind: wait for room a moment, then write it ourselves rather than lose it
            if (queue.offer(record, 2, TimeUnit.SECONDS)) {
                queued.incrementAndGet();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        transaction.executeWithoutResult(tx -> insert(List.of(record)));
    }

    /** Records an entry in the caller's writable transaction if there is one, else soon. */
    public void appendWithTransaction(AuditRecord record) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert(List.of(record));
        } else {
            append(record);
        }
    }

    /** An entry stamped now, with the acting client's address when there is a request. */
    public AuditRecord record(
            String username, AuditAction action, String recordType, String recordId, String area, Object detail) {
        return new AuditRecord(
                Instant.now(), username, action, recordType, recordId, area, currentClient(), detail(detail));
    }

    /**
     * Writes every entry recorded before the call and seals everything pending; tests and the
     * audit page call it. The background writer may just have taken an entry from the queue
     * without having written it yet: the flush then waits (a moment at most) until it has.
     */
    public synchronized void flush() {
        long target = queued.get();
        writeQueued();
        long deadline = System.nanoTime() + HANDOVER_WAIT_NANOS;
        while (written < target && System.nanoTime() - deadline < 0) {
            try {
                wait(5); // lets the writer in to write what it holds
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            writeQueued();
        }
        sealer.sealPending();
    }

    private void writeQueued() {
        while (!unwritten.isEmpty() || queue.drainTo(unwritten, BATCH) > 0) {
            transaction.executeWithoutResult(tx -> insert(unwritten));
            written += unwritten.size();
            // cleared only once written: after a failure the same entries are retried first
            unwritten.clear();
        }
    }

    /** The detail as JSON text, with every property that could hold a secret removed. */
    String detail(Object detail) {
        if (detail == null) {
            return null;
        }
        JsonNode tree = json.valueToTree(detail);
        scrub(tree);
        return json.writeValueAsString(tree);
    }

    private static void scrub(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> secret = object.propertyNames().stream()
                    .filter(name -> SECRET.matcher(name).matches())
                    .toList();
            object.remove(secret);
            object.values().forEach(AuditLog::scrub);
        } else if (node != null && node.isArray()) {
            node.values().forEach(AuditLog::scrub);
        }
    }

    private void insert(List<AuditRecord> records) {
        jdbc.batchUpdate(INSERT, records, records.size(), (ps, r) -> {
            ps.setTimestamp(1, Timestamp.from(r.at()));
            ps.setString(2, r.username());
            ps.setString(3, r.action().name());
            ps.setString(4, r.recordType());
            ps.setString(5, r.recordId());
            ps.setString(6, r.area());
            ps.setString(7, r.client());
            ps.setString(8, r.detail());
        });
    }

    static String currentClient() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    @Override
    public void start() {
        running = true;
        worker = Executors.newScheduledThreadPool(2, r -> {
            Thread thread = new Thread(r, "audit-trail");
            thread.setDaemon(true);
            return thread;
        });
        worker.execute(this::writeContinuously);
        long check = Math.max(60_000, settings.audit().checkInterval().toMillis());
        worker.scheduleWithFixedDelay(this::checkQuietly, check, check, TimeUnit.MILLISECONDS);
    }

    /** Writes batches as entries arrive; when none come for a flush interval, seals what others wrote. */
    private void writeContinuously() {
        long wait = Math.max(10, settings.audit().flushInterval().toMillis());
        while (running) {
            try {
                AuditRecord first = queue.poll(wait, TimeUnit.MILLISECONDS);
                synchronized (this) {
                    if (first != null) {
                        unwritten.add(first);
                    }
                    flushQuietly();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.shutdownNow();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flushQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.error("Could not write the audit trail; entries stay queued and are retried", e);
        }
    }

    private void checkQuietly() {
        try {
            AuditChainReport report = sealer.check();
            if (!report.intact()) {
                log.error(
                        "The audit trail's hash chain is broken at place {} (entry {}): {}",
                        report.brokenAt(),
                        report.brokenEntryId(),
                        report.problem());
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the audit trail", e);
        }
    }
}
