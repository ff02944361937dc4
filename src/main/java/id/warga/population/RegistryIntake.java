package id.warga.population;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the registry's pages and API hand in a change. An installation without review applies it
 * at once ({@link ImmediateIntake}); with the verification module, a change by an RT head becomes
 * a submission that waits for review, while officers' changes are applied and recorded as entered
 * directly. Either way the rules are checked when the change is handed in, so the sender sees
 * errors and warnings at once, and the registry itself changes only through
 * {@link PopulationRegistry#apply}.
 */
public interface RegistryIntake {

    /**
     * Hands in a change; a resend under the same key answers as the first time. Throws as
     * {@link PopulationRegistry#apply} does (broken rules, stale version, outside the area).
     */
    Received submit(RegistryCommand command, UUID key);

    /** Changes to a household or its members still waiting for review, or sent back, within the user's area. */
    List<PendingChange> pendingInHousehold(long householdId);

    /** Changes in an RT still waiting for review, or sent back, within the user's area. */
    List<PendingChange> pendingInRt(String rtCode);

    /** One waiting or sent-back change, if the user's area holds it. */
    Optional<PendingChange> pending(long submissionId);
}
