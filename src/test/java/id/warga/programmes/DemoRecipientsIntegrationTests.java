package id.warga.programmes;

import static id.warga.population.RegistryFixtures.answer;
import static id.warga.population.RegistryFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import id.warga.population.CodeLists;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.PopulationDirectory;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo's recipients go where the rules let them: elders, unemployed adults, heads, students. */
@SpringBootTest
class DemoRecipientsIntegrationTests {

    static final String RT = "36.72.07.1002.971.001";

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    PopulationDirectory population;

    @Autowired
    AidProgrammes aid;

    @Autowired
    Scholarships scholarships;

    @Test
    void givesEldersUnemployedAdultsHeadsAndStudentsWhatFitsThem() {
        int year = Year.now().getValue() + 4;
        AidProgrammeView elderly = create("Bantuan sosial lansia uji", AidTarget.PERSON, year);
        AidProgrammeView blt = create("BLT uji", AidTarget.PERSON, year);
        AidProgrammeView household = create("Sampah rumah tangga uji", AidTarget.HOUSEHOLD, year);
        fixtures.registry.rt(RT);
        LocalDate today = LocalDate.now();
        HouseholdView elder =
                fixtures.registry.singleIn(RT, "MBAH SARINAH", Sex.FEMALE, today.minusYears(67), LabourActivity.OTHER);
        HouseholdView jobless = fixtures.registry.singleIn(
                RT, "DEDI KURNIAWAN", Sex.MALE, today.minusYears(31), LabourActivity.LOOKING_FOR_WORK);
        HouseholdView family = fixtures.registry.register(
                RT,
                List.of(
                        new NewMember(
                                person("HASAN BASRI", Sex.MALE, today.minusYears(46), CodeLists.HEAD),
                                answer(LabourActivity.WORKED)),
                        new NewMember(
                                person("NUR AINI", Sex.FEMALE, today.minusYears(20), 4),
                                answer(LabourActivity.SCHOOL))));
        ResidentView student = family.members().stream()
                .filter(m -> m.name().equals("NUR AINI"))
                .findFirst()
                .orElseThrow();

        int written =
                fixtures.as("admin", () -> new DemoRecipients(population, aid, scholarships).fill(List.of(RT), year));

        assertThat(written).isEqualTo(6);
        assertThat(identifiers(elderly)).containsExactly(elder.head().nik());
        assertThat(identifiers(blt)).containsExactly(jobless.head().nik());
        assertThat(identifiers(household))
                .containsExactlyInAnyOrder(elder.kkNumber(), jobless.kkNumber(), family.kkNumber());
        assertThat(fixtures.as("admin", () -> scholarships.list(null)))
                .extracting(ScholarshipView::nik)
                .contains(student.nik());
    }

    private AidProgrammeView create(String name, AidTarget target, int year) {
        return fixtures.as(
                "kota",
                () -> aid.create(new NewAidProgramme(name, AidSource.APBD, target, year, Rupiah.of(300_000), null)));
    }

    private List<String> identifiers(AidProgrammeView programme) {
        return fixtures.as("admin", () -> aid.recipients(programme.id(), null, 0)).stream()
                .map(RecipientView::identifier)
                .toList();
    }
}
