package id.warga.analytics.internal;

import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The months: at the start of each month (local midnight, and checked every hour in case the
 * application slept through it) the month that ended is closed, its counts kept as they stood
 * as its snapshot, and the new month is built from the registry. The same full rebuild serves
 * recovery.
 */
@Component
public class MonthlyFigures {

    private static final Logger log = LoggerFactory.getLogger(MonthlyFigures.class);

    private final LabourCountStore store;
    private final AnalyticsCalendar calendar;
    private final FigureCache cache;
    private final TransactionTemplate transaction;
    private final AtomicBoolean opening = new AtomicBoolean();

    MonthlyFigures(
            LabourCountStore store, AnalyticsCalendar calendar, FigureCache cache, TransactionTemplate transaction) {
        this.store = store;
        this.calendar = calendar;
        this.cache = cache;
        this.transaction = transaction;
    }

    /** Rebuilds the current month from the registry; answers what it did. */
    public Rebuilt rebuild() {
        long started = System.nanoTime();
        Rebuilt rebuilt = transaction.execute(status -> {
            YearMonth month = calendar.currentMonth();
            store.lockExclusive();
            int rows = store.rebuild(calendar.counting(month));
            store.closeBefore(month);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.changed();
                }
            });
            return new Rebuilt(month, rows, Duration.ZERO);
        });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info(
                "Figures of {} rebuilt from the registry: {} rows in {} ms",
                rebuilt.month(),
                rebuilt.rows(),
                took.toMillis());
        return new Rebuilt(rebuilt.month(), rebuilt.rows(), took);
    }

    /** Builds the current month if it has no figures yet, closing the months before it. */
    @Scheduled(cron = "5 0 0 1 * *", zone = "${warga.analytics.zone:Asia/Jakarta}")
    @Scheduled(cron = "0 7 * * * *", zone = "${warga.analytics.zone:Asia/Jakarta}")
    public void openCurrentMonth() {
        YearMonth month = calendar.currentMonth();
        if (store.isOpen(month)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            store.lockExclusive();
            if (!store.isOpen(month)) {
                int rows = store.rebuild(calendar.counting(month));
                int closed = store.closeBefore(month);
                log.info(
                        "Figures of {} opened ({} rows); {} earlier month(s) closed as snapshots", month, rows, closed);
            }
        });
        cache.changed();
    }

    /** Opens the current month without making the caller wait; at most one opening at a time. */
    public void openInBackground() {
        if (!opening.compareAndSet(false, true)) {
            return;
        }
        Thread worker = new Thread(
                () -> {
                    try {
                        openCurrentMonth();
                    } catch (RuntimeException e) {
                        log.error("The current month's figures could not be built", e);
                    } finally {
                        opening.set(false);
                    }
                },
                "analytics-month");
        worker.setDaemon(true);
        worker.start();
    }

    void rebuildInBackground() {
        Thread worker = new Thread(
                () -> {
                    try {
                        rebuild();
                    } catch (RuntimeException e) {
                        log.error("The figures could not be rebuilt", e);
                    }
                },
                "analytics-rebuild");
        worker.setDaemon(true);
        worker.start();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        openInBackground();
    }

    /** What a rebuild did: the month, the rows written, how long it took. */
    public record Rebuilt(YearMonth month, int rows, Duration took) {}
}
