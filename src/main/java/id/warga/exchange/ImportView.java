package id.warga.exchange;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An import job as the API answers it: {@code status}, the rows read, imported and rejected, and
 * the first row problems ({@code errors}, in the caller's language; all are in the XLSX report).
 */
public record ImportView(
        UUID id,
        String kelurahan,
        String fileName,
        ImportMode mode,
        ImportStatus status,
        String phase,
        int rowsRead,
        Integer rowsTotal,
        int rowsImported,
        int rowsUnchanged,
        int rowsRejected,
        int householdsCreated,
        int householdsUpdated,
        int percent,
        long rowsPerSecond,
        Long secondsLeft,
        List<String> unitsToCreate,
        List<String> notices,
        String failure,
        int errorsTotal,
        List<RowError> errors) {

    /** One row problem: where, the value as written, the rule's code and its message. */
    public record RowError(
            String sheet, Integer row, String column, String value, String code, String severity, String message) {}

    static ImportView of(ImportJob job, int errorsTotal, List<ImportProblems.ReportedProblem> first, Locale locale) {
        return new ImportView(
                job.id(),
                job.kelurahan(),
                job.fileName(),
                job.mode(),
                job.status(),
                job.phase(),
                job.rowsRead(),
                job.rowsTotal(),
                job.rowsImported(),
                job.rowsUnchanged(),
                job.rowsRejected(),
                job.householdsCreated(),
                job.householdsUpdated(),
                job.percent(),
                Math.round(job.rowsPerSecond()),
                job.secondsLeft(),
                job.unitsToCreate(),
                job.notices(),
                job.failure(),
                errorsTotal,
                first.stream()
                        .map(p -> new RowError(
                                p.sheet(), p.row(), p.column(), p.value(), p.code(), p.severity(), p.message(locale)))
                        .toList());
    }
}
