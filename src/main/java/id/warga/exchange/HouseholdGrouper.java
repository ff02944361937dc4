package id.warga.exchange;

import id.warga.exchange.ImportLayout.Field;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gathers rows into households (rows sharing a KK number) while the file streams past, and hands
 * them on in batches of whole households. Files list a KK's members together, but not always
 * strictly: a household stays open until no row of it has been seen for {@link #WINDOW} rows, so
 * memory holds a batch and a window, never the file. A KK whose rows come back after its household
 * was handed on is reported (sort the file by {@code no_kk}), never split into two households.
 */
final class HouseholdGrouper {

    static final int WINDOW = 2000;

    private final int batchRows;
    private final Consumer<List<HouseholdRows>> batches;
    private final Consumer<ImportRow> loose;
    private final LinkedHashMap<String, HouseholdRows> open = new LinkedHashMap<>(256, 0.75f, true);
    private final LongIntMap handedOn = new LongIntMap();
    private int buffered;
    private int seen;

    HouseholdGrouper(int batchRows, Consumer<List<HouseholdRows>> batches, Consumer<ImportRow> loose) {
        this.batchRows = batchRows;
        this.batches = batches;
        this.loose = loose;
    }

    void add(ImportRow row) {
        String kk = row.kkNumber;
        if (kk == null) {
            if (!row.rejected()) {
                row.problem(Field.KK_NUMBER, "REQUIRED", "no_kk");
            }
            loose.accept(row);
            return;
        }
        int earlier = handedOn.get(LongIntMap.key(kk));
        if (earlier >= 0) {
            row.problem(Field.KK_NUMBER, "IMPORT_KK_ROWS_APART", earlier, WINDOW);
            loose.accept(row);
            return;
        }
        HouseholdRows household = open.computeIfAbsent(kk, HouseholdRows::new);
        household.rows.add(row);
        household.lastSeen = ++seen;
        buffered++;
        if (buffered >= batchRows + WINDOW) {
            flush(seen - WINDOW);
        }
    }

    /** Hands on every household still open. */
    void finish() {
        flush(Integer.MAX_VALUE);
    }

    /** Hands on the households whose last row came before the {@code before}-th row, oldest first. */
    private void flush(int before) {
        List<HouseholdRows> batch = new ArrayList<>();
        int rows = 0;
        Iterator<Map.Entry<String, HouseholdRows>> eldest = open.entrySet().iterator();
        while (eldest.hasNext()) {
            HouseholdRows household = eldest.next().getValue();
            if (household.lastSeen >= before) {
                break;
            }
            eldest.remove();
            long key = LongIntMap.key(household.kkNumber);
            if (key >= 0) {
                handedOn.putIfAbsent(key, household.rows.get(0).number());
            }
            batch.add(household);
            rows += household.rows.size();
            buffered -= household.rows.size();
            if (rows >= batchRows) {
                batches.accept(batch);
                batch = new ArrayList<>();
                rows = 0;
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
    }
}
