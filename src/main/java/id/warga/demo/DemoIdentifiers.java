package id.warga.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Issues unique NIKs and KK numbers whose region, date and sex agree with the person: a running
 * serial per region-and-date prefix, as Dukcapil issues them.
 */
final class DemoIdentifiers {

    private final Map<String, Integer> serials = new HashMap<>();

    String nik(String kecamatanDigits, LocalDate birthDate, boolean female) {
        int day = birthDate.getDayOfMonth() + (female ? 40 : 0);
        String prefix = kecamatanDigits
                + String.format("%02d%02d%02d", day, birthDate.getMonthValue(), birthDate.getYear() % 100);
        return prefix + serial(prefix);
    }

    String kkNumber(String kecamatanDigits, LocalDate issued) {
        String prefix = kecamatanDigits
                + String.format("%02d%02d%02d", issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear() % 100);
        return prefix + serial(prefix);
    }

    private String serial(String prefix) {
        int next = serials.merge(prefix, 1, Integer::sum);
        if (next > 9999) {
            throw new IllegalStateException("serials exhausted for " + prefix);
        }
        return String.format("%04d", next);
    }
}
