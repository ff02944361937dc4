package id.warga.population;

import java.time.Instant;

/**
 * A change handed in that the registry does not hold yet: waiting for review at a level
 * ({@code awaiting}: {@code RW}, {@code KELURAHAN} or {@code KECAMATAN}), or sent back to the RT
 * head with a reason. The registry's pages show it beside the approved state.
 */
public record PendingChange(
        long submissionId,
        State state,
        String awaiting,
        String rtCode,
        Long householdId,
        Long residentId,
        String subjectName,
        String submittedBy,
        Instant submittedAt,
        RegistryCommand command,
        String reason) {

    public enum State {
        WAITING,
        REJECTED
    }

    public boolean rejected() {
        return state == State.REJECTED;
    }

    public String type() {
        return command.type();
    }
}
