package id.warga.population;

import java.util.Set;

/** Households and residents were written in bulk into these RTs; derived figures must follow. */
public record PopulationBulkLoaded(Set<String> rtCodes, int households, int residents) {}
