package id.warga.population.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.warga.population.HouseholdView;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryFixtures;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class RegistryApiIntegrationTests {

    static final String RT = RegistryFixtures.RT_OF_RT_USER;
    static final String NEIGHBOUR_RT = "36.72.01.1002.001.002";
    static final String OTHER_KELURAHAN_RT = "36.72.01.1003.902.001";
    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    RegistryFixtures fixtures;
    HouseholdView family;

    @BeforeEach
    void family() {
        fixtures = new RegistryFixtures(registry, directory, units, regions);
        family = fixtures.familyIn(RT);
    }

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON));
    }

    String newbornJson(int version) {
        return """
                {"version": %d, "reason": "BIRTH", "name": "PUTRI AYU", "sex": "FEMALE", "birthPlace": "CILEGON",
                 "birthDate": "%s", "religion": 1, "maritalStatus": 1, "education": 1, "occupation": 1, "relation": 4}
                """.formatted(version, TODAY.minusDays(2));
    }

    @Test
    void listsOnlyTheHouseholdsOfTheRtHeadsOwnRt() throws Exception {
        HouseholdView neighbour = fixtures.familyIn(NEIGHBOUR_RT);

        as("rt", get("/api/households").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].rtCode", everyItem(startsWith(RT))))
                .andExpect(jsonPath("$.totalExact").value(true));
        as("rt", get("/api/households").param("q", family.kkNumber()))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) family.id())));
        as("rt", get("/api/households").param("region", NEIGHBOUR_RT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)))
                .andExpect(jsonPath("$.total").value(0));
        as("lurah", get("/api/households").param("region", NEIGHBOUR_RT).param("q", neighbour.kkNumber()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].rtCode").value(NEIGHBOUR_RT));
        as("lurah", get("/api/households").param("region", "36.72.01.1002.001").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].rtCode", startsWith("36.72.01.1002.001.")));
    }

    @Test
    void findsResidentsByNameNikAndKkNumberWithinTheArea() throws Exception {
        ResidentView father = fixtures.member(family, "BUDI SANTOSO");

        as("lurah", get("/api/residents").param("q", "budi santo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", everyItem(containsString("BUDI SANTOSO"))))
                .andExpect(jsonPath("$.items", not(hasSize(0))));
        as("rt", get("/api/residents").param("q", father.nik()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].nik").value(father.nik()));
        as("rt", get("/api/residents").param("q", family.kkNumber()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.total").value(3));
        as("rw", get("/api/households").param("q", family.kkNumber()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].headName").value("BUDI SANTOSO"))
                .andExpect(jsonPath("$.items[0].members").value(3));
    }

    @Test
    void hidesRecordsOfOtherAreasAsIfTheyDidNotExist() throws Exception {
        HouseholdView elsewhere = fixtures.familyIn(OTHER_KELURAHAN_RT);
        ResidentView father = fixtures.member(elsewhere, "BUDI SANTOSO");

        as("lurah", get("/api/households/" + elsewhere.id())).andExpect(status().isNotFound());
        as("rt", get("/api/residents/" + father.id())).andExpect(status().isNotFound());
        as("rt", get("/api/residents").param("q", father.nik()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        as(
                        "rt",
                        put("/api/residents/" + father.id() + "/labour")
                                .content("{\"version\": %d, \"activity\": \"WORKED\", \"referenceDate\": \"%s\"}"
                                        .formatted(father.version(), TODAY)))
                .andExpect(status().isNotFound());
        as("camat", get("/api/residents/" + father.id())).andExpect(status().isOk());
    }

    @Test
    void anRtHeadsNewbornWaitsForReviewAndEntersTheRegistryOnceApproved() throws Exception {
        String answer = as(
                        "rt",
                        post("/api/households/" + family.id() + "/members").content(newbornJson(family.version())))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/submissions/")))
                .andExpect(jsonPath("$.state").value("WAITING"))
                .andExpect(jsonPath("$.awaiting").value("RW"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int submission = JsonPath.read(answer, "$.submissionId");
        as("rt", get("/api/households/" + family.id()))
                .andExpect(jsonPath("$.members[?(@.name == 'PUTRI AYU')]", hasSize(0)));

        as("rw", post("/api/submissions/" + submission + "/verify")).andExpect(status().isOk());
        as("lurah", post("/api/submissions/" + submission + "/approve"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submission.status").value("APPROVED"));
        as("rt", get("/api/households/" + family.id()))
                .andExpect(jsonPath("$.members[?(@.name == 'PUTRI AYU')]", hasSize(1)));
    }

    @Test
    void anOfficerAddsANewbornAndRecordsThatAnAdultFoundWorkAtOnce() throws Exception {
        as("lurah", post("/api/households/" + family.id() + "/members").content(newbornJson(family.version())))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/residents/")))
                .andExpect(jsonPath("$.name").value("PUTRI AYU"))
                .andExpect(jsonPath("$.nik").doesNotExist())
                .andExpect(jsonPath("$.lifeStatus").value("ALIVE"));

        ResidentView mother = fixtures.member(family, "SITI AMINAH");
        as("lurah", put("/api/residents/" + mother.id() + "/labour").content("""
                                {"version": %d, "activity": "WORKED", "referenceDate": "%s", "hoursWorked": 35,
                                 "employmentStatus": 4}""".formatted(mother.version(), TODAY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.labour.status").value("EMPLOYED"))
                .andExpect(jsonPath("$.labour.hoursWorked").value(35))
                .andExpect(jsonPath("$.version").value(mother.version() + 1));
    }

    @Test
    void recordsADeathAndShowsItInTheHistory() throws Exception {
        ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
        as(
                        "lurah",
                        post("/api/residents/" + child.id() + "/events")
                                .content("{\"version\": %d, \"kind\": \"DEATH\", \"occurredOn\": \"%s\"}"
                                        .formatted(child.version(), TODAY.minusDays(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lifeStatus").value("DEAD"));

        as(
                        "rt",
                        get("/api/residents/" + child.id() + "/history")
                                .param("on", TODAY.minusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.residences[0].validTo")
                        .value(TODAY.minusDays(1).toString()))
                .andExpect(jsonPath("$.events[*].kind", hasItem("DEATH")))
                .andExpect(jsonPath("$.stateOn.lifeStatus").value("ALIVE"))
                .andExpect(jsonPath("$.stateOn.rtCode").value(RT));
        as(
                        "rt",
                        get("/api/residents")
                                .param("region", RT)
                                .param("q", family.kkNumber())
                                .param("livingOn", TODAY.minusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[*].id", hasItem((int) child.id())));
        as(
                        "rt",
                        get("/api/residents")
                                .param("region", RT)
                                .param("q", child.nik())
                                .param("livingOn", TODAY.toString()))
                .andExpect(jsonPath("$.items", hasSize(0)));
        as("rt", get("/api/residents").param("q", family.kkNumber()))
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) child.id()))));
        // a NIK is still found once its holder has died: among the dead, among all, and on a past day
        as("rt", get("/api/residents").param("q", child.nik()).param("status", "DEAD"))
                .andExpect(jsonPath("$.items[*].id", contains((int) child.id())));
        as("rt", get("/api/residents").param("q", child.nik()).param("status", "ALL"))
                .andExpect(jsonPath("$.items[*].id", contains((int) child.id())));
        as(
                        "rt",
                        get("/api/residents")
                                .param("region", RT)
                                .param("q", child.nik())
                                .param("livingOn", TODAY.minusDays(2).toString()))
                .andExpect(jsonPath("$.items[*].id", contains((int) child.id())));
        as("rt", get("/api/households").param("q", child.nik()))
                .andExpect(jsonPath("$.items[*].id", contains((int) family.id())));
    }

    @Test
    void answersAStaleWriteWithConflictAndTheCurrentRecord() throws Exception {
        ResidentView mother = fixtures.member(family, "SITI AMINAH");
        String answer = "{\"version\": %d, \"activity\": \"%s\", \"referenceDate\": \"%s\"}";
        as(
                        "lurah",
                        put("/api/residents/" + mother.id() + "/labour")
                                .content(answer.formatted(mother.version(), "WORKED", TODAY)))
                .andExpect(status().isOk());

        as(
                        "rt",
                        put("/api/residents/" + mother.id() + "/labour")
                                .content(answer.formatted(mother.version(), "SCHOOL", TODAY)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("stale_version"))
                .andExpect(jsonPath("$.message").isNotEmpty())
                .andExpect(jsonPath("$.violations[0].field").value("version"))
                .andExpect(jsonPath("$.violations[0].code").value("VERSION_STALE"))
                .andExpect(jsonPath("$.current.labour.activity").value("WORKED"))
                .andExpect(jsonPath("$.current.version").value(mother.version() + 1));
        // an RT head's change is checked against the version when handed in, not only at approval
        as(
                        "rt",
                        put("/api/residents/" + mother.id() + "/labour")
                                .content(answer.formatted(mother.version(), "SCHOOL", TODAY)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("stale_version"));
    }

    @Test
    void asksToConfirmWarningsAndAcceptsThemOnceConfirmed() throws Exception {
        ResidentView child = fixtures.member(family, "RIZKY PRATAMA");
        String marry = """
                {"version": %d, "nik": "%s", "name": "RIZKY PRATAMA", "sex": "MALE", "birthDate": "%s",
                 "religion": 1, "maritalStatus": 2, "education": 2, "occupation": 3, "relation": 4 %s}""";

        as(
                        "rt",
                        put("/api/residents/" + child.id())
                                .content(marry.formatted(child.version(), child.nik(), child.birthDate(), "")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("confirmation_required"))
                .andExpect(jsonPath("$.violations[0].code").value("MARRIED_UNDER_19"))
                .andExpect(jsonPath("$.violations[0].severity").value("WARNING"))
                .andExpect(jsonPath("$.violations[0].field").value("maritalStatus"));
        as(
                        "rt",
                        put("/api/residents/" + child.id())
                                .content(marry.formatted(
                                        child.version(),
                                        child.nik(),
                                        child.birthDate(),
                                        ", \"confirmedWarnings\": [\"MARRIED_UNDER_19\"]")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("WAITING"));
    }

    @Test
    void handsInARequestResentWithTheSameIdempotencyKeyOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        java.util.Set<Integer> submissions = new java.util.HashSet<>();
        for (int i = 0; i < 2; i++) {
            String answer = as(
                            "rt",
                            post("/api/households/" + family.id() + "/members")
                                    .header("Idempotency-Key", key)
                                    .content(newbornJson(family.version())))
                    .andExpect(status().isAccepted())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            submissions.add(JsonPath.read(answer, "$.submissionId"));
        }
        assertThat(submissions).hasSize(1);
        String lurahKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            as(
                            "lurah",
                            post("/api/households/" + family.id() + "/members")
                                    .header("Idempotency-Key", lurahKey)
                                    .content(newbornJson(family.version())))
                    .andExpect(status().isCreated());
        }
        as("rt", get("/api/households/" + family.id()))
                .andExpect(jsonPath("$.members[?(@.name == 'PUTRI AYU')]", hasSize(1)));
    }

    @Test
    void registersAHouseholdWithItsHeadAtOnceForAnOfficerAndForReviewForAnRtHead() throws Exception {
        LocalDate born = TODAY.minusYears(33);
        String body = """
                {"kkNumber": "%s", "address": "JL. ANGGREK 2", "rtCode": "%s", "since": "%s",
                 "members": [{"nik": "%s", "name": "DIMAS ARYA", "sex": "MALE", "birthDate": "%s", "religion": 1,
                   "maritalStatus": 1, "education": 8, "occupation": 15, "relation": 1,
                   "labour": {"activity": "WORKED", "referenceDate": "%s"}}]}""".formatted(
                        RegistryFixtures.kkNumber(),
                        RT,
                        TODAY.minusYears(1),
                        RegistryFixtures.nik(born, Sex.MALE),
                        born,
                        TODAY);
        as("rt", post("/api/households").content(body.replace(RT, NEIGHBOUR_RT)))
                .andExpect(status().isNotFound());
        as("rt", post("/api/households").content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.awaiting").value("RW"));
        as("lurah", post("/api/households").content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.members[0].name").value("DIMAS ARYA"))
                .andExpect(jsonPath("$.members[0].labour.status").value("EMPLOYED"));
    }

    @Test
    void readsANikWithoutLookingAnyoneUp() throws Exception {
        as("rt", get("/api/nik/3672015708040001"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.regionCode").value("36.72.01"))
                .andExpect(jsonPath("$.regionName").value("Cibeber"))
                .andExpect(jsonPath("$.birthDate").value("2004-08-17"))
                .andExpect(jsonPath("$.sex").value("FEMALE"));
        as("rt", get("/api/nik/3672013313780000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors[*].code", hasItem("NIK_MONTH_INVALID")))
                .andExpect(jsonPath("$.errors[*].code", hasItem("NIK_SERIAL_ZERO")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        mvc.perform(get("/api/nik/3672015708040001")
                        .with(httpBasic("rt", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.valid").value(true));
        mvc.perform(get("/api/nik/3672991407780001").with(httpBasic("rt", "demo")))
                .andExpect(jsonPath("$.warnings[0].code").value("NIK_KECAMATAN_UNKNOWN"));
        mvc.perform(get("/api/nik/3672015708040001")).andExpect(status().isUnauthorized());
    }

    @Test
    void listsTheOpenWarningsOfTheRt() throws Exception {
        fixtures.singleIn(RT, "TATANG SUTARMAN", Sex.MALE, TODAY.minusYears(50), null);

        as("rt", get("/api/open-warnings").param("region", RT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.residentName == 'TATANG SUTARMAN')].code", hasItem("LABOUR_BLOCK_MISSING")))
                .andExpect(jsonPath("$[0].message").isNotEmpty());
    }

    @Nested
    class AnswersBadInputWith400AndViolations {

        String url() {
            return "/api/households/" + family.id() + "/members";
        }

        void expectViolation(String body, String field, String code) throws Exception {
            as("rt", post(url()).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").isNotEmpty())
                    .andExpect(jsonPath("$.message").isNotEmpty())
                    .andExpect(jsonPath("$.violations[?(@.field == '" + field + "')].code", hasItem(code)))
                    .andExpect(jsonPath("$.violations[0].message").isNotEmpty());
        }

        @Test
        void malformedJson() throws Exception {
            expectViolation("{\"version\": 1, \"name\": ", "", "JSON_MALFORMED");
        }

        @Test
        void anEmptyBody() throws Exception {
            expectViolation("", "", "BODY_REQUIRED");
        }

        @Test
        void aListInsteadOfAnObject() throws Exception {
            expectViolation("[1, 2]", "", "TYPE_MISMATCH");
        }

        @Test
        void wrongTypes() throws Exception {
            expectViolation(
                    newbornJson(0).replace("\"version\": 0", "\"version\": \"abc\""), "version", "TYPE_MISMATCH");
            expectViolation(
                    newbornJson(family.version()).replace("\"religion\": 1", "\"religion\": \"islam\""),
                    "religion",
                    "TYPE_MISMATCH");
            expectViolation(
                    newbornJson(family.version())
                            .replaceFirst("\"birthDate\": \"[^\"]+\"", "\"birthDate\": \"31-12-2024\""),
                    "birthDate",
                    "TYPE_MISMATCH");
            expectViolation(
                    newbornJson(family.version()).replace("\"religion\": 1", "\"religion\": {\"a\": 1}"),
                    "religion",
                    "TYPE_MISMATCH");
        }

        @Test
        void aNumberTooLargeForItsField() throws Exception {
            expectViolation(
                    newbornJson(family.version()).replace("\"religion\": 1", "\"religion\": 99999999999999"),
                    "religion",
                    "TYPE_MISMATCH");
        }

        @Test
        void oversizedFields() throws Exception {
            expectViolation(newbornJson(family.version()).replace("PUTRI AYU", "A".repeat(5000)), "name", "TOO_LONG");
            expectViolation(
                    newbornJson(family.version())
                            .replace("\"birthPlace\": \"CILEGON\"", "\"birthPlace\": \"" + "B".repeat(101) + "\""),
                    "birthPlace",
                    "TOO_LONG");
            expectViolation(
                    newbornJson(family.version())
                            .replace("\"reason\"", "\"nik\": \"" + "3".repeat(400) + "\", \"reason\""),
                    "nik",
                    "NIK_LENGTH");
        }

        @Test
        void unknownCodes() throws Exception {
            expectViolation(
                    newbornJson(family.version()).replace("\"religion\": 1", "\"religion\": 99"),
                    "religion",
                    "CODE_UNKNOWN");
            expectViolation(
                    newbornJson(family.version()).replace("\"FEMALE\"", "\"PEREMPUAN\""), "sex", "CODE_UNKNOWN");
            expectViolation(
                    newbornJson(family.version()).replace("\"BIRTH\"", "\"ADOPTION\""), "reason", "CODE_UNKNOWN");
            expectViolation(
                    newbornJson(family.version()).replace("\"relation\": 4", "\"relation\": 0"),
                    "relation",
                    "CODE_UNKNOWN");
        }

        @Test
        void missingRequiredValues() throws Exception {
            expectViolation("{}", "version", "REQUIRED");
            expectViolation(newbornJson(family.version()).replace("\"name\": \"PUTRI AYU\",", ""), "name", "REQUIRED");
        }

        @Test
        void badParameters() throws Exception {
            as("rt", get("/api/residents").param("page", "abc"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("page"));
            as("rt", get("/api/residents").param("size", "1000"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("SIZE_RANGE"));
            as("rt", get("/api/residents").param("page", "5000").param("size", "100"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("PAGE_TOO_DEEP"));
            as("rt", get("/api/residents").param("region", "36.72.1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("REGION_INVALID"));
            as("rt", get("/api/residents").param("q", "ab"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("SEARCH_TOO_SHORT"));
            as("rt", get("/api/residents").param("q", "36720112"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("SEARCH_NUMBER_LENGTH"));
            as("rt", get("/api/residents").param("q", "siti%' or 1=1 --"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("SEARCH_CHARACTERS"));
            as("rt", get("/api/residents").param("status", "ZOMBIE"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("status"));
            as("rt", get("/api/residents").param("livingOn", "2024-02-30"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("livingOn"));
            as("rt", get("/api/residents/abc"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("id"));
            as("rt", get("/api/open-warnings"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("region"));
            as("rt", get("/api/open-warnings").param("region", "36.72.01"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("REGION_LEVEL_RT_RW"));
            as("rt", post(url()).header("Idempotency-Key", "not-a-uuid").content(newbornJson(family.version())))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].field").value("Idempotency-Key"));
        }

        @Test
        void inEnglishWhenAsked() throws Exception {
            mvc.perform(post(url())
                            .with(httpBasic("rt", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .header("Accept-Language", "en")
                            .content(newbornJson(family.version()).replace("\"religion\": 1", "\"religion\": 99")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].message", containsString("not in the official list")));
        }
    }
}
