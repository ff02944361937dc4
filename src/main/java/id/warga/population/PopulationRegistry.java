package id.warga.population;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.access.AuditTrail;
import id.warga.region.RegionCode;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
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
    private final OpenWarnings warnings;

    PopulationRegistry(
            RegistryCommands commands,
            RegistryStore store,
            AccessControl access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JsonMapper json,
            OpenWarnings warnings) {
        this.commands = commands;
        this.store = store;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.warnings = warnings;
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
        Applied applied;
        try {
            applied = commands.handle(command, change);
            finish(change);
        } catch (DuplicateKeyException e) {
            throw raced(e);
        }
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

    /**
     * Records that the acting user checked a household's data and found them right (a visit by the
     * RT head): the monthly attestation counts households not checked for months. Answers the day.
     */
    @Transactional
    public LocalDate confirmChecked(long householdId) {
        RegistryStore.HouseholdRow h = store.lockHousehold(householdId, access.currentScope())
                .orElseThrow(() -> new NotFoundException("error.household.not-found", householdId));
        LocalDate today = LocalDate.now();
        String user = access.currentUsername().orElse(null);
        store.markChecked(List.of(h.id()), today, user);
        audit.recordChange(
                "household_check",
                String.valueOf(h.id()),
                RegionCode.of(h.rtCode()),
                h.checkedOn() == null ? null : Map.of("checkedOn", h.checkedOn()),
                Map.of("checkedOn", today));
        return today;
    }

    /**
     * What {@link #check} would answer for each of many new households (errors and warnings), as
     * of {@code today}, with the registry rows the rules need read for all of them at once: the path
     * for an import that validates thousands of rows without a database round trip per row. Each
     * household is judged against the registry as it is, not against the others in the list.
     */
    @Transactional(readOnly = true)
    public List<RegistrationCheck> checkAll(List<RegistryCommand.RegisterHousehold> households, LocalDate today) {
        Change change = new Change(UUID.randomUUID(), null, access.currentScope(), today, true);
        return commands.checkRegistrations(households, change);
    }

    /** Turns what a command touched into statistics events, audit records, confirmations and tallies. */
    private void finish(Change change) {
        Set<String> rts = new TreeSet<>();
        Set<Long> checked = new TreeSet<>();
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
                checked.add(after.id());
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
            checked.add(after.householdId());
            ResidentProfile was = profile(before);
            ResidentProfile is = profile(after);
            if (!Objects.equals(was, is)) {
                events.publishEvent(new ResidentProfileChanged(after.id(), was, is));
            }
            audit.recordChange("resident", String.valueOf(after.id()), RegionCode.of(after.rtCode()), before, after);
        }
        change.confirmations.forEach((residentId, codes) -> {
            RegionCode area =
                    RegionCode.of(store.resident(residentId).orElseThrow().rtCode());
            rts.add(area.value());
            for (String code : codes) {
                store.confirmWarning(residentId, code, change.user);
                audit.recordChange("confirmed_warning", residentId + ":" + code, area, null, code);
            }
        });
        checked.removeAll(change.handedOver);
        store.markChecked(checked, change.today, change.user);
        change.handedOver.forEach(store::clearCheck);
        store.recount(rts, change.today);
        for (String rt : rts) {
            store.storeOpenWarnings(
                    rt,
                    warnings.in(AreaScope.everything(), rt + "%", change.today).size());
        }
        change.lifeEvents.forEach(events::publishEvent);
    }

    /**
     * Two commands raced past the same check (the same KK number, NIK or head in two requests at
     * once); the database let one through. The other is told which rule it broke.
     */
    private static RuntimeException raced(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        RuleViolation violation;
        if (message.contains("household_kk_number_key")) {
            violation = RuleViolation.error("KK_TAKEN", "kkNumber");
        } else if (message.contains("resident_nik_alive")) {
            violation = RuleViolation.error("NIK_TAKEN", "nik", Labels.of("nik.holder.someone"));
        } else if (message.contains("resident_one_head")) {
            violation = RuleViolation.error("HOUSEHOLD_TWO_HEADS", "relation");
        } else {
            return e;
        }
        return new RuleViolationsException(List.of(violation));
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
                h.id(),
                h.kkNumber(),
                h.address(),
                h.rtCode(),
                h.dissolvedOn(),
                h.version(),
                List.of(),
                List.of(),
                h.checkedOn());
    }
}
