package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** A bulk load grows each RT's tally by what it wrote: the same counts a recount finds. */
@SpringBootTest
class BulkLoadTallyIntegrationTests {

    static final String KNOWN_RT = "36.72.03.1002.961.001";
    static final String NEW_RT = "36.72.03.1002.961.002";

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    RegistryFixtures fixtures;

    @Autowired
    PopulationBulkLoad bulkLoad;

    @Autowired
    RtTallies tallies;

    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void fixtures() {
        fixtures = new RegistryFixtures(registry, directory, units, regions);
    }

    @Test
    void addsHouseholdsResidentsWorkingAgeAndCurrentAnswersAsARecountWould() {
        fixtures.as("admin", () -> fixtures.familyIn(KNOWN_RT));
        fixtures.rt(NEW_RT);
        LocalDate today = LocalDate.now();
        List<NewHousehold> households = new ArrayList<>();
        for (String rt : List.of(KNOWN_RT, NEW_RT, KNOWN_RT)) {
            List<NewResident> members = new ArrayList<>();
            members.add(resident(today.minusYears(40), 1, today.minusDays(10)));
            // an answer older than six months is not current
            members.add(resident(today.minusYears(38), 3, today.minusMonths(8)));
            members.add(resident(today.minusYears(15), 4, null));
            members.add(resident(today.minusYears(15).plusDays(1), 4, null));
            households.add(new NewHousehold(RegistryFixtures.kkNumber(), "Jl. Uji Tally", rt, today, members));
        }

        transaction.executeWithoutResult(status -> bulkLoad.load(households));

        for (String rt : List.of(KNOWN_RT, NEW_RT)) {
            RtTally grown = fixtures.as("admin", () -> tallies.within(RegionCode.of(rt)))
                    .get(0);
            RtTally counted = fixtures.as("admin", () -> tallies.recount(RegionCode.of(rt)));
            assertThat(grown.households()).as(rt).isEqualTo(counted.households());
            assertThat(grown.residents()).as(rt).isEqualTo(counted.residents());
            assertThat(grown.workingAge()).as(rt).isEqualTo(counted.workingAge());
            assertThat(grown.labourCurrent()).as(rt).isEqualTo(counted.labourCurrent());
        }
        RtTally fresh = fixtures.as("admin", () -> tallies.within(RegionCode.of(NEW_RT)))
                .get(0);
        assertThat(fresh.households()).isEqualTo(1);
        assertThat(fresh.residents()).isEqualTo(4);
        assertThat(fresh.workingAge()).isEqualTo(3);
        assertThat(fresh.labourCurrent()).isEqualTo(1);
    }

    private static NewResident resident(LocalDate born, int relation, LocalDate answered) {
        Sex sex = relation == 3 ? Sex.FEMALE : Sex.MALE;
        return new NewResident(
                RegistryFixtures.nik(born, sex),
                "WARGA TALLY",
                sex,
                "CILEGON",
                born,
                1,
                1,
                5,
                1,
                relation,
                1,
                null,
                answered == null ? null : LabourActivity.WORKED,
                answered,
                null,
                null,
                null);
    }
}
