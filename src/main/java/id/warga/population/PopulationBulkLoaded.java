package id.warga.population;

import java.util.List;
import java.util.Set;

/**
 * New households and residents were written in bulk into these RTs; derived figures must follow.
 * {@code profiles} holds what the statistics count of each new resident (all living), so that
 * counts can grow by them without reading the registry again.
 */
public record PopulationBulkLoaded(Set<String> rtCodes, int households, int residents, List<ResidentProfile> profiles) {

    public PopulationBulkLoaded {
        rtCodes = Set.copyOf(rtCodes);
        profiles = List.copyOf(profiles);
    }
}
