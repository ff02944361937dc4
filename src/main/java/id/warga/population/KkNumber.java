package id.warga.population;

import id.warga.shared.rules.RuleViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A family card (KK) number: {@code PP KK CC DDMMYY SSSS}, the issuing region, the issue date and
 * a serial from 0001.
 */
public record KkNumber(String value) {

    public KkNumber {
        List<RuleViolation> errors = read(value, LocalDate.now(), code -> true);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid KK number: " + errors);
        }
    }

    /** Every defect of the text as a KK number; empty when it is valid. */
    public static List<RuleViolation> read(String input, LocalDate today, Predicate<String> knownRegion) {
        List<RuleViolation> errors = new ArrayList<>();
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            errors.add(RuleViolation.error("KK_EMPTY", "kkNumber"));
            return errors;
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(RuleViolation.error("KK_NOT_DIGITS", "kkNumber"));
        }
        if (text.length() != 16) {
            errors.add(RuleViolation.error("KK_LENGTH", "kkNumber", text.length()));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        String province = text.substring(0, 2);
        String kabKota = province + "." + text.substring(2, 4);
        if (!knownRegion.test(province)) {
            errors.add(RuleViolation.error("KK_PROVINCE_UNKNOWN", "kkNumber", province));
        } else if (!knownRegion.test(kabKota)) {
            errors.add(RuleViolation.error("KK_KABKOTA_UNKNOWN", "kkNumber", kabKota));
        }
        int day = Integer.parseInt(text.substring(6, 8));
        int month = Integer.parseInt(text.substring(8, 10));
        int year2 = Integer.parseInt(text.substring(10, 12));
        if (issueDate(day, month, year2, today) == null) {
            errors.add(RuleViolation.error("KK_DATE_INVALID", "kkNumber", text.substring(6, 12)));
        }
        if (text.endsWith("0000")) {
            errors.add(RuleViolation.error("KK_SERIAL_ZERO", "kkNumber"));
        }
        return errors;
    }

    private static LocalDate issueDate(int day, int month, int year2, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(2000 + year2, month, day);
            return date.isAfter(today) ? LocalDate.of(1900 + year2, month, day) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String masked() {
        return Nik.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
