package id.warga.programmes;

/** An activity as the RW head plans it: name, category, budget, an optional description and target RT. */
public record PlannedActivity(
        String name, ActivityCategory category, Rupiah budget, String description, String rtCode) {}
