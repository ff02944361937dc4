package id.warga.analytics.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Answers already computed since the figures last changed. Every commit that changes a count
 * moves the version on, so an answer is never older than the last committed change; readers
 * asking for the same thing at once share one computation. One instance's memory: a second
 * application instance would keep its own, moved on by its own commits.
 */
@Component
public class FigureCache {

    private static final int MAX_ENTRIES = 20_000;

    private final AtomicLong version = new AtomicLong();
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        long current = version.get();
        Entry entry = entries.get(key);
        if (entry != null && entry.version == current) {
            return (T) join(entry.value);
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Entry chosen = entries.compute(
                key, (k, old) -> old != null && old.version == current ? old : new Entry(current, mine));
        if (chosen.value != mine) {
            return (T) join(chosen.value);
        }
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        try {
            T value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            entries.remove(key, chosen);
            throw e;
        }
    }

    /** The figures changed: every answer computed before is stale. */
    public void changed() {
        version.incrementAndGet();
    }

    public long version() {
        return version.get();
    }

    private static Object join(CompletableFuture<Object> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for figures", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private record Entry(long version, CompletableFuture<Object> value) {}
}
