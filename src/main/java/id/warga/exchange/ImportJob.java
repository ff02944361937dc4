package id.warga.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import job as stored: its file, target, mode, status, counts and the pace of the pass running now. */
record ImportJob(
        UUID id,
        String kelurahan,
        ImportMode mode,
        ImportStatus status,
        boolean createUnits,
        String fileName,
        String filePath,
        long fileSize,
        String fileFormat,
        String layout,
        List<String> notices,
        List<String> unitsToCreate,
        String startedBy,
        Instant createdAt,
        Instant finishedAt,
        String phase,
        Instant phaseStartedAt,
        Integer rowsTotal,
        int rowsRead,
        int rowsImported,
        int rowsUnchanged,
        int rowsRejected,
        int householdsCreated,
        int householdsUpdated,
        int committedRow,
        boolean cancelRequested,
        String failure,
        Instant now) {

    /** Rows handled per second in the pass running now (or the last one). */
    double rowsPerSecond() {
        if (phaseStartedAt == null || rowsRead == 0) {
            return 0;
        }
        Instant end = finishedAt != null && !status.running() ? finishedAt : now;
        double seconds = Math.max(0.001, Duration.between(phaseStartedAt, end).toMillis() / 1000.0);
        return rowsRead / seconds;
    }

    /** Seconds left in the pass running now, once its pace and the number of rows are known. */
    Long secondsLeft() {
        double pace = rowsPerSecond();
        if (!status.running() || rowsTotal == null || pace <= 0) {
            return null;
        }
        return Math.max(0, Math.round((rowsTotal - rowsRead) / pace));
    }

    /** Percent of the pass running now; the whole bar once the job has ended. */
    int percent() {
        if (status.finished() || status == ImportStatus.NEEDS_CONFIRMATION) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return 0;
        }
        return (int) Math.min(100, Math.floor(100.0 * rowsRead / rowsTotal));
    }
}
