package id.warga.exchange;

/** What an import does with a file that has bad rows. */
public enum ImportMode {
    /** Nothing is imported unless every row is valid; written in one transaction. */
    ALL_OR_NOTHING,
    /** The valid rows are imported (whole households, in committed batches) and the rest reported. */
    VALID_ROWS
}
