package id.warga.programmes;

import java.time.Instant;

/**
 * An RW's plan as lists show it: the RW, the year, the allocation, what the activities budget and
 * what was spent, the state, and the progress (the activities' progress weighted by budget).
 */
public record PlanSummary(
        long id,
        String rwCode,
        String place,
        int year,
        Rupiah allocation,
        Rupiah budgeted,
        Rupiah spent,
        PlanStatus status,
        int progress,
        String returnReason,
        int version,
        Instant updatedAt) {

    /** The share of the allocation spent, 0–1. */
    public double absorbed() {
        return spent.shareOf(allocation);
    }

    /** A plan as read, before the place is named. */
    record Row(
            long id,
            String rwCode,
            int year,
            long allocation,
            long budgeted,
            long spent,
            PlanStatus status,
            int progress,
            String returnReason,
            int version,
            Instant updatedAt) {

        PlanSummary named(String place) {
            return new PlanSummary(
                    id,
                    rwCode,
                    place,
                    year,
                    Rupiah.of(allocation),
                    Rupiah.of(budgeted),
                    Rupiah.of(spent),
                    status,
                    progress,
                    returnReason,
                    version,
                    updatedAt);
        }
    }
}
