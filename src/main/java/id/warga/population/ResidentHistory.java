package id.warga.population;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Where a resident lived and when (closed periods are never rewritten), the life events recorded
 * for them, and, when asked, their state on a past date derived from both.
 */
public record ResidentHistory(
        long residentId, List<ResidencePeriod> residences, List<LifeEventView> events, StateOn stateOn) {

    /** One period of living in a household in an RT; {@code validTo} is the first day elsewhere (null: still there). */
    public record ResidencePeriod(
            long householdId, String kkNumber, String rtCode, LocalDate validFrom, LocalDate validTo) {

        public boolean covers(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    /** The state on a date: status, and where they lived if they were living in the city. */
    public record StateOn(LocalDate date, LifeStatus lifeStatus, String rtCode, Long householdId) {}

    /**
     * The state on a date: living where a period covers it; otherwise the outcome of the last event
     * on or before it (death, moving out, missing); null before the resident entered the registry.
     */
    public static StateOn derive(List<ResidencePeriod> residences, List<LifeEventView> events, LocalDate date) {
        for (ResidencePeriod period : residences) {
            if (period.covers(date)) {
                return new StateOn(date, LifeStatus.ALIVE, period.rtCode(), period.householdId());
            }
        }
        LifeStatus status = events.stream()
                .filter(e -> !e.occurredOn().isAfter(date))
                .sorted(Comparator.comparing(LifeEventView::occurredOn).thenComparing(LifeEventView::id))
                .map(e -> switch (e.kind()) {
                    case DEATH -> LifeStatus.DEAD;
                    case MOVE_OUT -> LifeStatus.MOVED_OUT;
                    case MISSING -> LifeStatus.MISSING;
                    default -> null;
                })
                .filter(s -> s != null)
                .reduce((first, second) -> second)
                .orElse(null);
        return new StateOn(date, status, null, null);
    }
}
