package id.warga.exchange;

/** The running counts of one pass over a file. */
final class ImportCounts {
    int rowsRead;
    int rowsImported;
    int rowsUnchanged;
    int rowsRejected;
    int householdsCreated;
    int householdsUpdated;
    int committedRow;
    int errors;
}
