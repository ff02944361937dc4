package id.warga.analytics.internal;

import java.time.LocalDate;

/**
 * Five-year age bands as BPS tabulates the labour force: 0 is the children (0–14), 1 is 15–19,
 * … 10 is 60–64, 11 is 65 and over. Age is counted in full years on the month's last day.
 */
public final class AgeBand {

    public static final int CHILDREN = 0;
    public static final int OLDEST = 11;
    /** Youth (15–24) is bands 1 and 2. */
    public static final int YOUTH_LAST = 2;

    private AgeBand() {}

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        int years = day.getYear() - birthDate.getYear();
        int month = birthDate.getMonthValue() - day.getMonthValue();
        boolean birthdayAhead = month > 0 || (month == 0 && birthDate.getDayOfMonth() > day.getDayOfMonth());
        return birthdayAhead ? years - 1 : years;
    }

    public static int of(int age) {
        if (age < 15) {
            return CHILDREN;
        }
        return age >= 65 ? OLDEST : 1 + (age - 15) / 5;
    }

    public static boolean isYouth(int band) {
        return band >= 1 && band <= YOUTH_LAST;
    }

    /** "15–19", "65+", "0–14". */
    public static String label(int band) {
        if (band == CHILDREN) {
            return "0–14";
        }
        if (band == OLDEST) {
            return "65+";
        }
        int from = 15 + 5 * (band - 1);
        return from + "–" + (from + 4);
    }
}
