package id.warga.population.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.population.HouseholdSummary;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryFixtures;
import id.warga.population.Sex;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An RT head lists the households still to check: last checked before a day, or never. */
@SpringBootTest
@AutoConfigureMockMvc
class HouseholdsToCheckIntegrationTests {

    static final String RT = "36.72.05.1002.971.001";

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

    @Autowired
    JdbcClient jdbc;

    RegistryFixtures fixtures;
    HouseholdView visitedLastYear;
    HouseholdView visitedToday;
    LocalDate halfYearAgo = LocalDate.now().minusMonths(6);

    @BeforeEach
    void households() {
        fixtures = new RegistryFixtures(registry, directory, units, regions);
        fixtures.rt(RT);
        jdbc.sql("update population.household set checked_on = current_date where rt_code = ?")
                .param(RT)
                .update();
        visitedLastYear = fixtures.singleIn(
                RT, "SUPRIATNA LAMA", Sex.MALE, LocalDate.now().minusYears(50), LabourActivity.WORKED);
        visitedToday = fixtures.singleIn(
                RT, "SUPRIATNA BARU", Sex.MALE, LocalDate.now().minusYears(40), LabourActivity.WORKED);
        jdbc.sql("update population.household set checked_on = current_date - 400 where id = ?")
                .param(visitedLastYear.id())
                .update();
    }

    @Test
    void listsOnlyTheHouseholdsLastCheckedBeforeTheDay() {
        var listing = fixtures.as(
                "admin",
                () -> directory.households(new PopulationDirectory.HouseholdQuery(RT, null, 0, 50, halfYearAgo)));

        assertThat(listing.items()).extracting(HouseholdSummary::id).containsExactly(visitedLastYear.id());
        assertThat(listing.total()).isEqualTo(1);
        assertThat(fixtures.as(
                                "admin",
                                () -> directory.households(new PopulationDirectory.HouseholdQuery(
                                        RT, null, 0, 50, LocalDate.now().plusDays(1))))
                        .items())
                .extracting(HouseholdSummary::id)
                .contains(visitedLastYear.id(), visitedToday.id());
    }

    @Test
    void theRtPageShowsTheHouseholdsToCheckWithTheRtsOwnTotalsOnTop() throws Exception {
        long all = fixtures.as(
                        "admin", () -> directory.households(new PopulationDirectory.HouseholdQuery(RT, null, 0, 1)))
                .total();
        mvc.perform(get("/warga/rt/" + RT)
                        .param("periksa", halfYearAgo.toString())
                        .with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("SUPRIATNA LAMA"),
                                not(containsString("SUPRIATNA BARU")),
                                containsString("1 KK belum diperiksa sejak"),
                                containsString(all + " KK"))));
    }

    @Test
    void aHouseholdThatMovedInIsToCheckAndTheRtPageSaysWhereFrom() throws Exception {
        String neighbour = fixtures.rt("36.72.05.1002.971.002");
        HouseholdView mover = fixtures.singleIn(
                neighbour, "SUPRIATNA PINDAH", Sex.MALE, LocalDate.now().minusYears(35), LabourActivity.WORKED);
        fixtures.as("admin", () -> registry.confirmChecked(mover.id()));
        HouseholdView checked = fixtures.as("admin", () -> directory.household(mover.id()));
        fixtures.as(
                "admin",
                () -> registry.apply(new RegistryCommand.MoveHousehold(
                        checked.id(),
                        checked.version(),
                        RT,
                        null,
                        LocalDate.now().minusDays(2),
                        null)));

        mvc.perform(get("/warga/rt/" + RT)
                        .param("periksa", halfYearAgo.toString())
                        .with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("SUPRIATNA PINDAH"),
                                containsString("2 KK belum diperiksa sejak"),
                                containsString("Pindah datang dari " + directory.placeName(neighbour)),
                                containsString("perlu diperiksa"))));
        mvc.perform(get("/warga/kk/" + mover.id())
                        .with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "id"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"arrival\"")));
        fixtures.as("admin", () -> registry.confirmChecked(mover.id()));
        mvc.perform(get("/warga/kk/" + mover.id()).with(httpBasic("admin", "demo")))
                .andExpect(content().string(not(containsString("id=\"arrival\""))));
    }

    @Test
    void theApiTakesTheDayAndABadDayIsTheCallersMistake() throws Exception {
        mvc.perform(get("/api/households")
                        .param("region", RT)
                        .param("checkedBefore", halfYearAgo.toString())
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(visitedLastYear.id()));
        mvc.perform(get("/api/households")
                        .param("region", RT)
                        .param("checkedBefore", "kemarin")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/warga/rt/" + RT).param("periksa", "kemarin").with(httpBasic("admin", "demo")))
                .andExpect(status().is4xxClientError());
    }
}
