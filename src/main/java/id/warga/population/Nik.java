package id.warga.population;

import id.warga.shared.rules.RuleViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A Nomor Induk Kependudukan: {@code PP KK CC DDMMYY SSSS}. Province, kab/kota and kecamatan where
 * it was issued; the birth date, with 40 added to the day for women; a serial from 0001. Read
 * once, with every defect explained; a valid value knows its region, birth date and sex.
 */
public record Nik(String value) {

    public Nik {
        Reading reading = read(value, LocalDate.now(), code -> true);
        if (!reading.valid()) {
            throw new IllegalArgumentException("invalid NIK: " + reading.errors());
        }
    }

    /**
     * Reads a NIK against today's date and a list of known region codes (dotted: `36`, `36.72`,
     * `36.72.01`). An unknown province or kab/kota is an error; an unknown kecamatan only a
     * warning, since codes change and an old NIK keeps its issuing kecamatan.
     */
    public static Reading read(String input, LocalDate today, Predicate<String> knownRegion) {
        List<RuleViolation> errors = new ArrayList<>();
        List<RuleViolation> warnings = new ArrayList<>();
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            errors.add(RuleViolation.error("NIK_EMPTY", "nik"));
            return new Reading(text, errors, warnings, null, null, null);
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(RuleViolation.error("NIK_NOT_DIGITS", "nik"));
        }
        if (text.length() != 16) {
            errors.add(RuleViolation.error("NIK_LENGTH", "nik", text.length()));
        }
        if (!errors.isEmpty()) {
            return new Reading(text, errors, warnings, null, null, null);
        }
        String province = text.substring(0, 2);
        String kabKota = province + "." + text.substring(2, 4);
        String kecamatan = kabKota + "." + text.substring(4, 6);
        if (!knownRegion.test(province)) {
            errors.add(RuleViolation.error("NIK_PROVINCE_UNKNOWN", "nik", province));
        } else if (!knownRegion.test(kabKota)) {
            errors.add(RuleViolation.error("NIK_KABKOTA_UNKNOWN", "nik", kabKota));
        } else if (!knownRegion.test(kecamatan)) {
            warnings.add(RuleViolation.warning("NIK_KECAMATAN_UNKNOWN", "nik", kecamatan));
        }

        int dayField = Integer.parseInt(text.substring(6, 8));
        int month = Integer.parseInt(text.substring(8, 10));
        int year2 = Integer.parseInt(text.substring(10, 12));
        Sex sex = dayField > 40 ? Sex.FEMALE : Sex.MALE;
        int day = dayField > 40 ? dayField - 40 : dayField;
        LocalDate birthDate = null;
        if (month < 1 || month > 12) {
            errors.add(RuleViolation.error("NIK_MONTH_INVALID", "nik", text.substring(8, 10)));
        } else if (day < 1 || day > 31 || dayField > 71) {
            errors.add(RuleViolation.error("NIK_DAY_INVALID", "nik", text.substring(6, 8)));
        } else {
            birthDate = birthDate(day, month, year2, today);
            if (birthDate == null) {
                errors.add(RuleViolation.error(
                        "NIK_DATE_INVALID", "nik", String.format("%02d-%02d-%02d", day, month, year2)));
            }
        }
        if (text.endsWith("0000")) {
            errors.add(RuleViolation.error("NIK_SERIAL_ZERO", "nik"));
        }
        boolean dateKnown = birthDate != null;
        return new Reading(
                text,
                errors,
                warnings,
                errors.stream().anyMatch(e -> e.code().startsWith("NIK_PROVINCE")) ? null : kecamatan,
                dateKnown ? birthDate : null,
                dateKnown ? sex : null);
    }

    /** The century is the one that puts the date in the past (or today). */
    private static LocalDate birthDate(int day, int month, int year2, LocalDate today) {
        for (int century : new int[] {2000, 1900}) {
            try {
                LocalDate date = LocalDate.of(century + year2, month, day);
                if (!date.isAfter(today)) {
                    return date;
                }
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    public LocalDate birthDate(LocalDate today) {
        return read(value, today, c -> true).birthDate();
    }

    public Sex sex() {
        return Integer.parseInt(value.substring(6, 8)) > 40 ? Sex.FEMALE : Sex.MALE;
    }

    /** The issuing kecamatan, dotted (`36.72.01`). */
    public String kecamatanCode() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
    }

    /** The NIK as shown to those whose area it is not: `3672**********01`. */
    public String masked() {
        return mask(value);
    }

    /** Masks any 16-digit identifier (NIK or KK number) to its first four and last two digits. */
    public static String mask(String identifier) {
        if (identifier == null || identifier.length() < 6) {
            return identifier;
        }
        return identifier.substring(0, 4)
                + "*".repeat(identifier.length() - 6)
                + identifier.substring(identifier.length() - 2);
    }

    @Override
    public String toString() {
        return masked();
    }

    /** What a NIK says, and every defect found in it. */
    public record Reading(
            String input,
            List<RuleViolation> errors,
            List<RuleViolation> warnings,
            String regionCode,
            LocalDate birthDate,
            Sex sex) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }
}
