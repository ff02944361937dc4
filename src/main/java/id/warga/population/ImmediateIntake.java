package id.warga.population;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The registry without review: every change handed in is applied at once; nothing ever waits. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ImmediateIntake implements RegistryIntake {

    private final PopulationRegistry registry;

    ImmediateIntake(PopulationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Received submit(RegistryCommand command, UUID key) {
        return Received.applied(registry.apply(command, key));
    }

    @Override
    public List<PendingChange> pendingInHousehold(long householdId) {
        return List.of();
    }

    @Override
    public List<PendingChange> pendingInRt(String rtCode) {
        return List.of();
    }

    @Override
    public Optional<PendingChange> pending(long submissionId) {
        return Optional.empty();
    }
}
