package id.warga.shared.rules;

import java.util.List;

/**
 * A broken rule: its stable code (`NIK_LENGTH`), the field it concerns, whether it blocks (error)
 * or asks for confirmation (warning), and the arguments its message needs. The message itself
 * lives in the bundles under `rule.<code>`, in Indonesian and English.
 */
public record RuleViolation(String code, String field, Severity severity, List<Object> arguments) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static RuleViolation error(String code, String field, Object... arguments) {
        return new RuleViolation(code, field, Severity.ERROR, List.of(arguments));
    }

    public static RuleViolation warning(String code, String field, Object... arguments) {
        return new RuleViolation(code, field, Severity.WARNING, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public String messageKey() {
        return "rule." + code;
    }
}
