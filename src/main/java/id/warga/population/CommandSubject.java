package id.warga.population;

/**
 * What a command concerns: the RT it is about (where it must be reviewed), the household and the
 * resident if they exist already, and a name to list it by (the resident, or the head of the KK).
 */
public record CommandSubject(String rtCode, Long householdId, Long residentId, String name) {}
