package id.warga.analytics;

/**
 * An area ranked by its unemployment: only areas with at least the minimum labour force rank,
 * and they rank by the lower end of the rate's 95% interval, so a small RT with a high rate by
 * chance does not outrank a larger one that is reliably high.
 */
public record Hotspot(
        int rank,
        String code,
        String name,
        String level,
        int labourForce,
        int unemployed,
        double tpt,
        Interval tptInterval,
        Double completeness) {}
