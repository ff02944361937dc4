package id.warga.exchange;

/**
 * Cell text that a spreadsheet program shows as text and never runs: a value beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be taken as a formula
 * (CSV/formula injection), so it is prefixed with an apostrophe, which Excel and LibreOffice show as
 * "text follows" and Warga's importer removes again.
 */
final class SafeCells {

    private SafeCells() {}

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }
}
