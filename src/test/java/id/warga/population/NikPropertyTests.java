package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Properties of NIK reading over many generated numbers (a seeded Random, so a failure repeats). */
class NikPropertyTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Set<String> KNOWN = Set.of("36", "36.72", "36.72.01", "36.72.05", "32", "32.04", "32.04.10");
    static final String[] KECAMATAN = {"367201", "367205", "320410"};

    static String encode(String kecamatan, LocalDate birth, Sex sex, int serial) {
        int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return kecamatan
                + String.format("%02d%02d%02d", day, birth.getMonthValue(), birth.getYear() % 100)
                + String.format("%04d", serial);
    }

    @Test
    void readsBackTheBirthDateSexAndRegionItWasIssuedWith() {
        Random random = new Random(20261127);
        for (int i = 0; i < 5_000; i++) {
            LocalDate birth = TODAY.minusDays(random.nextInt(365 * 99));
            Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            String kecamatan = KECAMATAN[random.nextInt(KECAMATAN.length)];
            String nik = encode(kecamatan, birth, sex, 1 + random.nextInt(9999));

            Nik.Reading reading = Nik.read(nik, TODAY, KNOWN::contains);

            assertThat(reading.valid()).as(nik).isTrue();
            assertThat(reading.warnings()).as(nik).isEmpty();
            assertThat(reading.sex()).as(nik).isEqualTo(sex);
            assertThat(reading.birthDate()).as(nik).isEqualTo(birth);
            assertThat(reading.regionCode().replace(".", "")).isEqualTo(kecamatan);
            assertThat(Nik.mask(nik))
                    .hasSize(16)
                    .startsWith(nik.substring(0, 4))
                    .endsWith(nik.substring(14));
            assertThat(Nik.mask(nik).chars().filter(c -> c == '*').count()).isEqualTo(10);
        }
    }

    @Test
    void neverAcceptsADayOutsideAMansOrAWomansRange() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            int day = random.nextInt(100);
            boolean possible = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
            String nik = "367201" + String.format("%02d", day) + "0190" + "0001";

            Nik.Reading reading = Nik.read(nik, TODAY, KNOWN::contains);

            if (!possible) {
                assertThat(reading.valid()).as(nik).isFalse();
            }
        }
    }

    @Test
    void readsAnyTextWithoutFailing() {
        Random random = new Random(99);
        String alphabet = "0123456789 -abc*\u0660\u00e9";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Nik.Reading reading = Nik.read(text.toString(), TODAY, KNOWN::contains);
            assertThat(reading.valid() || !reading.errors().isEmpty()).isTrue();
        }
    }
}
