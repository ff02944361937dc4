package id.warga.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Age in completed years on a day, as the labour statistics count it (15+, five-year bands). */
class AgeBandTests {

    static final LocalDate BORN = LocalDate.of(2010, 6, 15);

    @Test
    void turnsAYearOlderOnTheBirthdayItself() {
        assertThat(AgeBand.ageOn(BORN, LocalDate.of(2025, 6, 14))).isEqualTo(14);
        assertThat(AgeBand.ageOn(BORN, LocalDate.of(2025, 6, 15))).isEqualTo(15);
        assertThat(AgeBand.ageOn(BORN, LocalDate.of(2025, 6, 16))).isEqualTo(15);
        assertThat(AgeBand.ageOn(BORN, LocalDate.of(2025, 5, 31))).isEqualTo(14);
        assertThat(AgeBand.ageOn(BORN, LocalDate.of(2025, 7, 1))).isEqualTo(15);
    }

    @Test
    void countsSomeoneBornOnTwentyNinthFebruaryOlderFromTheFirstOfMarchInOrdinaryYears() {
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertThat(AgeBand.ageOn(leap, LocalDate.of(2023, 2, 28))).isEqualTo(14);
        assertThat(AgeBand.ageOn(leap, LocalDate.of(2023, 3, 1))).isEqualTo(15);
        assertThat(AgeBand.ageOn(leap, LocalDate.of(2024, 2, 29))).isEqualTo(16);
    }

    @Test
    void putsAgesIntoTheirBands() {
        assertThat(AgeBand.of(14)).isEqualTo(AgeBand.CHILDREN);
        assertThat(AgeBand.of(15)).isEqualTo(1);
        assertThat(AgeBand.of(19)).isEqualTo(1);
        assertThat(AgeBand.of(20)).isEqualTo(2);
        assertThat(AgeBand.of(64)).isEqualTo(10);
        assertThat(AgeBand.of(65)).isEqualTo(AgeBand.OLDEST);
    }
}
