package id.warga.population;

/**
 * The approved state of a resident changed in a way the statistics may count: published for
 * every create, change, move, death or departure, in the same transaction. {@code before} is
 * null for a new resident, {@code after} null for one no longer counted.
 */
public record ResidentProfileChanged(long residentId, ResidentProfile before, ResidentProfile after) {}
