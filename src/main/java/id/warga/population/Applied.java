package id.warga.population;

/**
 * What applying a command did: the household and resident it created or changed, and whether it
 * had been applied before under the same key (then nothing was written again).
 */
public record Applied(String type, Long householdId, Long residentId, boolean replayed) {}
