package id.warga.population;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.population.RegistryCommand.AddMember;
import id.warga.population.RegistryCommand.AnswerLabourBlock;
import id.warga.population.RegistryCommand.ChangeHead;
import id.warga.population.RegistryCommand.ChangeHousehold;
import id.warga.population.RegistryCommand.ChangeResident;
import id.warga.population.RegistryCommand.ConfirmWarning;
import id.warga.population.RegistryCommand.MoveHousehold;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryCommand.RecordLifeEvent;
import id.warga.population.RegistryCommand.RegisterHousehold;
import id.warga.population.RegistryCommand.SplitHousehold;
import id.warga.population.RegistryCommand.SplitMember;
import id.warga.population.RegistryStore.HouseholdRow;
import id.warga.region.RegionCode;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Applies each kind of command: finds and locks what it changes (inside the acting user's scope),
 * checks the version it was based on, checks the rules, and only then writes. Effects beyond the
 * tables (statistics events, audit, tallies) are left to {@link PopulationRegistry}, which reads
 * them from the {@link Change}.
 */
@Component
class RegistryCommands {

    private static final Set<LifeEventKind> LEAVING =
            Set.of(LifeEventKind.DEATH, LifeEventKind.MOVE_OUT, LifeEventKind.MISSING, LifeEventKind.MOVE_WITHIN);

    private final RegistryStore store;
    private final RegistryQueries queries;
    private final KnownRegions regions;
    private final CodeLists codes;
    private final AccessControl access;

    RegistryCommands(
            RegistryStore store, RegistryQueries queries, KnownRegions regions, CodeLists codes, AccessControl access) {
        this.store = store;
        this.queries = queries;
        this.regions = regions;
        this.codes = codes;
        this.access = access;
    }

    Applied handle(RegistryCommand command, Change change) {
        if (command instanceof RegisterHousehold c) {
            return register(c, change);
        } else if (command instanceof ChangeHousehold c) {
            return changeHousehold(c, change);
        } else if (command instanceof ChangeHead c) {
            return changeHead(c, change);
        } else if (command instanceof MoveHousehold c) {
            return moveHousehold(c, change);
        } else if (command instanceof SplitHousehold c) {
            return split(c, change);
        } else if (command instanceof AddMember c) {
            return addMember(c, change);
        } else if (command instanceof ChangeResident c) {
            return changeResident(c, change);
        } else if (command instanceof AnswerLabourBlock c) {
            return answerLabour(c, change);
        } else if (command instanceof RecordLifeEvent c) {
            return recordEvent(c, change);
        } else if (command instanceof ConfirmWarning c) {
            return confirmWarning(c, change);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    RegistryRules rules(Change change) {
        return new RegistryRules(change.today, regions, codes);
    }

    /**
     * What {@link #registerFindings} says of each new household, with the registry rows they need
     * read for all of them in a few queries instead of a few per member.
     */
    List<RegistrationCheck> checkRegistrations(List<RegisterHousehold> commands, Change change) {
        List<String> kks = new ArrayList<>();
        List<String> niks = new ArrayList<>();
        for (RegisterHousehold c : commands) {
            if (c.kkNumber() != null && !c.kkNumber().isBlank()) {
                kks.add(c.kkNumber().strip());
            }
            for (NewMember m : c.members() == null ? List.<NewMember>of() : c.members()) {
                if (m != null
                        && m.details() != null
                        && m.details().nik() != null
                        && !m.details().nik().isBlank()) {
                    niks.add(m.details().nik().strip());
                }
            }
        }
        RegistryLookups lookups = store.prefetch(kks, niks);
        List<RegistrationCheck> answers = new ArrayList<>(commands.size());
        for (RegisterHousehold c : commands) {
            Map<Integer, ResidentView> returning = new TreeMap<>();
            List<RuleViolation> found;
            try {
                found = registerFindings(c, change, lookups, returning);
            } catch (NotFoundException outside) {
                found = List.of(RuleViolation.error("RT_UNKNOWN", "rtCode", String.valueOf(c.rtCode())));
            }
            answers.add(new RegistrationCheck(List.copyOf(found), Set.copyOf(returning.keySet())));
        }
        return answers;
    }

    // ---- households

    private Applied register(RegisterHousehold c, Change change) {
        Map<Integer, ResidentView> returning = new TreeMap<>();
        List<RuleViolation> found = registerFindings(c, change, store, returning);
        List<RuleViolation> warnings = change.verdict(found, c.confirmedWarnings());
        String rt = regions.rt(c.rtCode().strip()).map(RegionCode::value).orElseThrow();
        List<NewMember> members = c.members();

        long householdId =
                store.insertHousehold(c.kkNumber().strip(), c.address().strip(), rt);
        change.createdHousehold(householdId);
        event(change, LifeEventKind.NEW_HOUSEHOLD, null, householdId, null, c.since(), null, rt, null);
        Long headId = null;
        for (int i = 0; i < members.size(); i++) {
            NewMember member = members.get(i);
            LocalDate since = later(c.since(), member.details().birthDate());
            long residentId = admit(
                    member.details(),
                    member.labour(),
                    householdId,
                    rt,
                    returning.get(i),
                    LifeEventKind.MOVE_IN,
                    since,
                    null,
                    change);
            change.confirmed(residentId, forPrefix(warnings, "members[" + i + "]."));
            if (member.details().relation() == CodeLists.HEAD) {
                headId = residentId;
            }
        }
        return new Applied(c.type(), householdId, headId, false);
    }

    /**
     * Every rule a new household breaks, found with the given lookups (the registry itself, or
     * rows read in advance for many households at once); fills {@code returning} with members whose
     * NIK belongs to a former resident who comes back.
     */
    List<RuleViolation> registerFindings(
            RegisterHousehold c, Change change, RegistryLookups lookups, Map<Integer, ResidentView> returning) {
        RegistryRules rules = rules(change);
        List<RuleViolation> found = new ArrayList<>();
        requireRtInScope(c.rtCode(), "rtCode", change, found);
        kk(c.kkNumber(), null, "kkNumber", rules, found, lookups);
        RegistryRules.text(found, c.address(), "address", RegistryRules.ADDRESS_MAX, true);
        if (c.since() == null) {
            found.add(RegistryRules.required("since"));
        } else if (c.since().isAfter(change.today)) {
            found.add(RuleViolation.error("EVENT_IN_FUTURE", "since", RegistryRules.day(c.since())));
        }
        List<NewMember> members = c.members() == null ? List.of() : c.members();
        List<RegistryRules.Member> facts = new ArrayList<>();
        Set<String> niks = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            String prefix = "members[" + i + "].";
            NewMember member = members.get(i);
            ResidentDetails d = member == null ? null : member.details();
            found.addAll(rules.details(d, prefix));
            if (d == null) {
                continue;
            }
            if (member.labour() != null) {
                found.addAll(rules.labour(member.labour(), d.birthDate(), d.occupation(), prefix + "labour."));
            }
            facts.add(new RegistryRules.Member(prefix, null, d.relation(), d.birthDate(), true));
            if (d.nik() != null && !d.nik().isBlank() && !niks.add(d.nik().strip())) {
                found.add(RuleViolation.error("NIK_DUPLICATE", prefix + "nik"));
            }
            Optional<ResidentView> former = nikHolder(d.nik(), null, prefix + "nik", true, change, found, lookups);
            if (former.isPresent()) {
                returning.put(i, former.get());
                checkReturnDate(former.get(), later(c.since(), d.birthDate()), "since", found, lookups);
            }
        }
        found.addAll(rules.household(facts, "members"));
        return found;
    }

    private Applied changeHousehold(ChangeHousehold c, Change change) {
        HouseholdRow h = lockHousehold(c.householdId(), change.scope);
        expect(h, c.version());
        RegistryRules rules = rules(change);
        List<RuleViolation> found = new ArrayList<>();
        kk(c.kkNumber(), h.id(), "kkNumber", rules, found, store);
        RegistryRules.text(found, c.address(), "address", RegistryRules.ADDRESS_MAX, true);
        change.verdict(found, Set.of());
        change.touchHousehold(queries.householdOnly(h));
        store.updateHousehold(h.with(c.kkNumber().strip(), c.address().strip(), h.rtCode(), h.dissolvedOn()));
        return new Applied(c.type(), h.id(), null, false);
    }

    private Applied changeHead(ChangeHead c, Change change) {
        HouseholdRow h = lockHousehold(c.householdId(), change.scope);
        expect(h, c.version());
        List<ResidentView> living = living(h.id());
        List<RuleViolation> found = new ArrayList<>();
        ResidentView newHead =
                living.stream().filter(m -> m.id() == c.newHeadId()).findFirst().orElse(null);
        ResidentView formerHead =
                living.stream().filter(ResidentView::isHead).findFirst().orElse(null);
        if (newHead == null) {
            found.add(RuleViolation.error("NEW_HEAD_NOT_MEMBER", "newHeadId"));
        } else if (newHead.isHead()) {
            found.add(RuleViolation.error("NEW_HEAD_ALREADY_HEAD", "newHeadId"));
        }
        if (formerHead != null && newHead != null && !newHead.isHead()) {
            if (c.formerHeadRelation() == null) {
                found.add(RegistryRules.required("formerHeadRelation"));
            } else if (c.formerHeadRelation() == CodeLists.HEAD) {
                found.add(RuleViolation.error("HOUSEHOLD_TWO_HEADS", "formerHeadRelation"));
            } else {
                rules(change).code(found, CodeLists.RELATION, c.formerHeadRelation(), "formerHeadRelation", true);
            }
        }
        if (found.isEmpty()) {
            List<RegistryRules.Member> facts = new ArrayList<>();
            for (ResidentView m : living) {
                Integer relation = m == newHead
                        ? Integer.valueOf(CodeLists.HEAD)
                        : m == formerHead ? c.formerHeadRelation() : m.relation();
                facts.add(new RegistryRules.Member("", m.id(), relation, m.birthDate(), m == newHead));
            }
            found.addAll(rules(change).household(facts, "newHeadId").stream()
                    .filter(RuleViolation::isError)
                    .toList());
        }
        change.verdict(found, Set.of());
        change.touchHousehold(queries.householdOnly(h));
        if (formerHead != null) {
            change.touch(formerHead);
            store.updateResident(
                    formerHead.id(),
                    h.id(),
                    formerHead.rtCode(),
                    formerHead.lifeStatus(),
                    formerHead.details().withRelation(c.formerHeadRelation()));
        }
        change.touch(newHead);
        store.updateResident(
                newHead.id(),
                h.id(),
                newHead.rtCode(),
                newHead.lifeStatus(),
                newHead.details().withRelation(CodeLists.HEAD));
        store.updateHousehold(h);
        return new Applied(c.type(), h.id(), newHead.id(), false);
    }

    private Applied moveHousehold(MoveHousehold c, Change change) {
        HouseholdRow h = lockHousehold(c.householdId(), change.scope);
        expect(h, c.version());
        RegistryRules rules = rules(change);
        List<RuleViolation> found = new ArrayList<>();
        boolean leavesCity = c.toRtCode() == null || c.toRtCode().isBlank();
        String toRt = null;
        if (!leavesCity) {
            toRt = regions.rt(c.toRtCode().strip()).map(RegionCode::value).orElse(null);
            if (toRt == null) {
                found.add(RuleViolation.error("RT_UNKNOWN", "toRtCode", c.toRtCode()));
            } else if (toRt.equals(h.rtCode())) {
                found.add(RuleViolation.error("RT_SAME", "toRtCode", regions.place(toRt)));
            }
        }
        RegistryRules.text(found, c.address(), "address", RegistryRules.ADDRESS_MAX, false);
        RegistryRules.text(found, c.note(), "note", RegistryRules.NOTE_MAX, false);
        List<ResidentView> living = living(h.id());
        if (living.isEmpty()) {
            found.add(RuleViolation.error("HOUSEHOLD_DISSOLVED", "householdId"));
        }
        LifeEventKind kind = leavesCity ? LifeEventKind.MOVE_OUT : LifeEventKind.MOVE_WITHIN;
        LocalDate latestSince = living.stream()
                .map(m -> store.openResidenceSince(m.id()).orElse(null))
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        found.addAll(rules.eventDate(kind, c.occurredOn(), null, latestSince, "occurredOn"));
        change.verdict(found, Set.of());

        change.touchHousehold(queries.householdOnly(h));
        for (ResidentView member : living) {
            change.touch(member);
            store.closeResidence(member.id(), c.occurredOn());
            if (leavesCity) {
                store.updateResident(member.id(), h.id(), member.rtCode(), LifeStatus.MOVED_OUT, member.details());
                event(change, kind, member.id(), h.id(), null, c.occurredOn(), h.rtCode(), null, c.note());
            } else {
                store.updateResident(member.id(), h.id(), toRt, LifeStatus.ALIVE, member.details());
                store.openResidence(member.id(), h.id(), toRt, c.occurredOn());
                event(change, kind, member.id(), h.id(), h.id(), c.occurredOn(), h.rtCode(), toRt, c.note());
            }
        }
        String address = c.address() == null || c.address().isBlank()
                ? h.address()
                : c.address().strip();
        store.updateHousehold(h.with(
                h.kkNumber(), address, leavesCity ? h.rtCode() : toRt, leavesCity ? c.occurredOn() : h.dissolvedOn()));
        if (!leavesCity) {
            // the new RT's head has not seen these data yet: the arrival is on their checklist
            change.handedOver.add(h.id());
        }
        return new Applied(c.type(), h.id(), null, false);
    }

    private Applied split(SplitHousehold c, Change change) {
        HouseholdRow h = lockHousehold(c.householdId(), change.scope);
        expect(h, c.version());
        RegistryRules rules = rules(change);
        List<RuleViolation> found = new ArrayList<>();
        String rt = requireRt(c.rtCode(), "rtCode", found);
        kk(c.kkNumber(), null, "kkNumber", rules, found, store);
        RegistryRules.text(found, c.address(), "address", RegistryRules.ADDRESS_MAX, true);
        List<ResidentView> living = living(h.id());
        List<SplitMember> leaving = c.members() == null ? List.of() : c.members();
        List<RegistryRules.Member> newFacts = new ArrayList<>();
        Set<Long> leavingIds = new HashSet<>();
        LocalDate latestSince = null;
        for (int i = 0; i < leaving.size(); i++) {
            String prefix = "members[" + i + "].";
            SplitMember m = leaving.get(i);
            ResidentView member = m == null
                    ? null
                    : living.stream()
                            .filter(r -> r.id() == m.residentId())
                            .findFirst()
                            .orElse(null);
            if (member == null || !leavingIds.add(member.id())) {
                found.add(RuleViolation.error("SPLIT_NOT_MEMBER", prefix + "residentId"));
                continue;
            }
            rules.code(found, CodeLists.RELATION, m.relation(), prefix + "relation", true);
            newFacts.add(new RegistryRules.Member(prefix, member.id(), m.relation(), member.birthDate(), true));
            LocalDate since = store.openResidenceSince(member.id()).orElse(null);
            if (since != null && (latestSince == null || since.isAfter(latestSince))) {
                latestSince = since;
            }
        }
        found.addAll(rules.household(newFacts, "members"));
        List<ResidentView> staying =
                living.stream().filter(r -> !leavingIds.contains(r.id())).toList();
        ResidentView remainingHead =
                headAfterLeaving(living, leavingIds, c.remainingHeadId(), "remainingHeadId", found);
        found.addAll(rules.eventDate(LifeEventKind.HOUSEHOLD_SPLIT, c.occurredOn(), null, latestSince, "occurredOn"));
        List<RuleViolation> warnings = change.verdict(found, c.confirmedWarnings());

        long newId = store.insertHousehold(c.kkNumber().strip(), c.address().strip(), rt);
        change.createdHousehold(newId);
        change.touchHousehold(queries.householdOnly(h));
        event(change, LifeEventKind.NEW_HOUSEHOLD, null, newId, h.id(), c.occurredOn(), h.rtCode(), rt, null);
        for (int i = 0; i < leaving.size(); i++) {
            SplitMember m = leaving.get(i);
            ResidentView member = living.stream()
                    .filter(r -> r.id() == m.residentId())
                    .findFirst()
                    .orElseThrow();
            change.touch(member);
            store.closeResidence(member.id(), c.occurredOn());
            store.updateResident(
                    member.id(), newId, rt, LifeStatus.ALIVE, member.details().withRelation(m.relation()));
            store.openResidence(member.id(), newId, rt, c.occurredOn());
            event(
                    change,
                    LifeEventKind.HOUSEHOLD_SPLIT,
                    member.id(),
                    newId,
                    h.id(),
                    c.occurredOn(),
                    h.rtCode(),
                    rt,
                    null);
            change.confirmed(member.id(), forPrefix(warnings, "members[" + i + "]."));
        }
        promote(remainingHead, h, change);
        store.updateHousehold(h.with(h.kkNumber(), h.address(), h.rtCode(), staying.isEmpty() ? c.occurredOn() : null));
        return new Applied(c.type(), newId, null, false);
    }

    // ---- members

    private Applied addMember(AddMember c, Change change) {
        HouseholdRow h = lockHousehold(c.householdId(), change.scope);
        if (c.householdVersion() != h.version()) {
            throw stale(h, c.householdVersion());
        }
        RegistryRules rules = rules(change);
        List<RuleViolation> found = new ArrayList<>();
        ResidentDetails d = c.details();
        found.addAll(rules.details(d, ""));
        LifeEventKind reason = c.reason();
        LocalDate on = c.occurredOn();
        if (reason == null) {
            found.add(RegistryRules.required("reason"));
        } else if (reason != LifeEventKind.BIRTH && reason != LifeEventKind.MOVE_IN) {
            found.add(RuleViolation.error("EVENT_KIND_NOT_HERE", "reason", Labels.of("event.kind." + reason)));
        } else if (reason == LifeEventKind.BIRTH && d != null) {
            if (on != null && d.birthDate() != null && !on.equals(d.birthDate())) {
                found.add(RuleViolation.error("BIRTH_DATE_MISMATCH", "occurredOn"));
            }
            on = d.birthDate();
        } else if (d != null) {
            found.addAll(rules.eventDate(reason, on, d.birthDate(), null, "occurredOn"));
        }
        Optional<ResidentView> returning = Optional.empty();
        if (d != null) {
            if (c.labour() != null) {
                found.addAll(rules.labour(c.labour(), d.birthDate(), d.occupation(), "labour."));
            }
            List<RegistryRules.Member> facts = new ArrayList<>(facts(living(h.id())));
            facts.add(new RegistryRules.Member("", null, d.relation(), d.birthDate(), true));
            found.addAll(own(rules.household(facts, "relation")));
            returning = nikHolder(d.nik(), null, "nik", reason == LifeEventKind.MOVE_IN, change, found, store);
            if (returning.isPresent() && on != null) {
                checkReturnDate(returning.get(), on, "occurredOn", found, store);
            }
        }
        List<RuleViolation> warnings = change.verdict(found, c.confirmedWarnings());

        change.touchHousehold(queries.householdOnly(h));
        long residentId = admit(d, c.labour(), h.id(), h.rtCode(), returning.orElse(null), reason, on, null, change);
        change.confirmed(residentId, warnings);
        store.updateHousehold(h.with(h.kkNumber(), h.address(), h.rtCode(), null));
        return new Applied(c.type(), h.id(), residentId, false);
    }

    private Applied changeResident(ChangeResident c, Change change) {
        Locked locked = lockResident(c.residentId(), change);
        ResidentView r = locked.resident();
        expect(r, c.version());
        RegistryRules rules = rules(change);
        ResidentDetails d = c.details();
        List<RuleViolation> found = new ArrayList<>(rules.details(d, ""));
        if (d != null) {
            boolean familyChanged =
                    !Objects.equals(d.relation(), r.relation()) || !Objects.equals(d.birthDate(), r.birthDate());
            if (r.lifeStatus() == LifeStatus.ALIVE && familyChanged) {
                List<RegistryRules.Member> facts = new ArrayList<>();
                for (ResidentView m : living(r.householdId())) {
                    facts.add(
                            m.id() == r.id()
                                    ? new RegistryRules.Member("", m.id(), d.relation(), d.birthDate(), true)
                                    : new RegistryRules.Member("other.", m.id(), m.relation(), m.birthDate(), false));
                }
                found.addAll(own(rules.household(facts, "relation")));
            }
            if (d.nik() != null && !d.nik().isBlank() && !d.nik().strip().equals(r.nik())) {
                nikHolder(d.nik(), r.id(), "nik", false, change, found, store);
            }
            if (r.labour().answered() && r.lifeStatus() == LifeStatus.ALIVE && d.birthDate() != null) {
                if (RegistryRules.age(d.birthDate(), r.labour().referenceDate()) < RegistryRules.LABOUR_MIN_AGE) {
                    found.add(RuleViolation.error(
                            "LABOUR_UNDER_15",
                            "birthDate",
                            Math.max(
                                    0,
                                    RegistryRules.age(d.birthDate(), r.labour().referenceDate())),
                            RegistryRules.LABOUR_MIN_AGE));
                }
                if (r.labour().status() == LabourStatus.UNEMPLOYED
                        && RegistryRules.occupationMeansWork(d.occupation())
                        && !Objects.equals(d.occupation(), r.occupation())) {
                    found.add(RuleViolation.warning(
                            "LABOUR_OCCUPATION_MISMATCH",
                            "occupation",
                            codes.label(CodeLists.OCCUPATION, d.occupation()),
                            Labels.of("labour.activity." + r.labour().activity())));
                }
            }
        }
        List<RuleViolation> warnings = change.verdict(found, c.confirmedWarnings());
        change.touch(r);
        store.updateResident(r.id(), r.householdId(), r.rtCode(), r.lifeStatus(), d);
        change.confirmed(r.id(), warnings);
        return new Applied(c.type(), r.householdId(), r.id(), false);
    }

    private Applied answerLabour(AnswerLabourBlock c, Change change) {
        Locked locked = lockResident(c.residentId(), change);
        ResidentView r = locked.resident();
        expect(r, c.version());
        List<RuleViolation> found = new ArrayList<>();
        if (r.lifeStatus() != LifeStatus.ALIVE) {
            found.add(RuleViolation.error(
                    "RESIDENT_NOT_LIVING", "residentId", Labels.of("life.status." + r.lifeStatus())));
        }
        found.addAll(rules(change).labour(c.answer(), r.birthDate(), r.occupation(), ""));
        List<RuleViolation> warnings = change.verdict(found, c.confirmedWarnings());
        change.touch(r);
        store.updateLabour(r.id(), c.answer());
        change.confirmed(r.id(), warnings);
        return new Applied(c.type(), r.householdId(), r.id(), false);
    }

    private Applied confirmWarning(ConfirmWarning c, Change change) {
        Locked locked = lockResident(c.residentId(), change);
        List<RuleViolation> found = new ArrayList<>();
        if (c.code() == null || !RegistryRules.CONFIRMABLE.contains(c.code())) {
            found.add(RuleViolation.error("WARNING_NOT_CONFIRMABLE", "code", String.valueOf(c.code())));
        }
        change.verdict(found, Set.of());
        change.confirmations
                .computeIfAbsent(locked.resident().id(), k -> new java.util.LinkedHashSet<>())
                .add(c.code());
        return new Applied(
                c.type(), locked.resident().householdId(), locked.resident().id(), false);
    }

    // ---- life events

    private Applied recordEvent(RecordLifeEvent c, Change change) {
        LifeEventKind kind = c.kind();
        List<RuleViolation> found = new ArrayList<>();
        if (kind == null) {
            found.add(RegistryRules.required("kind"));
            change.verdict(found, Set.of());
        }
        if (!LEAVING.contains(kind) && kind != LifeEventKind.RETURN) {
            found.add(RuleViolation.error("EVENT_KIND_NOT_HERE", "kind", Labels.of("event.kind." + kind)));
            change.verdict(found, Set.of());
        }
        RegistryRules rules = rules(change);
        // a move to another KK locks both households, in the order of their ids
        Long targetId = null;
        boolean hasTarget = c.toKkNumber() != null && !c.toKkNumber().isBlank();
        if (kind == LifeEventKind.MOVE_WITHIN || (kind == LifeEventKind.RETURN && hasTarget)) {
            if (!hasTarget) {
                found.add(RegistryRules.required("toKkNumber"));
            } else {
                found.addAll(rules.kkNumber(c.toKkNumber(), "toKkNumber"));
                if (found.isEmpty()) {
                    targetId = store.householdIdByKk(c.toKkNumber().strip()).orElse(null);
                    if (targetId == null) {
                        found.add(RuleViolation.error("KK_NOT_FOUND", "toKkNumber"));
                    }
                }
            }
        }
        Locked locked = lockResident(c.residentId(), change, targetId);
        ResidentView r = locked.resident();
        expect(r, c.version());
        HouseholdRow source = locked.household();
        HouseholdRow target = targetId == null
                ? null
                : store.lockHousehold(targetId, AreaScope.everything()).orElseThrow();
        LifeStatus next = r.lifeStatus().after(kind);
        RegistryRules.text(found, c.note(), "note", RegistryRules.NOTE_MAX, false);

        ResidentView newHead = null;
        Integer relation = c.relation() == null ? r.relation() : c.relation();
        if (r.lifeStatus() == LifeStatus.ALIVE && LEAVING.contains(kind)) {
            LocalDate since = store.openResidenceSince(r.id()).orElse(null);
            found.addAll(rules.eventDate(kind, c.occurredOn(), r.birthDate(), since, "occurredOn"));
            if (r.isHead()) {
                newHead = headAfterLeaving(living(source.id()), Set.of(r.id()), c.newHeadId(), "newHeadId", found);
            }
        } else if (kind == LifeEventKind.DEATH) {
            LocalDate end = store.lastResidenceEnd(r.id()).orElse(null);
            found.addAll(rules.eventDate(kind, c.occurredOn(), r.birthDate(), null, "occurredOn"));
            if (end != null && c.occurredOn() != null && c.occurredOn().isBefore(end)) {
                found.add(RuleViolation.error("EVENT_BEFORE_RESIDENCE", "occurredOn", RegistryRules.day(end)));
            }
        } else if (kind == LifeEventKind.RETURN) {
            found.addAll(rules.eventDate(kind, c.occurredOn(), r.birthDate(), null, "occurredOn"));
            if (c.occurredOn() != null) {
                checkReturnDate(r, c.occurredOn(), "occurredOn", found, store);
            }
            if (r.nik() != null) {
                nikHolder(r.nik(), r.id(), "nik", false, change, found, store);
            }
        }
        HouseholdRow destination = target != null ? target : source;
        if (kind == LifeEventKind.MOVE_WITHIN || kind == LifeEventKind.RETURN) {
            if (kind == LifeEventKind.MOVE_WITHIN && c.relation() == null) {
                found.add(RegistryRules.required("relation"));
            } else {
                rules.code(found, CodeLists.RELATION, relation, "relation", true);
            }
            if (kind == LifeEventKind.MOVE_WITHIN && target != null && target.id() == source.id()) {
                found.add(RuleViolation.error("MOVE_SAME_HOUSEHOLD", "toKkNumber"));
            } else if (relation != null) {
                List<RegistryRules.Member> facts = new ArrayList<>();
                for (ResidentView m : living(destination.id())) {
                    if (m.id() != r.id()) {
                        facts.add(new RegistryRules.Member("other.", m.id(), m.relation(), m.birthDate(), false));
                    }
                }
                facts.add(new RegistryRules.Member("", r.id(), relation, r.birthDate(), true));
                found.addAll(own(rules.household(facts, "relation")));
            }
        }
        List<RuleViolation> warnings = change.verdict(found, c.confirmedWarnings());

        LocalDate on = c.occurredOn();
        change.touch(r);
        if (LEAVING.contains(kind) && r.lifeStatus() == LifeStatus.ALIVE) {
            change.touchHousehold(queries.householdOnly(source));
            store.closeResidence(r.id(), on);
            if (kind == LifeEventKind.MOVE_WITHIN) {
                change.touchHousehold(queries.householdOnly(destination));
                store.updateResident(
                        r.id(),
                        destination.id(),
                        destination.rtCode(),
                        next,
                        r.details().withRelation(relation));
                store.openResidence(r.id(), destination.id(), destination.rtCode(), on);
                event(
                        change,
                        kind,
                        r.id(),
                        destination.id(),
                        source.id(),
                        on,
                        source.rtCode(),
                        destination.rtCode(),
                        c.note());
                store.updateHousehold(
                        destination.with(destination.kkNumber(), destination.address(), destination.rtCode(), null));
            } else {
                store.updateResident(r.id(), source.id(), r.rtCode(), next, r.details());
                event(change, kind, r.id(), source.id(), null, on, source.rtCode(), null, c.note());
            }
            promote(newHead, source, change);
            boolean empty = store.livingMembers(source.id()) == 0;
            store.updateHousehold(source.with(source.kkNumber(), source.address(), source.rtCode(), empty ? on : null));
        } else if (kind == LifeEventKind.DEATH) {
            store.updateResident(r.id(), r.householdId(), r.rtCode(), next, r.details());
            event(change, kind, r.id(), r.householdId(), null, on, null, null, c.note());
        } else {
            change.touchHousehold(queries.householdOnly(destination));
            if (destination.id() != source.id()) {
                change.touchHousehold(queries.householdOnly(source));
            }
            store.updateResident(
                    r.id(),
                    destination.id(),
                    destination.rtCode(),
                    next,
                    r.details().withRelation(relation));
            store.openResidence(r.id(), destination.id(), destination.rtCode(), on);
            event(
                    change,
                    kind,
                    r.id(),
                    destination.id(),
                    source.id() == destination.id() ? null : source.id(),
                    on,
                    null,
                    destination.rtCode(),
                    c.note());
            store.updateHousehold(
                    destination.with(destination.kkNumber(), destination.address(), destination.rtCode(), null));
        }
        change.confirmed(r.id(), warnings);
        return new Applied(c.type(), r.householdId(), r.id(), false);
    }

    // ---- shared steps

    /**
     * Writes a member entering a household: a new resident, or one who once moved out or went
     * missing and comes back with the same NIK (one record per person, history kept).
     */
    private long admit(
            ResidentDetails d,
            LabourAnswer labour,
            long householdId,
            String rt,
            ResidentView returning,
            LifeEventKind kind,
            LocalDate on,
            Long fromHouseholdId,
            Change change) {
        long residentId;
        if (returning != null) {
            residentId = returning.id();
            change.touch(returning);
            store.updateResident(residentId, householdId, rt, LifeStatus.ALIVE, d);
            if (labour != null) {
                store.updateLabour(residentId, labour);
            }
        } else {
            residentId = store.insertResident(householdId, rt, d, labour);
            change.created(residentId);
        }
        store.openResidence(residentId, householdId, rt, on);
        event(change, kind, residentId, householdId, fromHouseholdId, on, null, rt, null);
        return residentId;
    }

    /** The member who heads a household after others leave it, or null when no new head is needed. */
    private ResidentView headAfterLeaving(
            List<ResidentView> living, Set<Long> leaving, Long chosenId, String field, List<RuleViolation> found) {
        boolean headLeaves = living.stream().anyMatch(m -> m.isHead() && leaving.contains(m.id()));
        List<ResidentView> staying =
                living.stream().filter(m -> !leaving.contains(m.id())).toList();
        if (!headLeaves || staying.isEmpty()) {
            return null;
        }
        if (chosenId == null) {
            found.add(RuleViolation.error("HOUSEHOLD_NEEDS_NEW_HEAD", field));
            return null;
        }
        ResidentView chosen =
                staying.stream().filter(m -> m.id() == chosenId).findFirst().orElse(null);
        if (chosen == null) {
            found.add(RuleViolation.error("NEW_HEAD_NOT_MEMBER", field));
        }
        return chosen;
    }

    private void promote(ResidentView newHead, HouseholdRow household, Change change) {
        if (newHead == null) {
            return;
        }
        // called once the leaving head is written: the one-head index allows no moment with two
        change.touch(newHead);
        store.updateResident(
                newHead.id(),
                household.id(),
                newHead.rtCode(),
                newHead.lifeStatus(),
                newHead.details().withRelation(CodeLists.HEAD));
    }

    /**
     * Who holds a NIK entering the registry. A living holder (other than {@code selfId}) or a dead
     * one is an error; a holder who moved out or is missing may come back when {@code allowReturn}.
     */
    private Optional<ResidentView> nikHolder(
            String nik,
            Long selfId,
            String field,
            boolean allowReturn,
            Change change,
            List<RuleViolation> found,
            RegistryLookups lookups) {
        if (nik == null
                || nik.isBlank()
                || !Nik.read(nik, change.today, regions).valid()) {
            return Optional.empty();
        }
        String value = nik.strip();
        Optional<ResidentView> living = lookups.livingByNik(value);
        if (living.isPresent() && !Objects.equals(living.get().id(), selfId)) {
            found.add(RuleViolation.error("NIK_TAKEN", field, holder(living.get())));
            return Optional.empty();
        }
        Optional<ResidentView> former = lookups.formerByNik(value);
        if (former.isEmpty() || Objects.equals(former.get().id(), selfId)) {
            return Optional.empty();
        }
        ResidentView other = former.get();
        if (other.lifeStatus() == LifeStatus.DEAD) {
            found.add(RuleViolation.error("NIK_OF_DEAD", field, holder(other)));
            return Optional.empty();
        }
        if (!allowReturn) {
            found.add(RuleViolation.error(
                    "NIK_OF_FORMER_RESIDENT", field, holder(other), Labels.of("life.status." + other.lifeStatus())));
            return Optional.empty();
        }
        return Optional.of(other);
    }

    private void checkReturnDate(
            ResidentView former, LocalDate on, String field, List<RuleViolation> found, RegistryLookups lookups) {
        lookups.lastResidenceEnd(former.id()).ifPresent(end -> {
            if (on != null && on.isBefore(end)) {
                found.add(RuleViolation.error("EVENT_BEFORE_RESIDENCE", field, RegistryRules.day(end)));
            }
        });
    }

    /** The holder of a NIK as a message may name them: with the name only where the acting user may see it. */
    private Object holder(ResidentView other) {
        String place = regions.place(other.rtCode());
        boolean visible =
                RegionCode.tryParse(other.rtCode()).map(access::reveals).orElse(false);
        return visible ? Labels.of("nik.holder.named", other.name(), place) : Labels.of("nik.holder.unnamed", place);
    }

    private void kk(
            String kkNumber,
            Long selfId,
            String field,
            RegistryRules rules,
            List<RuleViolation> found,
            RegistryLookups lookups) {
        List<RuleViolation> defects = rules.kkNumber(kkNumber, field);
        found.addAll(defects);
        if (defects.isEmpty() && lookups.kkTaken(kkNumber.strip(), selfId)) {
            found.add(RuleViolation.error("KK_TAKEN", field));
        }
    }

    private String requireRt(String rtCode, String field, List<RuleViolation> found) {
        if (rtCode == null || rtCode.isBlank()) {
            found.add(RegistryRules.required(field));
            return null;
        }
        Optional<RegionCode> rt = regions.rt(rtCode.strip());
        if (rt.isEmpty()) {
            found.add(RuleViolation.error("RT_UNKNOWN", field, rtCode.strip()));
            return null;
        }
        return rt.get().value();
    }

    /** An RT where the acting user may register a household: outside their scope it does not exist for them. */
    private String requireRtInScope(String rtCode, String field, Change change, List<RuleViolation> found) {
        String rt = requireRt(rtCode, field, found);
        if (rt != null && !change.scope.covers(RegionCode.of(rt))) {
            throw new NotFoundException("error.region.not-found", rt);
        }
        return rt;
    }

    private HouseholdRow lockHousehold(long id, AreaScope scope) {
        return store.lockHousehold(id, scope).orElseThrow(() -> new NotFoundException("error.household.not-found", id));
    }

    /** Locks a resident's household, then the resident; retries if they moved in between. */
    private Locked lockResident(long residentId, Change change) {
        return lockResident(residentId, change, null);
    }

    /**
     * Locks a resident's household (and another household the command will change, both in the
     * order of their ids, so two moves in opposite directions never wait on each other), then the
     * resident; retries if the resident changed household in between.
     */
    private Locked lockResident(long residentId, Change change, Long otherHousehold) {
        for (int attempt = 0; attempt < 3; attempt++) {
            long householdId = store.householdOf(residentId, change.scope)
                    .orElseThrow(() -> new NotFoundException("error.resident.not-found", residentId));
            java.util.TreeSet<Long> order = new java.util.TreeSet<>();
            order.add(householdId);
            if (otherHousehold != null) {
                order.add(otherHousehold);
            }
            HouseholdRow household = null;
            for (long id : order) {
                HouseholdRow locked =
                        store.lockHousehold(id, AreaScope.everything()).orElseThrow();
                if (id == householdId) {
                    household = locked;
                }
            }
            ResidentView resident = store.lockResident(residentId).orElseThrow();
            if (resident.householdId() == householdId) {
                return new Locked(household, resident);
            }
        }
        throw new IllegalStateException("resident " + residentId + " keeps changing household");
    }

    private void expect(HouseholdRow h, int version) {
        if (h.version() != version) {
            throw stale(h, version);
        }
    }

    private StaleVersionException stale(HouseholdRow h, int version) {
        return new StaleVersionException("household", h.id(), version, h.version(), queries.householdView(h.id()));
    }

    private void expect(ResidentView r, int version) {
        if (r.version() != version) {
            throw new StaleVersionException("resident", r.id(), version, r.version(), r);
        }
    }

    private List<ResidentView> living(long householdId) {
        return store.members(householdId).stream()
                .filter(m -> m.lifeStatus() == LifeStatus.ALIVE)
                .toList();
    }

    private static List<RegistryRules.Member> facts(List<ResidentView> members) {
        return members.stream()
                .map(m -> new RegistryRules.Member("other.", m.id(), m.relation(), m.birthDate(), false))
                .toList();
    }

    /** Errors, and the warnings about the member this command is about (not old ones about the others). */
    private static List<RuleViolation> own(List<RuleViolation> found) {
        return found.stream()
                .filter(v -> v.isError() || !v.field().startsWith("other."))
                .toList();
    }

    private static List<RuleViolation> forPrefix(List<RuleViolation> warnings, String prefix) {
        return warnings.stream().filter(w -> w.field().startsWith(prefix)).toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private void event(
            Change change,
            LifeEventKind kind,
            Long residentId,
            Long householdId,
            Long fromHouseholdId,
            LocalDate on,
            String fromRt,
            String toRt,
            String note) {
        long id = store.insertEvent(
                kind, residentId, householdId, fromHouseholdId, on, fromRt, toRt, note, change.user, change.key);
        change.lifeEvents.add(new LifeEventRecorded(id, kind, residentId, householdId, on, fromRt, toRt));
    }

    record Locked(HouseholdRow household, ResidentView resident) {}
}
