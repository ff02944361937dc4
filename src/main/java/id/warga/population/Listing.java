package id.warga.population;

import java.util.List;

/**
 * One page of a list and the number of all matches. {@code totalExact} is false when counting
 * stopped at a bound (a broad search), and {@code total} is then a lower bound.
 */
public record Listing<T>(List<T> items, long total, boolean totalExact) {}
