package id.warga.population;

import id.warga.access.AccessControl;
import id.warga.access.AuditTrail;
import id.warga.region.RegionCode;
import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way to change the registry: {@link #apply} a {@link RegistryCommand}. Each command runs
 * in one transaction, inside the acting user's area scope (anything outside answers as absent),
 * checked against the version it was based on ({@link StaleVersionException}) and the rules
 * ({@link RuleViolationsException}); then it writes, records life events, publishes
 * {@link ResidentProfileChanged} for every counted change and {@link LifeEventRecorded}, audits
 * every change and keeps the per-RT tallies. A command sent again under the same key is applied
 * once. {@link #check} runs the same checks without writing, for a change that waits for approval.
 */
@Service
public class PopulationRegistry {

    private final RegistryCommands commands;
    private final RegistryStore store;
    private final AccessControl access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    PopulationRegistry(
            RegistryCommands commands,
            RegistryStore store,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.commands = commands;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** Applies a command once; a resend under the same key answers with the first result. */
    @Transactional
    public Applied apply(RegistryCommand command, UUID key) {
        Objects.requireNonNull(command, "command");
        UUID commandKey = key == null ? UUID.randomUUID() : key;
        String user = access.currentUsername().orElse(null);
        if (!store.claim(commandKey, command.type(), json.writeValueAsString(command), user)) {
            Applied earlier = store.outcome(commandKey).orElseThrow();
            if (!earlier.type().equals(command.type())) {
                throw new RuleViolationsException(
                        List.of(RuleViolation.error("COMMAND_KEY_REUSED", "key", commandKey.toString())));
            }
            return earlier;
        }
        Change change = new Change(commandKey, user, access.currentScope(), LocalDate.now(), false);
        Applied applied = commands.handle(command, change);
        finish(change);
        store.recordOutcome(commandKey, applied.householdId(), applied.residentId());
        return applied;
    }

    /** Applies a command that has no key of its own (it is given a fresh one). */
    @Transactional
    public Applied apply(RegistryCommand command) {
        return apply(command, null);
    }

    /**
     * Every rule the command would break if applied now, errors and warnings alike (confirmed or
     * not), without writing anything. Answers 404 and 409 as {@link #apply} would.
     */
    @Transactional
    public List<RuleViolation> check(RegistryCommand command) {
        Change change = new Change(UUID.randomUUID(), null, access.currentScope(), LocalDate.now(), true);
        try {
            commands.handle(command, change);
        } catch (Change.DryRun done) {
            return done.found;
        } catch (RuleViolationsException e) {
            return e.violations();
        }
        return List.of();
    }

    /** Turns what a command touched into statistics events, audit records, confirmations and tallies. */
    private void finish(Change change) {
        Set<String> rts = new TreeSet<>();
        for (Map.Entry<Long, HouseholdView> touched : change.households.entrySet()) {
            HouseholdView before = touched.getValue();
            HouseholdView after = store.household(touched.getKey())
                    .map(PopulationRegistry::plain)
                    .orElse(null);
            if (before != null) {
                rts.add(before.rtCode());
            }
            if (after != null) {
                rts.add(after.rtCode());
                audit.recordChange(
                        "household", String.valueOf(after.id()), RegionCode.of(after.rtCode()), before, after);
            }
        }
        for (Map.Entry<Long, ResidentView> touched : change.residents.entrySet()) {
            ResidentView before = touched.getValue();
            ResidentView after = store.resident(touched.getKey()).orElseThrow();
            if (before != null) {
                rts.add(before.rtCode());
            }
            rts.add(after.rtCode());
            ResidentProfile was = profile(before);
            ResidentProfile is = profile(after);
            if (!Objects.equals(was, is)) {
                events.publishEvent(new ResidentProfileChanged(after.id(), was, is));
            }
            audit.recordChange("resident", String.valueOf(after.id()), RegionCode.of(after.rtCode()), before, after);
        }
        change.confirmations.forEach(
                (residentId, codes) -> codes.forEach(code -> store.confirmWarning(residentId, code, change.user)));
        store.recount(rts);
        change.lifeEvents.forEach(events::publishEvent);
    }

    /** What the statistics count of a resident; none once they are no longer living in the city. */
    static ResidentProfile profile(ResidentView r) {
        if (r == null || r.lifeStatus() != LifeStatus.ALIVE) {
            return null;
        }
        return new ResidentProfile(
                r.rtCode(),
                r.sex(),
                r.birthDate(),
                r.education(),
                r.labour().activity(),
                r.labour().referenceDate());
    }

    private static HouseholdView plain(RegistryStore.HouseholdRow h) {
        return new HouseholdView(
                h.id(), h.kkNumber(), h.address(), h.rtCode(), h.dissolvedOn(), h.version(), List.of(), List.of());
    }
}
