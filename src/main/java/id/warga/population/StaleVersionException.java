package id.warga.population;

/**
 * A write based on an older version of a household or resident than the one stored: someone else
 * changed it first. Carries the current state so the sender can see both and redo the change.
 */
public class StaleVersionException extends RuntimeException {

    private final String recordType;
    private final long recordId;
    private final int expectedVersion;
    private final int currentVersion;
    private final Object current;

    public StaleVersionException(
            String recordType, long recordId, int expectedVersion, int currentVersion, Object current) {
        super(recordType + " " + recordId + " is at version " + currentVersion + ", not " + expectedVersion);
        this.recordType = recordType;
        this.recordId = recordId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.current = current;
    }

    public String recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** The record as it is now: a {@link HouseholdView} or a {@link ResidentView}. */
    public Object current() {
        return current;
    }
}
