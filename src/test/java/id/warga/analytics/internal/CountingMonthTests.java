package id.warga.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.population.LabourActivity;
import id.warga.population.ResidentProfile;
import id.warga.population.Sex;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class CountingMonthTests {

    final CountingMonth august = new CountingMonth(YearMonth.of(2025, 8), 6);

    ResidentProfile born(LocalDate birth, LabourActivity activity, LocalDate reference) {
        return new ResidentProfile("36.72.01.1001.001.001", Sex.FEMALE, birth, 5, activity, reference);
    }

    @Test
    void measuresAgeOnTheMonthsLastDay() {
        assertThat(august.count(born(LocalDate.of(2010, 8, 31), null, null))
                        .orElseThrow()
                        .cell()
                        .ageBand())
                .as("turns 15 on 31 August")
                .isEqualTo(1);
        assertThat(august.count(born(LocalDate.of(2010, 9, 1), null, null))
                        .orElseThrow()
                        .cell()
                        .ageBand())
                .isEqualTo(AgeBand.CHILDREN);
        assertThat(august.count(born(LocalDate.of(2025, 9, 1), null, null)))
                .as("not born yet")
                .isEmpty();
    }

    @Test
    void keepsAnAnswerCurrentForTheMonthAndTheFiveBefore() {
        LocalDate birth = LocalDate.of(1990, 1, 1);
        assertThat(august.answersCurrentSince()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(august.count(born(birth, LabourActivity.LOOKING_FOR_WORK, LocalDate.of(2025, 3, 1)))
                        .orElseThrow()
                        .tally())
                .isEqualTo(new Tally(1, 1, 0, 1));
        assertThat(august.count(born(birth, LabourActivity.LOOKING_FOR_WORK, LocalDate.of(2025, 2, 28)))
                        .orElseThrow()
                        .tally())
                .isEqualTo(new Tally(1, 0, 0, 0));
        assertThat(august.count(born(birth, LabourActivity.WORKED, LocalDate.of(2025, 9, 1)))
                        .orElseThrow()
                        .tally())
                .as("an answer dated after the month does not count in it")
                .isEqualTo(new Tally(1, 0, 0, 0));
    }

    @Test
    void ignoresAChildsLabourAnswerAndUnknownEducationCodes() {
        var child = august.count(new ResidentProfile(
                        "36.72.01.1001.001.001",
                        Sex.MALE,
                        LocalDate.of(2012, 1, 1),
                        4,
                        LabourActivity.WORKED,
                        LocalDate.of(2025, 8, 1)))
                .orElseThrow();
        assertThat(child.tally()).isEqualTo(new Tally(1, 0, 0, 0));
        assertThat(child.cell().education()).isZero();
        var unknown = august.count(new ResidentProfile(
                        "36.72.01.1001.001.001", Sex.MALE, LocalDate.of(1980, 1, 1), 42, null, null))
                .orElseThrow();
        assertThat(unknown.cell().education()).isZero();
    }

    @Test
    void enclosesAnRtInEveryAreaUpToTheCity() {
        assertThat(AreaCodes.enclosing("36.72.01.1001.005.003"))
                .extracting(AreaCodes.Area::code)
                .containsExactly("36.72", "36.72.01", "36.72.01.1001", "36.72.01.1001.005", "36.72.01.1001.005.003");
    }
}
