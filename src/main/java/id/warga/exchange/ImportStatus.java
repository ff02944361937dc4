package id.warga.exchange;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an import job stands. A job moves only along the transitions below; each transition is
 * made in the database against the status it expects, so two requests never both move a job.
 */
public enum ImportStatus {
    /** Waiting for the import worker. */
    QUEUED,
    /** Reading the file and checking every row against the registry's rules; nothing is written. */
    CHECKING,
    /** Checked; RW/RT units must be created in the kelurahan first, and the user has to agree. */
    NEEDS_CONFIRMATION,
    /** Writing households and residents. */
    IMPORTING,
    /** Done: the valid rows are in the registry. */
    COMPLETED,
    /** All or nothing, and some rows were invalid: nothing was written. */
    REJECTED,
    CANCELLED,
    /** The server stopped while the job ran; it can be resumed or started over. */
    INTERRUPTED,
    /** The file could not be read to the end, or something unexpected happened; nothing half-written. */
    FAILED;

    public boolean running() {
        return this == QUEUED || this == CHECKING || this == IMPORTING;
    }

    public boolean finished() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED || this == FAILED;
    }

    /** The statuses a job may come from to reach this one. */
    Set<ImportStatus> from() {
        return switch (this) {
            case QUEUED -> EnumSet.of(INTERRUPTED);
            case CHECKING -> EnumSet.of(QUEUED);
            case NEEDS_CONFIRMATION -> EnumSet.of(CHECKING);
            case IMPORTING -> EnumSet.of(QUEUED, CHECKING, NEEDS_CONFIRMATION, INTERRUPTED);
            case COMPLETED, REJECTED -> EnumSet.of(CHECKING, IMPORTING);
            case CANCELLED -> EnumSet.of(QUEUED, CHECKING, NEEDS_CONFIRMATION, IMPORTING, INTERRUPTED);
            case INTERRUPTED -> EnumSet.of(QUEUED, CHECKING, IMPORTING);
            case FAILED -> EnumSet.of(QUEUED, CHECKING, IMPORTING);
        };
    }
}
