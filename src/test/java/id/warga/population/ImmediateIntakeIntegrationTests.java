package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The registry's own intake, for an installation without review: whoever hands a change in, it
 * is applied at once and nothing ever waits. (With the verification module the reviewing intake
 * is the one the pages and the API use.)
 */
@SpringBootTest
class ImmediateIntakeIntegrationTests {

    static final String RT = "36.72.02.1004.901.001";

    @Autowired
    ImmediateIntake intake;

    @Autowired
    RegistryIntake used;

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    @Test
    void appliesAnyChangeAtOnceAndHasNothingWaiting() {
        RegistryFixtures fixtures = new RegistryFixtures(registry, directory, units, regions);
        HouseholdView family = fixtures.familyIn(RT);
        ResidentView wife = fixtures.member(family, "SITI AMINAH");

        Received received = fixtures.as(
                "kota",
                () -> intake.submit(
                        new RegistryCommand.AnswerLabourBlock(
                                wife.id(), wife.version(), RegistryFixtures.answer(LabourActivity.WORKED), Set.of()),
                        null));
        assertThat(received.waiting()).isFalse();
        assertThat(received.applied().residentId()).isEqualTo(wife.id());
        assertThat(fixtures.as("admin", () -> directory.resident(wife.id()))
                        .labour()
                        .activity())
                .isEqualTo(LabourActivity.WORKED);
        assertThat(intake.pendingInHousehold(family.id())).isEmpty();
        assertThat(intake.pendingInRt(RT)).isEmpty();
        assertThat(used)
                .as("with verification present, its reviewing intake is the one in use")
                .isNotSameAs(intake);
    }
}
