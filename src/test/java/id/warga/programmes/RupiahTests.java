package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RupiahTests {

    @Test
    void writesThousandsWithDots() {
        assertThat(Rupiah.of(100_000_000).formatted()).isEqualTo("Rp 100.000.000");
        assertThat(Rupiah.of(3_000_000).toString()).isEqualTo("Rp 3.000.000");
        assertThat(Rupiah.of(999).formatted()).isEqualTo("Rp 999");
        assertThat(Rupiah.ZERO.formatted()).isEqualTo("Rp 0");
    }

    @Test
    void readsWhatPeopleType() {
        assertThat(Rupiah.parse("Rp 1.500.000")).contains(Rupiah.of(1_500_000));
        assertThat(Rupiah.parse("1500000")).contains(Rupiah.of(1_500_000));
        assertThat(Rupiah.parse("25 000 000")).contains(Rupiah.of(25_000_000));
        assertThat(Rupiah.parse("rp2.000.000,00")).contains(Rupiah.of(2_000_000));
    }

    @Test
    void readsBackWhatItWritesForAnyAmount() {
        Random random = new Random(20260101);
        for (int i = 0; i < 1000; i++) {
            Rupiah amount = Rupiah.of(Math.abs(random.nextLong() % 1_000_000_000_000L));
            assertThat(Rupiah.parse(amount.formatted())).as(amount.formatted()).contains(amount);
        }
    }

    @Test
    void addsSubtractsAndComparesExactly() {
        Rupiah budget = Rupiah.of(40_000_000);
        assertThat(budget.plus(Rupiah.of(60_000_000))).isEqualTo(Rupiah.of(100_000_000));
        assertThat(budget.minus(Rupiah.of(15_000_000))).isEqualTo(Rupiah.of(25_000_000));
        assertThat(budget.times(2)).isEqualTo(Rupiah.of(80_000_000));
        assertThat(Rupiah.of(40_000_001).exceeds(budget)).isTrue();
        assertThat(budget.exceeds(budget)).isFalse();
        assertThat(Rupiah.of(25_000_000).shareOf(Rupiah.of(100_000_000))).isEqualTo(0.25);
        assertThat(budget.shareOf(Rupiah.ZERO)).isZero();
    }

    @Nested
    class Refuses {

        @Test
        void aNegativeAmount() {
            assertThatThrownBy(() -> Rupiah.of(-1)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aDifferenceBelowZero() {
            assertThatThrownBy(() -> Rupiah.of(5).minus(Rupiah.of(6))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aSumBeyondWhatALongHolds() {
            assertThatThrownBy(() -> Rupiah.of(Long.MAX_VALUE).plus(Rupiah.of(1)))
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void textThatIsNotAWholeAmount() {
            assertThat(Rupiah.parse("")).isEmpty();
            assertThat(Rupiah.parse(null)).isEmpty();
            assertThat(Rupiah.parse("-5000")).isEmpty();
            assertThat(Rupiah.parse("dua juta")).isEmpty();
            assertThat(Rupiah.parse("1.5e6")).isEmpty();
            assertThat(Rupiah.parse("99999999999999999999")).isEmpty();
        }
    }
}
