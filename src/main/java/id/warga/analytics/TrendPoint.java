package id.warga.analytics;

/** An area's figures in one month; {@code closed} months are month-end snapshots, the open one is current. */
public record TrendPoint(
        String period,
        boolean closed,
        int residents,
        int workingAge,
        int labourForce,
        int unemployed,
        Double tpt,
        Double tpak,
        Double completeness,
        Double youthTpt) {}
