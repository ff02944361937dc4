package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KkNumberTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Set<String> KNOWN = Set.of("36", "36.72", "36.72.01");

    static List<String> read(String kk) {
        return KkNumber.read(kk, TODAY, KNOWN::contains).stream()
                .map(RuleViolation::code)
                .toList();
    }

    @Test
    void acceptsAKkNumberOfCilegon() {
        assertThat(read("3672012106140001")).isEmpty();
        assertThat(new KkNumber("3672012106140001").masked()).isEqualTo("3672**********01");
    }

    @Nested
    class Explains {

        @Test
        void anEmptyNumber() {
            assertThat(read(" ")).containsExactly("KK_EMPTY");
        }

        @Test
        void lettersAndAWrongLength() {
            assertThat(read("36720121061400A")).containsExactly("KK_NOT_DIGITS", "KK_LENGTH");
        }

        @Test
        void anUnknownKabupatenOrKota() {
            assertThat(read("3699012106140001")).containsExactly("KK_KABKOTA_UNKNOWN");
        }

        @Test
        void anIssueDateThatDoesNotExist() {
            assertThat(read("3672013102140001")).containsExactly("KK_DATE_INVALID");
        }

        @Test
        void aZeroSerial() {
            assertThat(read("3672012106140000")).containsExactly("KK_SERIAL_ZERO");
        }

        @Test
        void byRefusingToBeBuilt() {
            assertThatThrownBy(() -> new KkNumber("123")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
