package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

class NikTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Set<String> KNOWN = knownCodes();

    static Set<String> knownCodes() {
        Set<String> codes = new HashSet<>();
        for (CSVRecord row : csv("data/region/indonesia-wilayah-kecamatan.csv")) {
            codes.add(row.get("kode"));
        }
        return codes;
    }

    static List<CSVRecord> csv(String resource) {
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<CSVRecord> vectors() {
        return csv("data/nik-test-vectors.csv").stream();
    }

    static Nik.Reading read(String nik) {
        return Nik.read(nik, TODAY, KNOWN::contains);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void agreesWithThePublishedTestVectors(CSVRecord vector) {
        Nik.Reading reading = read(vector.get("nik"));

        assertThat(reading.valid()).as(vector.get("note")).isEqualTo(Boolean.parseBoolean(vector.get("valid")));
        if (reading.valid()) {
            assertThat(reading.regionCode()).isEqualTo(vector.get("region_code"));
            assertThat(reading.birthDate()).isEqualTo(LocalDate.parse(vector.get("birth_date")));
            assertThat(reading.sex()).isEqualTo("F".equals(vector.get("sex")) ? Sex.FEMALE : Sex.MALE);
        }
    }

    @Test
    void readsACilegonNikOfAWoman() {
        Nik.Reading reading = read("3672055708049038");

        assertThat(reading.valid()).isTrue();
        assertThat(reading.regionCode()).isEqualTo("36.72.05");
        assertThat(reading.birthDate()).isEqualTo(LocalDate.of(2004, 8, 17));
        assertThat(reading.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void choosesTheCenturyThatPutsTheBirthInThePast() {
        assertThat(read("3672011511260001").birthDate()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(read("3672011512260001").birthDate()).isEqualTo(LocalDate.of(1926, 12, 15));
    }

    @Test
    void masksAllButTheFirstFourAndLastTwoDigits() {
        assertThat(Nik.mask("3672055708049038")).isEqualTo("3672**********38");
        assertThat(new Nik("3672055708049038").toString()).isEqualTo("3672**********38");
    }

    @Nested
    class Explains {

        @Test
        void aWrongLength() {
            assertThat(codes(read("367205070707914"))).containsExactly("NIK_LENGTH");
        }

        @Test
        void lettersInsteadOfDigits() {
            assertThat(codes(read("36720507070791AB"))).containsExactly("NIK_NOT_DIGITS");
        }

        @Test
        void anUnknownProvince() {
            assertThat(codes(read("9972051407780001"))).containsExactly("NIK_PROVINCE_UNKNOWN");
        }

        @Test
        void anUnknownKabupatenOrKota() {
            assertThat(codes(read("3699051407780001"))).containsExactly("NIK_KABKOTA_UNKNOWN");
        }

        @Test
        void anUnknownKecamatanOnlyAsAWarning() {
            Nik.Reading reading = read("3672991407780001");
            assertThat(reading.valid()).isTrue();
            assertThat(codes(reading.warnings())).containsExactly("NIK_KECAMATAN_UNKNOWN");
        }

        @Test
        void aDayThatIsNeitherAManNorAWomansDay() {
            assertThat(codes(read("3672053507780001"))).containsExactly("NIK_DAY_INVALID");
            assertThat(codes(read("3672057207780001"))).containsExactly("NIK_DAY_INVALID");
        }

        @Test
        void aDateThatDoesNotExist() {
            assertThat(codes(read("3672053002000001"))).containsExactly("NIK_DATE_INVALID");
            assertThat(codes(read("3672052902010001"))).containsExactly("NIK_DATE_INVALID");
        }

        @Test
        void aMonthOutOfRange() {
            assertThat(codes(read("3672051413780001"))).containsExactly("NIK_MONTH_INVALID");
        }

        @Test
        void aZeroSerial() {
            assertThat(codes(read("3672051407780000"))).containsExactly("NIK_SERIAL_ZERO");
        }

        @Test
        void everyDefectAtOnce() {
            assertThat(codes(read("3699051413780000")))
                    .containsExactly("NIK_KABKOTA_UNKNOWN", "NIK_MONTH_INVALID", "NIK_SERIAL_ZERO");
        }

        private List<String> codes(Nik.Reading reading) {
            return codes(reading.errors());
        }

        private List<String> codes(List<id.warga.shared.rules.RuleViolation> violations) {
            return violations.stream()
                    .map(id.warga.shared.rules.RuleViolation::code)
                    .toList();
        }
    }
}
