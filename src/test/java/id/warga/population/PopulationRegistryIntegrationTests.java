package id.warga.population;

import static id.warga.population.RegistryFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.population.RegistryCommand.AddMember;
import id.warga.population.RegistryCommand.AnswerLabourBlock;
import id.warga.population.RegistryCommand.ChangeHead;
import id.warga.population.RegistryCommand.ChangeResident;
import id.warga.population.RegistryCommand.ConfirmWarning;
import id.warga.population.RegistryCommand.MoveHousehold;
import id.warga.population.RegistryCommand.RecordLifeEvent;
import id.warga.population.RegistryCommand.SplitHousehold;
import id.warga.population.RegistryCommand.SplitMember;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@RecordApplicationEvents
class PopulationRegistryIntegrationTests {

    static final String RT = "36.72.04.1003.901.001";
    static final String OTHER_RT = "36.72.04.1003.901.002";
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    RegistryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RegistryFixtures(registry, directory, units, regions);
        fixtures.rt(RT);
        fixtures.rt(OTHER_RT);
    }

    Applied apply(RegistryCommand command) {
        return fixtures.as("admin", () -> registry.apply(command));
    }

    HouseholdView card(long id) {
        return fixtures.as("admin", () -> directory.household(id));
    }

    List<ResidentProfileChanged> profileChanges(long residentId) {
        return events.stream(ResidentProfileChanged.class)
                .filter(e -> e.residentId() == residentId)
                .toList();
    }

    @Test
    void registersAHouseholdWithItsMembersAndPublishesANewProfileForEach() {
        HouseholdView family = fixtures.familyIn(RT);

        assertThat(family.members()).hasSize(3);
        assertThat(family.head().name()).isEqualTo("BUDI SANTOSO");
        assertThat(family.rtCode()).isEqualTo(RT);
        for (ResidentView member : family.members()) {
            List<ResidentProfileChanged> changes = profileChanges(member.id());
            assertThat(changes).hasSize(1);
            assertThat(changes.get(0).before()).isNull();
            assertThat(changes.get(0).after().rtCode()).isEqualTo(RT);
        }
        assertThat(events.stream(LifeEventRecorded.class).map(LifeEventRecorded::kind))
                .contains(LifeEventKind.NEW_HOUSEHOLD, LifeEventKind.MOVE_IN);
    }

    @Test
    void addsANewbornWithoutNikAndCountsThemFromTheirBirthDate() {
        HouseholdView family = fixtures.familyIn(RT);
        LocalDate born = TODAY.minusDays(5);
        ResidentDetails baby = new ResidentDetails(
                null, "PUTRI AYU", Sex.FEMALE, "CILEGON", born, 1, 1, 1, 1, CodeLists.CHILD, 1, null);

        Applied applied =
                apply(new AddMember(family.id(), family.version(), LifeEventKind.BIRTH, null, baby, null, Set.of()));

        HouseholdView after = card(family.id());
        assertThat(after.members()).extracting(ResidentView::name).contains("PUTRI AYU");
        assertThat(after.version()).isEqualTo(family.version() + 1);
        ResidentProfileChanged change = profileChanges(applied.residentId()).get(0);
        assertThat(change.before()).isNull();
        assertThat(change.after().birthDate()).isEqualTo(born);
        ResidentHistory history = fixtures.as("admin", () -> directory.history(applied.residentId(), born));
        assertThat(history.residences())
                .singleElement()
                .satisfies(p -> assertThat(p.validFrom()).isEqualTo(born));
        assertThat(history.events()).extracting(LifeEventView::kind).containsExactly(LifeEventKind.BIRTH);
        assertThat(history.stateOn().lifeStatus()).isEqualTo(LifeStatus.ALIVE);
    }

    @Test
    void recordsThatAnAdultFoundWorkAndPublishesTheNewLabourAnswer() {
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView mother = fixtures.member(family, "SITI AMINAH");

        apply(new AnswerLabourBlock(
                mother.id(),
                mother.version(),
                new LabourAnswer(LabourActivity.WORKED, TODAY, 40, 4, "menjahit"),
                Set.of()));

        ResidentView after = fixtures.as("admin", () -> directory.resident(mother.id()));
        assertThat(after.labour().status()).isEqualTo(LabourStatus.EMPLOYED);
        assertThat(after.labour().hoursWorked()).isEqualTo(40);
        assertThat(after.labour().current()).isTrue();
        ResidentProfileChanged change = profileChanges(mother.id()).get(1);
        assertThat(change.before().labourActivity()).isEqualTo(LabourActivity.LOOKING_FOR_WORK);
        assertThat(change.after().labourActivity()).isEqualTo(LabourActivity.WORKED);
    }

    @Test
    void doesNotPublishAProfileChangeForANameCorrection() {
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
        ResidentDetails d = child.details();

        apply(new ChangeResident(
                child.id(),
                child.version(),
                new ResidentDetails(
                        d.nik(),
                        "RIZKI PRATAMA",
                        d.sex(),
                        d.birthPlace(),
                        d.birthDate(),
                        d.religion(),
                        d.maritalStatus(),
                        d.education(),
                        d.occupation(),
                        d.relation(),
                        d.citizenship(),
                        d.phone()),
                Set.of()));

        assertThat(profileChanges(child.id())).hasSize(1);
        assertThat(card(family.id()).members()).extracting(ResidentView::name).contains("RIZKI PRATAMA");
    }

    @Test
    void keepsTheResidenceHistoryWhenAResidentMovesToAKkInAnotherRt() {
        HouseholdView family = fixtures.familyIn(RT);
        HouseholdView other =
                fixtures.singleIn(OTHER_RT, "AHMAD FAUZI", Sex.MALE, TODAY.minusYears(60), LabourActivity.OTHER);
        ResidentView mother = fixtures.member(family, "SITI AMINAH");
        LocalDate moved = TODAY.minusDays(10);

        apply(new RecordLifeEvent(
                mother.id(),
                mother.version(),
                LifeEventKind.MOVE_WITHIN,
                moved,
                other.kkNumber(),
                9,
                null,
                null,
                Set.of()));

        ResidentHistory history = fixtures.as("admin", () -> directory.history(mother.id(), moved.minusDays(1)));
        assertThat(history.residences()).hasSize(2);
        assertThat(history.residences().get(0).rtCode()).isEqualTo(RT);
        assertThat(history.residences().get(0).validTo()).isEqualTo(moved);
        assertThat(history.residences().get(1).rtCode()).isEqualTo(OTHER_RT);
        assertThat(history.stateOn().rtCode()).isEqualTo(RT);
        assertThat(ResidentHistory.derive(history.residences(), history.events(), moved)
                        .rtCode())
                .isEqualTo(OTHER_RT);
        ResidentProfileChanged change = profileChanges(mother.id()).get(1);
        assertThat(change.before().rtCode()).isEqualTo(RT);
        assertThat(change.after().rtCode()).isEqualTo(OTHER_RT);
        assertThat(card(other.id()).members()).extracting(ResidentView::name).contains("SITI AMINAH");
    }

    @Test
    void answersWhoLivedInTheRtOnAPastDate() {
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
        LocalDate left = TODAY.minusDays(20);
        apply(new RecordLifeEvent(
                child.id(), child.version(), LifeEventKind.MOVE_OUT, left, null, null, null, "kuliah", Set.of()));

        Listing<ResidentSummary> before = fixtures.as(
                "admin",
                () -> directory.residents(
                        new PopulationDirectory.ResidentQuery(RT, family.kkNumber(), null, left.minusDays(1), 0, 100)));
        Listing<ResidentSummary> after = fixtures.as(
                "admin",
                () -> directory.residents(
                        new PopulationDirectory.ResidentQuery(RT, family.kkNumber(), null, left, 0, 100)));

        assertThat(before.items()).extracting(ResidentSummary::id).contains(child.id());
        assertThat(after.items()).extracting(ResidentSummary::id).doesNotContain(child.id());
        assertThat(after.items())
                .extracting(ResidentSummary::id)
                .contains(fixtures.member(family, "BUDI SANTOSO").id());
        assertThat(profileChanges(child.id()).get(1).after()).isNull();
    }

    @Test
    void passesHeadshipOnWhenTheHeadDiesAndDissolvesAHouseholdWhenTheLastMemberLeaves() {
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView father = fixtures.member(family, "BUDI SANTOSO");
        ResidentView mother = fixtures.member(family, "SITI AMINAH");

        apply(new RecordLifeEvent(
                father.id(),
                father.version(),
                LifeEventKind.DEATH,
                TODAY.minusDays(2),
                null,
                null,
                mother.id(),
                null,
                Set.of()));

        HouseholdView after = card(family.id());
        assertThat(after.head().id()).isEqualTo(mother.id());
        assertThat(after.formerMembers()).extracting(ResidentView::lifeStatus).containsExactly(LifeStatus.DEAD);
        assertThat(profileChanges(father.id()).get(1).after()).isNull();

        HouseholdView single =
                fixtures.singleIn(RT, "SLAMET RIYADI", Sex.MALE, TODAY.minusYears(70), LabourActivity.OTHER);
        ResidentView slamet = single.members().get(0);
        apply(new RecordLifeEvent(
                slamet.id(), slamet.version(), LifeEventKind.MOVE_OUT, TODAY, null, null, null, null, Set.of()));
        assertThat(card(single.id()).dissolvedOn()).isEqualTo(TODAY);
    }

    @Test
    void bringsBackAMissingResidentWithTheirHistory() {
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
        apply(new RecordLifeEvent(
                child.id(),
                child.version(),
                LifeEventKind.MISSING,
                TODAY.minusDays(30),
                null,
                null,
                null,
                null,
                Set.of()));
        ResidentView missing = fixtures.as("admin", () -> directory.resident(child.id()));

        apply(new RecordLifeEvent(
                child.id(),
                missing.version(),
                LifeEventKind.RETURN,
                TODAY.minusDays(3),
                null,
                null,
                null,
                null,
                Set.of()));

        ResidentHistory history = fixtures.as("admin", () -> directory.history(child.id(), TODAY.minusDays(10)));
        assertThat(history.stateOn().lifeStatus()).isEqualTo(LifeStatus.MISSING);
        assertThat(history.residences()).hasSize(2);
        List<ResidentProfileChanged> changes = profileChanges(child.id());
        assertThat(changes.get(1).after()).isNull();
        assertThat(changes.get(2).before()).isNull();
        assertThat(changes.get(2).after().rtCode()).isEqualTo(RT);
    }

    @Test
    void movesAWholeHouseholdToAnotherRtAndKeepsTheTalliesExact() {
        HouseholdView family = fixtures.familyIn(RT);

        apply(new MoveHousehold(family.id(), family.version(), OTHER_RT, "JL. MELATI 3", TODAY.minusDays(1), null));

        HouseholdView after = card(family.id());
        assertThat(after.rtCode()).isEqualTo(OTHER_RT);
        assertThat(after.address()).isEqualTo("JL. MELATI 3");
        assertThat(after.members()).allSatisfy(m -> assertThat(m.rtCode()).isEqualTo(OTHER_RT));
        assertTalliesMatchARecount(RT, OTHER_RT);
    }

    @Test
    void aHouseholdThatMovesWithinTheCityAwaitsTheCheckOfItsNewRtWhichSeesWhereItCameFrom() {
        HouseholdView family = fixtures.familyIn(RT);
        HouseholdView stays = fixtures.familyIn(OTHER_RT);
        fixtures.as("admin", () -> registry.confirmChecked(family.id()));
        HouseholdView checked = card(family.id());
        assertThat(checked.checkedOn()).isEqualTo(TODAY);
        apply(new MoveHousehold(checked.id(), checked.version(), OTHER_RT, null, TODAY.minusDays(1), null));

        assertThat(card(family.id()).checkedOn())
                .as("checked by the RT it left, not yet by the one it joined")
                .isNull();
        java.util.Map<Long, PopulationDirectory.Arrival> arrivals =
                fixtures.as("admin", () -> directory.arrivalsToCheck(OTHER_RT, List.of(family.id(), stays.id())));
        assertThat(arrivals).containsOnlyKeys(family.id());
        assertThat(arrivals.get(family.id())).satisfies(a -> {
            assertThat(a.fromRtCode()).isEqualTo(RT);
            assertThat(a.fromPlace()).isEqualTo(directory.placeName(RT));
            assertThat(a.on()).isEqualTo(TODAY.minusDays(1));
        });
        assertThat(fixtures.as("rt", () -> directory.arrivalsToCheck(OTHER_RT, List.of(family.id()))))
                .as("outside the RT head's area")
                .isEmpty();
        assertThat(fixtures.as("admin", () -> directory.arrivalsToCheck(RT, List.of(family.id()))))
                .as("the RT it left has no arrival")
                .isEmpty();

        fixtures.as("admin", () -> registry.confirmChecked(family.id()));
        assertThat(fixtures.as("admin", () -> directory.arrivalsToCheck(OTHER_RT, List.of(family.id()))))
                .as("checked by the new RT: handed over")
                .isEmpty();
    }

    @Test
    void keepsAFormerMemberWithTheRtTheyLivedInWhenTheHouseholdMovesOn() {
        // the demo account rw keeps RW 36.72.01.1002.001; lurah the whole kelurahan
        String before = fixtures.rt("36.72.01.1002.002.951");
        String after = fixtures.rt("36.72.01.1002.001.951");
        HouseholdView family = fixtures.as("admin", () -> fixtures.familyIn(before));
        ResidentView father = fixtures.member(family, "BUDI SANTOSO");
        ResidentView mother = fixtures.member(family, "SITI AMINAH");
        apply(new RecordLifeEvent(
                father.id(),
                father.version(),
                LifeEventKind.DEATH,
                TODAY.minusDays(20),
                null,
                null,
                mother.id(),
                null,
                Set.of()));
        HouseholdView widowed = card(family.id());
        apply(new MoveHousehold(widowed.id(), widowed.version(), after, "JL. MAWAR 9", TODAY.minusDays(1), null));

        HouseholdView seenByRw = fixtures.as("rw", () -> directory.household(family.id()));
        assertThat(seenByRw.members()).extracting(ResidentView::name).contains("SITI AMINAH");
        assertThat(seenByRw.formerMembers()).as("died in an RT outside the RW").isEmpty();
        assertThatThrownBy(() -> fixtures.as("rw", () -> directory.resident(father.id())))
                .isInstanceOf(NotFoundException.class);

        HouseholdView seenByLurah = fixtures.as("lurah", () -> directory.household(family.id()));
        assertThat(seenByLurah.formerMembers()).extracting(ResidentView::id).containsExactly(father.id());
        assertThat(fixtures.as("lurah", () -> directory.resident(father.id())).lifeStatus())
                .isEqualTo(LifeStatus.DEAD);
    }

    @Test
    void splitsAKkAndHandsTheOldOneToANewHead() {
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView father = fixtures.member(family, "BUDI SANTOSO");
        ResidentView mother = fixtures.member(family, "SITI AMINAH");
        ResidentView child = fixtures.member(family, "RIZKY PRATAMA");

        Applied applied = apply(new SplitHousehold(
                family.id(),
                family.version(),
                RegistryFixtures.kkNumber(),
                "JL. KENANGA 1",
                OTHER_RT,
                TODAY.minusDays(1),
                List.of(new SplitMember(father.id(), CodeLists.HEAD)),
                mother.id(),
                Set.of()));

        HouseholdView created = card(applied.householdId());
        HouseholdView old = card(family.id());
        assertThat(created.head().id()).isEqualTo(father.id());
        assertThat(old.head().id()).isEqualTo(mother.id());
        assertThat(old.members()).extracting(ResidentView::id).containsExactlyInAnyOrder(mother.id(), child.id());
        assertTalliesMatchARecount(RT, OTHER_RT);
    }

    @Test
    void changesTheHeadAndGivesTheFormerHeadANewRelation() {
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView mother = fixtures.member(family, "SITI AMINAH");

        apply(new ChangeHead(family.id(), family.version(), mother.id(), CodeLists.HUSBAND));

        HouseholdView after = card(family.id());
        assertThat(after.head().id()).isEqualTo(mother.id());
        assertThat(fixtures.member(after, "BUDI SANTOSO").relation()).isEqualTo(CodeLists.HUSBAND);
    }

    @Test
    void appliesACommandSentTwiceUnderTheSameKeyOnce() {
        HouseholdView family = fixtures.familyIn(RT);
        UUID key = UUID.randomUUID();
        ResidentDetails baby = new ResidentDetails(
                null, "BAYU AJI", Sex.MALE, null, TODAY.minusDays(1), 1, 1, 1, 1, CodeLists.CHILD, 1, null);
        AddMember command =
                new AddMember(family.id(), family.version(), LifeEventKind.BIRTH, null, baby, null, Set.of());

        Applied first = fixtures.as("admin", () -> registry.apply(command, key));
        Applied second = fixtures.as("admin", () -> registry.apply(command, key));

        assertThat(second.replayed()).isTrue();
        assertThat(second.residentId()).isEqualTo(first.residentId());
        assertThat(card(family.id()).members())
                .filteredOn(m -> m.name().equals("BAYU AJI"))
                .hasSize(1);
    }

    @Test
    void registersAKkNumberOnceWhenTwoRequestsRace() throws Exception {
        String kk = RegistryFixtures.kkNumber();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String name = i == 0 ? "ANDI WIJAYA" : "JOKO WIJAYA";
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    fixtures.as(
                            "admin",
                            () -> registry.apply(new RegistryCommand.RegisterHousehold(
                                    kk,
                                    "JL. DAHLIA 1",
                                    RT,
                                    TODAY.minusYears(1),
                                    List.of(new RegistryCommand.NewMember(
                                            person(name, Sex.MALE, TODAY.minusYears(30), CodeLists.HEAD), null)),
                                    Set.of())));
                    return "applied";
                } catch (RuleViolationsException e) {
                    return e.errors().get(0).code();
                }
            }));
        }
        start.countDown();
        List<String> results = new java.util.ArrayList<>();
        for (var outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).containsExactlyInAnyOrder("applied", "KK_TAKEN");
    }

    @Test
    void serialisesEveryCommandToJsonAndBack() {
        List<RegistryCommand> commands = List.of(
                new AddMember(
                        1,
                        2,
                        LifeEventKind.BIRTH,
                        null,
                        person("A B", Sex.MALE, TODAY.minusDays(1), 4),
                        RegistryFixtures.answer(LabourActivity.WORKED),
                        Set.of("X")),
                new RecordLifeEvent(3, 4, LifeEventKind.DEATH, TODAY, null, null, 7L, "n", Set.of()),
                new ConfirmWarning(5, "MARRIED_UNDER_19"),
                new SplitHousehold(1, 1, "k", "a", "r", TODAY, List.of(new SplitMember(2, 4)), null, Set.of()));
        for (RegistryCommand command : commands) {
            String text = json.writeValueAsString(command);
            assertThat(text).contains("\"type\":\"" + command.type() + "\"");
            assertThat(json.readValue(text, RegistryCommand.class)).isEqualTo(command);
        }
    }

    @Test
    void checksACommandWithoutApplyingIt() {
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView child = fixtures.member(family, "RIZKY PRATAMA");

        List<RuleViolation> found = fixtures.as(
                "admin",
                () -> registry.check(new AnswerLabourBlock(
                        child.id(), child.version(), RegistryFixtures.answer(LabourActivity.WORKED), Set.of())));

        assertThat(found).extracting(RuleViolation::code).containsExactly("LABOUR_UNDER_15");
        assertThat(fixtures.as("admin", () -> directory.resident(child.id())).version())
                .isEqualTo(child.version());
    }

    void assertTalliesMatchARecount(String... rts) {
        for (String rt : rts) {
            var tally = jdbc.sql("select households, residents from population.rt_tally where rt_code = ?")
                    .param(rt)
                    .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2)))
                    .single();
            var recount = jdbc.sql("""
                            select count(distinct household_id)::int, count(*)::int from population.resident
                            where rt_code = ? and life_status = 'ALIVE'""")
                    .param(rt)
                    .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2)))
                    .single();
            assertThat(tally).as(rt).isEqualTo(recount);
        }
    }

    @Nested
    class Refuses {

        @Test
        void aStaleVersionAndAnswersWithTheCurrentRecord() {
            HouseholdView family = fixtures.familyIn(RT);
            ResidentView mother = fixtures.member(family, "SITI AMINAH");
            apply(new AnswerLabourBlock(
                    mother.id(), mother.version(), RegistryFixtures.answer(LabourActivity.WORKED), Set.of()));

            assertThatThrownBy(() -> apply(new AnswerLabourBlock(
                            mother.id(), mother.version(), RegistryFixtures.answer(LabourActivity.SCHOOL), Set.of())))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.currentVersion()).isEqualTo(mother.version() + 1);
                        assertThat(((ResidentView) e.current()).labour().activity())
                                .isEqualTo(LabourActivity.WORKED);
                    });
        }

        @Test
        void aNikHeldByALivingResidentAndNamesTheirRt() {
            HouseholdView family = fixtures.familyIn(RT);
            ResidentView father = fixtures.member(family, "BUDI SANTOSO");
            HouseholdView other = fixtures.singleIn(OTHER_RT, "DEDI", Sex.MALE, TODAY.minusYears(30), null);
            ResidentDetails twin = new ResidentDetails(
                    father.nik(),
                    "BUDI KEDUA",
                    Sex.MALE,
                    null,
                    father.birthDate(),
                    1,
                    1,
                    5,
                    1,
                    CodeLists.FAMILY_OTHER,
                    1,
                    null);

            assertThatThrownBy(() -> apply(new AddMember(
                            other.id(), other.version(), LifeEventKind.MOVE_IN, TODAY, twin, null, Set.of())))
                    .isInstanceOfSatisfying(
                            RuleViolationsException.class,
                            e -> assertThat(e.errors()).singleElement().satisfies(v -> {
                                assertThat(v.code()).isEqualTo("NIK_TAKEN");
                                assertThat(v.arguments().toString()).contains("RT 001/RW 901");
                            }));
        }

        @Test
        void aSecondHeadInAKk() {
            HouseholdView family = fixtures.familyIn(RT);
            ResidentDetails second = person("JOKO", Sex.MALE, TODAY.minusYears(45), CodeLists.HEAD);

            assertThatThrownBy(() -> apply(new AddMember(
                            family.id(), family.version(), LifeEventKind.MOVE_IN, TODAY, second, null, Set.of())))
                    .isInstanceOfSatisfying(
                            RuleViolationsException.class,
                            e -> assertThat(e.errors())
                                    .extracting(RuleViolation::code)
                                    .containsExactly("HOUSEHOLD_TWO_HEADS"));
        }

        @Test
        void aDeathBeforeBirth() {
            HouseholdView family = fixtures.familyIn(RT);
            ResidentView child = fixtures.member(family, "RIZKY PRATAMA");

            assertThatThrownBy(() -> apply(new RecordLifeEvent(
                            child.id(),
                            child.version(),
                            LifeEventKind.DEATH,
                            child.birthDate().minusDays(1),
                            null,
                            null,
                            null,
                            null,
                            Set.of())))
                    .isInstanceOfSatisfying(
                            RuleViolationsException.class,
                            e -> assertThat(e.errors())
                                    .extracting(RuleViolation::code)
                                    .contains("DEATH_BEFORE_BIRTH"));
        }

        @Test
        void aLabourBlockForAChildAndWritesNothing() {
            HouseholdView family = fixtures.familyIn(RT);
            ResidentView child = fixtures.member(family, "RIZKY PRATAMA");

            assertThatThrownBy(() -> apply(new AnswerLabourBlock(
                            child.id(), child.version(), RegistryFixtures.answer(LabourActivity.WORKED), Set.of())))
                    .isInstanceOf(RuleViolationsException.class);
            assertThat(fixtures.as("admin", () -> directory.resident(child.id()))
                            .labour()
                            .answered())
                    .isFalse();
        }

        @Test
        void anUnconfirmedWarningButAcceptsItOnceConfirmed() {
            HouseholdView family = fixtures.familyIn(RT);
            ResidentView father = fixtures.member(family, "BUDI SANTOSO");
            ResidentDetails d = father.details();
            ResidentDetails employee = new ResidentDetails(
                    d.nik(),
                    d.name(),
                    d.sex(),
                    d.birthPlace(),
                    d.birthDate(),
                    d.religion(),
                    d.maritalStatus(),
                    d.education(),
                    15,
                    d.relation(),
                    d.citizenship(),
                    d.phone());
            apply(new ChangeResident(father.id(), father.version(), employee, Set.of()));
            int version = father.version() + 1;
            AnswerLabourBlock looking = new AnswerLabourBlock(
                    father.id(), version, RegistryFixtures.answer(LabourActivity.LOOKING_FOR_WORK), Set.of());

            assertThatThrownBy(() -> apply(looking)).isInstanceOfSatisfying(RuleViolationsException.class, e -> {
                assertThat(e.onlyWarnings()).isTrue();
                assertThat(e.unconfirmedWarnings())
                        .extracting(RuleViolation::code)
                        .containsExactly("LABOUR_OCCUPATION_MISMATCH");
            });
            apply(new AnswerLabourBlock(father.id(), version, looking.answer(), Set.of("LABOUR_OCCUPATION_MISMATCH")));

            assertThat(fixtures.as("admin", () -> directory.openWarnings(RT)))
                    .noneMatch(w -> w.residentId() == father.id() && w.code().equals("LABOUR_OCCUPATION_MISMATCH"));
        }

        @Test
        void aRecordOutsideTheUsersAreaAsIfItDidNotExist() {
            HouseholdView elsewhere = fixtures.familyIn(RT);
            ResidentView father = fixtures.member(elsewhere, "BUDI SANTOSO");

            assertThatThrownBy(() -> fixtures.as("rt", () -> directory.household(elsewhere.id())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(
                            "rt",
                            () -> registry.apply(new AnswerLabourBlock(
                                    father.id(),
                                    father.version(),
                                    RegistryFixtures.answer(LabourActivity.WORKED),
                                    Set.of()))))
                    .isInstanceOf(NotFoundException.class);
            Listing<HouseholdSummary> list = fixtures.as(
                    "rt", () -> directory.households(new PopulationDirectory.HouseholdQuery(RT, null, 0, 20)));
            assertThat(list.items()).isEmpty();
            assertThat(list.total()).isZero();
        }
    }
}
