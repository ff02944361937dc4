package id.warga.programmes;

import java.time.Instant;
import java.util.List;

/** An activity of a plan with what it spent (entry by entry) and its progress. */
public record ActivityView(
        long id,
        int position,
        String name,
        ActivityCategory category,
        Rupiah budget,
        String description,
        String rtCode,
        Rupiah spent,
        int progress,
        Instant progressAt,
        boolean hasPhoto,
        List<SpendingView> spending) {

    /** What the budget still allows. */
    public Rupiah remaining() {
        return spent.exceeds(budget) ? Rupiah.ZERO : budget.minus(spent);
    }
}
