package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.AccessFixtures;
import id.warga.access.AuditTrail;
import id.warga.access.Role;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.LifeEventKind;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand.MoveHousehold;
import id.warga.population.RegistryCommand.RecordLifeEvent;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Aid programmes and recipients against the real database: every rule, also under concurrent adds. */
@SpringBootTest
@AutoConfigureMockMvc
class AidIntegrationTests {

    static final String RT = ProgrammeFixtures.KELURAHAN + ".050.001";
    static final String OTHER_KELURAHAN_RT = ProgrammeFixtures.OTHER_KELURAHAN + ".050.001";
    static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    AidProgrammes aid;

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    AidProgrammeView programme(AidTarget target, Integer quota) {
        return fixtures.as(
                "kota",
                () -> aid.create(new NewAidProgramme(
                        "Bantuan uji " + SERIAL.incrementAndGet(),
                        AidSource.APBD,
                        target,
                        Year.now().getValue(),
                        Rupiah.of(600_000),
                        quota)));
    }

    ResidentView resident(String rt) {
        HouseholdView h = fixtures.registry.singleIn(
                rt, "PENERIMA BANTUAN", Sex.FEMALE, LocalDate.now().minusYears(50), LabourActivity.HOUSEKEEPING);
        return h.head();
    }

    RecipientView add(String user, AidProgrammeView p, String identifier) {
        return fixtures.as(user, () -> aid.addRecipient(p.id(), identifier));
    }

    @Test
    void kelurahanStaffAddAResidentOfTheirAreaByNikAndTheListShowsItInFull() {
        AidProgrammeView p = programme(AidTarget.PERSON, null);
        ResidentView r = resident(RT);
        RecipientView added = add(fixtures.lurah, p, r.nik());
        assertThat(added.identifier()).isEqualTo(r.nik());
        assertThat(added.rtCode()).isEqualTo(RT);
        List<RecipientView> list = fixtures.as(fixtures.lurah, () -> aid.recipients(p.id(), null, 0));
        assertThat(list).extracting(RecipientView::identifier).containsExactly(r.nik());
        assertThat(fixtures.as(fixtures.lurah, () -> aid.get(p.id()).recipientsInArea()))
                .isEqualTo(1);
        assertThat(fixtures.as("lurah", () -> aid.recipients(p.id(), null, 0))).isEmpty();
        assertThat(fixtures.as("lurah", () -> aid.get(p.id()))).satisfies(v -> {
            assertThat(v.recipients()).isEqualTo(1);
            assertThat(v.recipientsInArea()).isZero();
        });
    }

    @Test
    void readingARecipientListIsAudited() {
        AidProgrammeView p = programme(AidTarget.PERSON, null);
        fixtures.as(fixtures.lurah, () -> aid.recipients(p.id(), null, 0));
        audit.flush();
        assertThat(jdbc.sql("select count(*) from access.audit_entry where record_type = 'aid_recipients'"
                                + " and record_id = ? and username = ?")
                        .params(String.valueOf(p.id()), fixtures.lurah)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void recipientsMoveWithThePeopleAndHouseholdsTheyReach() {
        AidProgrammeView person = programme(AidTarget.PERSON, null);
        AidProgrammeView household = programme(AidTarget.HOUSEHOLD, null);
        HouseholdView family = fixtures.registry.familyIn(RT);
        add(fixtures.lurah, person, family.head().nik());
        add(fixtures.lurah, household, family.kkNumber());
        HouseholdView current = fixtures.as("admin", () -> directory.household(family.id()));
        fixtures.registry.rt(OTHER_KELURAHAN_RT);
        fixtures.as(
                "admin",
                () -> registry.apply(new MoveHousehold(
                        current.id(),
                        current.version(),
                        OTHER_KELURAHAN_RT,
                        null,
                        LocalDate.now().minusDays(1),
                        null)));

        assertThat(fixtures.as(fixtures.lurah, () -> aid.recipients(person.id(), null, 0)))
                .as("the kelurahan they left")
                .isEmpty();
        assertThat(fixtures.as(fixtures.lurah, () -> aid.recipients(household.id(), null, 0)))
                .isEmpty();
        assertThat(fixtures.as("kota", () -> aid.recipients(person.id(), null, 0)))
                .extracting(RecipientView::rtCode)
                .containsExactly(OTHER_KELURAHAN_RT);
        assertThat(fixtures.as("kota", () -> aid.recipients(household.id(), null, 0)))
                .extracting(RecipientView::rtCode)
                .containsExactly(OTHER_KELURAHAN_RT);
    }

    @Test
    void aHouseholdProgrammeTakesTheKkNumber() {
        AidProgrammeView p = programme(AidTarget.HOUSEHOLD, null);
        HouseholdView family = fixtures.registry.familyIn(RT);
        RecipientView added = add(fixtures.lurah, p, family.kkNumber());
        assertThat(added.identifier()).isEqualTo(family.kkNumber());
        assertThatThrownBy(() -> add(fixtures.lurah, p, family.head().nik()))
                .isInstanceOfSatisfying(
                        ProgrammeRuleException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.code())
                                .containsExactly("AID_KK_NOT_FOUND"));
    }

    @Test
    void thePublicCountsWithholdSmallNumbers() {
        AidProgrammeView p = programme(AidTarget.PERSON, null);
        for (int i = 0; i < 3; i++) {
            add(fixtures.lurah, p, resident(RT).nik());
        }
        OpenCounts counts = aid.openFigures(Year.now().getValue()).stream()
                .filter(c -> c.title().startsWith(p.name() + " "))
                .findFirst()
                .orElseThrow();
        assertThat(counts.total()).isNull();
        assertThat(counts.areas()).extracting(OpenCounts.Cell::count).containsOnlyNulls();
    }

    @Nested
    class Refuses {

        @Test
        void theSameNikTwiceInAProgramme() {
            AidProgrammeView p = programme(AidTarget.PERSON, null);
            ResidentView r = resident(RT);
            add(fixtures.lurah, p, r.nik());
            assertThatThrownBy(() -> add("kota", p, r.nik()))
                    .isInstanceOfSatisfying(
                            ProgrammeRuleException.class,
                            e -> assertThat(e.rule()).isEqualTo("AID_ALREADY_RECIPIENT"));
            assertThat(count(p)).isEqualTo(1);
        }

        @Test
        void anExcludedCombinationNamingTheOtherProgramme() throws Exception {
            AidProgrammeView pkh = programme(AidTarget.PERSON, null);
            AidProgrammeView blt = programme(AidTarget.PERSON, null);
            fixtures.as("kota", () -> aid.exclude(blt.id(), pkh.id()));
            ResidentView r = resident(RT);
            add(fixtures.lurah, pkh, r.nik());
            mvc.perform(post("/api/programmes/aid/" + blt.id() + "/recipients")
                            .with(httpBasic(fixtures.lurah, AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"identifier\": \"" + r.nik() + "\"}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.violations[0].code").value("AID_EXCLUDED_COMBINATION"))
                    .andExpect(jsonPath("$.message")
                            .value(org.hamcrest.Matchers.containsString(pkh.name() + " " + pkh.year())));
            assertThat(count(blt)).isZero();
        }

        @Test
        void aPersonWhoseHouseholdReceivesAnExcludedHouseholdProgramme() {
            AidProgrammeView person = programme(AidTarget.PERSON, null);
            AidProgrammeView household = programme(AidTarget.HOUSEHOLD, null);
            fixtures.as("kota", () -> aid.exclude(person.id(), household.id()));
            HouseholdView family = fixtures.registry.familyIn(RT);
            add(fixtures.lurah, household, family.kkNumber());
            assertThatThrownBy(() -> add(fixtures.lurah, person, family.head().nik()))
                    .isInstanceOfSatisfying(ProgrammeRuleException.class, e -> {
                        assertThat(e.rule()).isEqualTo("AID_EXCLUDED_VIA_HOUSEHOLD");
                        assertThat(e.arguments()).contains(household.name() + " " + household.year());
                    });
            assertThat(count(person)).isZero();
            add(fixtures.lurah, person, resident(RT).nik());
            assertThat(count(person)).as("someone of another household").isEqualTo(1);
        }

        @Test
        void aHouseholdWithAMemberInAnExcludedPersonProgramme() {
            AidProgrammeView person = programme(AidTarget.PERSON, null);
            AidProgrammeView household = programme(AidTarget.HOUSEHOLD, null);
            fixtures.as("kota", () -> aid.exclude(household.id(), person.id()));
            HouseholdView family = fixtures.registry.familyIn(RT);
            add(
                    fixtures.lurah,
                    person,
                    fixtures.registry.member(family, "RIZKY PRATAMA").nik());
            assertThatThrownBy(() -> add(fixtures.lurah, household, family.kkNumber()))
                    .isInstanceOfSatisfying(
                            ProgrammeRuleException.class,
                            e -> assertThat(e.rule()).isEqualTo("AID_EXCLUDED_VIA_MEMBER"));
            assertThat(count(household)).isZero();
        }

        @Test
        void anExclusionAcrossTargetsThatSomeoneAlreadyBreaks() {
            AidProgrammeView person = programme(AidTarget.PERSON, null);
            AidProgrammeView household = programme(AidTarget.HOUSEHOLD, null);
            HouseholdView family = fixtures.registry.familyIn(RT);
            add(fixtures.lurah, household, family.kkNumber());
            add(fixtures.lurah, person, family.head().nik());
            add(fixtures.lurah, person, resident(RT).nik());
            assertThatThrownBy(() -> fixtures.as("kota", () -> aid.exclude(person.id(), household.id())))
                    .isInstanceOfSatisfying(ProgrammeRuleException.class, e -> {
                        assertThat(e.rule()).isEqualTo("AID_EXCLUSION_ALREADY_BROKEN");
                        assertThat(e.arguments()).first().isEqualTo(1L);
                    });
        }

        @Test
        void aRecipientBeyondTheQuota() {
            AidProgrammeView p = programme(AidTarget.PERSON, 2);
            add(fixtures.lurah, p, resident(RT).nik());
            add(fixtures.lurah, p, resident(RT).nik());
            assertThatThrownBy(() -> add(fixtures.lurah, p, resident(RT).nik()))
                    .isInstanceOfSatisfying(
                            ProgrammeRuleException.class,
                            e -> assertThat(e.rule()).isEqualTo("AID_QUOTA_REACHED"));
            assertThat(count(p)).isEqualTo(2);
        }

        @Test
        void aResidentOutsideTheKelurahanOrUnknownOrDead() {
            AidProgrammeView p = programme(AidTarget.PERSON, null);
            ResidentView elsewhere = resident(OTHER_KELURAHAN_RT);
            HouseholdView family = fixtures.registry.familyIn(RT);
            ResidentView wife = fixtures.registry.member(family, "SITI AMINAH");
            fixtures.as(
                    "admin",
                    () -> registry.apply(new RecordLifeEvent(
                            wife.id(),
                            wife.version(),
                            LifeEventKind.DEATH,
                            LocalDate.now().minusDays(2),
                            null,
                            null,
                            null,
                            null,
                            Set.of())));
            for (String nik : List.of(elsewhere.nik(), "3672010101900001", wife.nik(), "bukan nik")) {
                assertThatThrownBy(() -> add(fixtures.lurah, p, nik))
                        .as(nik)
                        .isInstanceOfSatisfying(
                                ProgrammeRuleException.class,
                                e -> assertThat(e.violations())
                                        .extracting(v -> v.code())
                                        .containsExactly("AID_NIK_NOT_FOUND"));
            }
            assertThat(count(p)).isZero();
        }

        @Test
        void recipientsAddedByAnRwOrRtHeadOrProgrammesCreatedBelowTheCity() throws Exception {
            AidProgrammeView p = programme(AidTarget.PERSON, null);
            String rwHead = fixtures.accounts.user("rw-aid", Role.RW, ProgrammeFixtures.KELURAHAN + ".050");
            mvc.perform(post("/api/programmes/aid/" + p.id() + "/recipients")
                            .with(httpBasic(rwHead, AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"identifier\": \"" + resident(RT).nik() + "\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("forbidden"));
            mvc.perform(post("/api/programmes/aid")
                            .with(httpBasic(fixtures.lurah, AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"name\": \"Liar\", \"source\": \"CSR\", \"target\": \"PERSON\", \"amount\": 1}"))
                    .andExpect(status().isForbidden());
            assertThat(count(p)).isZero();
        }

        @Test
        void aProgrammeWithoutAmountOrWithAnUnknownSource() throws Exception {
            mvc.perform(post("/api/programmes/aid")
                            .with(httpBasic("kota", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"name\": \"BLT\", \"source\": \"APBD\", \"target\": \"PERSON\", \"amount\": 0}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("AMOUNT_POSITIVE"));
            mvc.perform(
                            post("/api/programmes/aid")
                                    .with(httpBasic("kota", "demo"))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                            "{\"name\": \"BLT\", \"source\": \"ARISAN\", \"target\": \"PERSON\", \"amount\": 5}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("malformed_body"));
        }
    }

    @Nested
    class UnderConcurrentAdds {

        @Test
        void oneNikAddedToTwoExclusiveProgrammesAtOnceLandsInOnlyOne() throws Exception {
            for (int round = 0; round < 5; round++) {
                AidProgrammeView a = programme(AidTarget.PERSON, null);
                AidProgrammeView b = programme(AidTarget.PERSON, null);
                fixtures.as("kota", () -> aid.exclude(a.id(), b.id()));
                String nik = resident(RT).nik();
                List<Outcome> outcomes = race(List.of(() -> add(fixtures.lurah, a, nik), () -> add("kota", b, nik)));
                assertThat(outcomes.stream().filter(Outcome::succeeded)).hasSize(1);
                assertThat(outcomes.stream().filter(o -> !o.succeeded()))
                        .singleElement()
                        .extracting(Outcome::rule)
                        .isEqualTo("AID_EXCLUDED_COMBINATION");
                assertThat(count(a) + count(b)).isEqualTo(1);
            }
        }

        @Test
        void aPersonAndTheirHouseholdAddedToExclusiveProgrammesAtOnceLandInOnlyOne() throws Exception {
            for (int round = 0; round < 5; round++) {
                AidProgrammeView person = programme(AidTarget.PERSON, null);
                AidProgrammeView household = programme(AidTarget.HOUSEHOLD, null);
                fixtures.as("kota", () -> aid.exclude(person.id(), household.id()));
                HouseholdView family = fixtures.registry.familyIn(RT);
                List<Outcome> outcomes = race(List.of(
                        () -> add(fixtures.lurah, person, family.head().nik()),
                        () -> add("kota", household, family.kkNumber())));
                assertThat(outcomes.stream().filter(Outcome::succeeded)).hasSize(1);
                assertThat(outcomes.stream().filter(o -> !o.succeeded()))
                        .singleElement()
                        .extracting(Outcome::rule)
                        .isIn("AID_EXCLUDED_VIA_HOUSEHOLD", "AID_EXCLUDED_VIA_MEMBER");
                assertThat(count(person) + count(household)).isEqualTo(1);
            }
        }

        @Test
        void theQuotaHoldsWhenManyAreAddedAtOnce() throws Exception {
            AidProgrammeView p = programme(AidTarget.PERSON, 3);
            List<String> niks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                niks.add(resident(RT).nik());
            }
            List<Callable<RecipientView>> adds = new ArrayList<>();
            for (String nik : niks) {
                adds.add(() -> add(fixtures.lurah, p, nik));
            }
            List<Outcome> outcomes = race(adds);
            assertThat(outcomes.stream().filter(Outcome::succeeded)).hasSize(3);
            assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Outcome::rule))
                    .containsOnly("AID_QUOTA_REACHED");
            assertThat(count(p)).isEqualTo(3);
        }

        @Test
        void theSameNikAddedTwiceAtOnceIsRecordedOnce() throws Exception {
            AidProgrammeView p = programme(AidTarget.PERSON, null);
            String nik = resident(RT).nik();
            List<Outcome> outcomes = race(List.of(() -> add(fixtures.lurah, p, nik), () -> add("kota", p, nik)));
            assertThat(outcomes.stream().filter(Outcome::succeeded)).hasSize(1);
            assertThat(count(p)).isEqualTo(1);
        }
    }

    record Outcome(boolean succeeded, String rule) {}

    <T> List<Outcome> race(List<Callable<T>> actions) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(actions.size());
        try {
            CyclicBarrier start = new CyclicBarrier(actions.size());
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<T> action : actions) {
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        action.call();
                        return new Outcome(true, null);
                    } catch (ProgrammeRuleException e) {
                        return new Outcome(false, e.rule());
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    long count(AidProgrammeView p) {
        return jdbc.sql("select count(*) from programmes.aid_recipient where programme_id = ?")
                .param(p.id())
                .query(Long.class)
                .single();
    }
}
