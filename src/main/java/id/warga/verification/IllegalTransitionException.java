package id.warga.verification;

import id.warga.shared.rules.RuleViolation;
import java.util.List;

/**
 * A step of the validation workflow that its rules do not allow now: the message (key
 * {@code verification.rule.<RULE>}, in Indonesian and English) names the rule. {@code kind} says
 * how the API answers: a conflict with the state (409), an action for someone else (403), or
 * input to correct (400). {@code violations} carries the registry's rules a change breaks now.
 */
public class IllegalTransitionException extends RuntimeException {

    public enum Kind {
        CONFLICT,
        FORBIDDEN,
        INVALID
    }

    private final Kind kind;
    private final String rule;
    private final transient List<Object> arguments;
    private final transient List<RuleViolation> violations;

    public IllegalTransitionException(Kind kind, String rule, Object... arguments) {
        this(kind, rule, List.of(), arguments);
    }

    public IllegalTransitionException(Kind kind, String rule, List<RuleViolation> violations, Object... arguments) {
        super(rule);
        this.kind = kind;
        this.rule = rule;
        this.arguments = List.of(arguments);
        this.violations = List.copyOf(violations);
    }

    public Kind kind() {
        return kind;
    }

    /** The rule's stable code, e.g. {@code SUBMISSION_ALREADY_DECIDED}. */
    public String rule() {
        return rule;
    }

    public String messageKey() {
        return "verification.rule." + rule;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The registry's rules the change breaks, when that is why it cannot be approved. */
    public List<RuleViolation> violations() {
        return violations;
    }
}
