package id.warga.shared.web;

import id.warga.shared.rules.RuleViolation;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * An action that a module's rules refuse: the rule's stable code, the arguments of its message,
 * the input rules it breaks if any, and how the API answers ({@link Kind}). Each module names
 * where its rules' messages are ({@link #messageKey()}) and answers them in its own handler.
 */
public abstract class RefusedException extends RuntimeException {

    /** A conflict with the state (409), an action that is someone else's (403), or input to correct (400). */
    public enum Kind {
        CONFLICT,
        FORBIDDEN,
        INVALID
    }

    private final Kind kind;
    private final String rule;
    private final transient List<Object> arguments;
    private final transient List<RuleViolation> violations;

    protected RefusedException(Kind kind, String rule, List<RuleViolation> violations, Object... arguments) {
        super(rule);
        this.kind = kind;
        this.rule = rule;
        this.arguments = List.of(arguments);
        this.violations = List.copyOf(violations);
    }

    /** The message key of the rule, in the module's messages. */
    public abstract String messageKey();

    public Kind kind() {
        return kind;
    }

    public HttpStatus status() {
        return switch (kind) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
    }

    /** The rule's stable code, e.g. {@code SUBMISSION_ALREADY_DECIDED}. */
    public String rule() {
        return rule;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The input rules the action breaks, each with its field. */
    public List<RuleViolation> violations() {
        return violations;
    }
}
