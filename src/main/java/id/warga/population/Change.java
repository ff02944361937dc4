package id.warga.population;

import id.warga.access.AreaScope;
import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One command's unit of work: who acts, in which scope, on which day; which households and
 * residents it touched (with their state before), and the life events it recorded. When the
 * command is done, the registry turns this into statistics events, audit records and tallies.
 */
final class Change {

    final UUID key;
    final String user;
    final AreaScope scope;
    final LocalDate today;
    final boolean dryRun;

    /** Residents touched, with their state before (null for a resident created by this command). */
    final Map<Long, ResidentView> residents = new LinkedHashMap<>();
    /** Households touched, with their state before (null for a household created by this command). */
    final Map<Long, HouseholdView> households = new LinkedHashMap<>();

    final List<LifeEventRecorded> lifeEvents = new ArrayList<>();
    final Map<Long, Set<String>> confirmations = new LinkedHashMap<>();
    /**
     * Households that moved to another RT of the city: the change does not count as a check of
     * them, and any earlier check is cleared, so the new RT's head checks them (the hand-over).
     */
    final Set<Long> handedOver = new java.util.HashSet<>();

    Change(UUID key, String user, AreaScope scope, LocalDate today, boolean dryRun) {
        this.key = key;
        this.user = user;
        this.scope = scope;
        this.today = today;
        this.dryRun = dryRun;
    }

    void touch(ResidentView before) {
        residents.putIfAbsent(before.id(), before);
    }

    void created(long residentId) {
        residents.putIfAbsent(residentId, null);
    }

    void touchHousehold(HouseholdView before) {
        households.putIfAbsent(before.id(), before);
    }

    void createdHousehold(long householdId) {
        households.putIfAbsent(householdId, null);
    }

    /**
     * Decides on the rules found: errors block; warnings block unless confirmed. Returns the
     * confirmed warnings. In a dry run, stops here with everything found.
     */
    List<RuleViolation> verdict(List<RuleViolation> found, Set<String> confirmed) {
        Set<String> codes = confirmed == null ? Set.of() : confirmed;
        if (dryRun) {
            throw new DryRun(found);
        }
        List<RuleViolation> blocking = found.stream()
                .filter(v -> v.isError() || !codes.contains(v.code()))
                .toList();
        if (!blocking.isEmpty()) {
            throw new RuleViolationsException(blocking);
        }
        return found.stream().filter(v -> !v.isError()).toList();
    }

    /** Remembers confirmed warnings that stay true until the data change, for the resident they concern. */
    void confirmed(long residentId, List<RuleViolation> warnings) {
        for (RuleViolation warning : warnings) {
            if (RegistryRules.CONFIRMABLE.contains(warning.code())) {
                confirmations
                        .computeIfAbsent(residentId, k -> new java.util.LinkedHashSet<>())
                        .add(warning.code());
            }
        }
    }

    /** Ends a dry run with what the rules found; nothing was written. */
    static final class DryRun extends RuntimeException {

        final List<RuleViolation> found;

        DryRun(List<RuleViolation> found) {
            super("dry run", null, false, false);
            this.found = List.copyOf(found);
        }
    }
}
