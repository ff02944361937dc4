package id.warga.analytics;

/**
 * An area ranked by its unemployment: only areas with at least the minimum labour force rank,
 * and they rank by the lower end of the rate's 95% interval, so a small RT with a high rate by
 * chance does not outrank a larger one that is reliably high. {@code place} names
 * where it lies inside the area asked about ("RW 005 · Kedaleman" for an RT in a kecamatan).
 */
public record Hotspot(
        int rank,
        String code,
        String name,
        String place,
        String level,
        int labourForce,
        int unemployed,
        double tpt,
        Interval tptInterval,
        Double completeness) {}
