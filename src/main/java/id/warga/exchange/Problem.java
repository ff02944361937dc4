package id.warga.exchange;

import id.warga.shared.rules.RuleViolation;
import java.util.List;

/**
 * One thing wrong with one row (or the whole file when {@code row} is 0): where (sheet, row,
 * column), the value as written, the rule's code and its message arguments. Errors keep the row
 * out; warnings are reported and the row is imported.
 */
record Problem(
        String sheet,
        int row,
        String column,
        String value,
        String code,
        RuleViolation.Severity severity,
        List<Object> arguments) {

    static Problem error(ImportRow row, String column, String value, String code, Object... arguments) {
        return new Problem(
                row.sheet(), row.number(), column, value, code, RuleViolation.Severity.ERROR, List.of(arguments));
    }

    static Problem of(ImportRow row, String column, String value, RuleViolation violation) {
        return new Problem(
                row.sheet(),
                row.number(),
                column,
                value,
                violation.code(),
                violation.severity(),
                violation.arguments());
    }

    boolean isError() {
        return severity == RuleViolation.Severity.ERROR;
    }
}
