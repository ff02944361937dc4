package id.warga.analytics.internal;

import id.warga.population.PopulationBulkLoaded;
import id.warga.population.ResidentProfile;
import id.warga.population.ResidentProfileChanged;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the current month's counts current: every approved change of a resident, and every bulk
 * load, is added to the counts of the RT and of every enclosing area in the transaction that
 * made it, just before it commits. So a figure read after the commit already includes it, and
 * a change that rolls back never counted.
 */
@Component
public class LabourCountMaintenance {

    private static final Logger log = LoggerFactory.getLogger(LabourCountMaintenance.class);

    private final LabourCountStore store;
    private final AnalyticsCalendar calendar;
    private final FigureCache cache;
    private final TransactionTemplate transaction;
    private final MonthlyFigures monthly;

    LabourCountMaintenance(
            LabourCountStore store,
            AnalyticsCalendar calendar,
            FigureCache cache,
            TransactionTemplate transaction,
            MonthlyFigures monthly) {
        this.store = store;
        this.calendar = calendar;
        this.cache = cache;
        this.transaction = transaction;
        this.monthly = monthly;
    }

    @EventListener
    void on(ResidentProfileChanged change) {
        withPending(pending -> pending.changes.add(change));
    }

    @EventListener
    void on(PopulationBulkLoaded loaded) {
        // every resident of a bulk load is new: counted like one registered on their own
        withPending(pending -> pending.added.addAll(loaded.profiles()));
    }

    private void withPending(java.util.function.Consumer<Pending> action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // published outside a transaction: the registry's change is already committed
            Pending pending = new Pending();
            action.accept(pending);
            transaction.executeWithoutResult(status -> pending.apply());
            pending.afterCommit();
            return;
        }
        Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Pending)
                .map(s -> (Pending) s)
                .findFirst()
                .orElseGet(() -> {
                    Pending created = new Pending();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        action.accept(pending);
    }

    /** The changes of one transaction, applied together just before it commits. */
    private final class Pending implements TransactionSynchronization {

        final List<ResidentProfileChanged> changes = new ArrayList<>();
        final List<ResidentProfile> added = new ArrayList<>();
        boolean applied;
        boolean inconsistent;

        @Override
        public void beforeCommit(boolean readOnly) {
            apply();
        }

        void apply() {
            YearMonth month = calendar.currentMonth();
            store.lockShared();
            if (!store.isOpen(month)) {
                // the month is not built yet: its build reads the registry after this commits
                return;
            }
            CountingMonth counting = calendar.counting(month);
            Map<RtCell, Tally> rtDeltas = new HashMap<>();
            for (ResidentProfileChanged change : changes) {
                counting.count(change.before())
                        .ifPresent(c -> rtDeltas.merge(
                                new RtCell(c.rtCode(), c.cell()), Tally.ZERO.minus(c.tally()), Tally::plus));
                counting.count(change.after())
                        .ifPresent(c -> rtDeltas.merge(new RtCell(c.rtCode(), c.cell()), c.tally(), Tally::plus));
            }
            for (ResidentProfile profile : added) {
                counting.count(profile)
                        .ifPresent(c -> rtDeltas.merge(new RtCell(c.rtCode(), c.cell()), c.tally(), Tally::plus));
            }
            Map<CountKey, Tally> deltas = new HashMap<>();
            rtDeltas.forEach((rtCell, tally) -> {
                if (tally.isZero()) {
                    return;
                }
                for (AreaCodes.Area area : AreaCodes.enclosing(rtCell.rtCode())) {
                    deltas.merge(new CountKey(area.code(), area.depth(), rtCell.cell()), tally, Tally::plus);
                }
            });
            deltas.values().removeIf(Tally::isZero);
            List<String> negative = store.apply(month, deltas);
            if (!negative.isEmpty()) {
                log.error(
                        "Counts went negative in {} after {} change(s): the events disagree with the counts;"
                                + " the month will be rebuilt from the registry",
                        negative,
                        changes.size() + added.size());
                inconsistent = true;
            }
            applied = true;
        }

        @Override
        public void afterCommit() {
            if (applied) {
                cache.changed();
            }
            if (inconsistent) {
                monthly.rebuildInBackground();
            }
        }
    }

    private record RtCell(String rtCode, LabourCell cell) {}
}
