package id.warga.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages with one decimal, and the Wilson score interval of a proportion. */
final class Rates {

    /** 95% two-sided. */
    static final double Z = 1.959964;

    private Rates() {}

    /** part / whole × 100 with one decimal, or null when the whole is zero (or either is unknown). */
    static Double percent(Integer part, Integer whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return round(100.0 * part / whole);
    }

    static Double round(double percent) {
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The Wilson score interval of {@code successes / trials} in percent, or null without trials. */
    static Interval wilson(Integer successes, Integer trials) {
        if (successes == null || trials == null || trials == 0) {
            return null;
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(round(100 * Math.max(0, centre - half)), round(100 * Math.min(1, centre + half)));
    }
}
