package id.warga.programmes;

import id.warga.shared.rules.RuleViolation;
import java.util.List;

/**
 * A rule of a programme that an action breaks: the message (key {@code programmes.rule.<RULE>}, in
 * Indonesian and English) names it. {@code kind} says how the API answers: a conflict with the
 * state (409), an action for someone else (403), or input to correct (400), with each broken rule
 * of the input in {@code violations} (keys {@code rule.<CODE>}).
 */
public class ProgrammeRuleException extends RuntimeException {

    public enum Kind {
        CONFLICT,
        FORBIDDEN,
        INVALID
    }

    private final Kind kind;
    private final String rule;
    private final transient List<Object> arguments;
    private final transient List<RuleViolation> violations;

    public ProgrammeRuleException(Kind kind, String rule, Object... arguments) {
        this(kind, rule, List.of(), arguments);
    }

    public ProgrammeRuleException(Kind kind, String rule, List<RuleViolation> violations, Object... arguments) {
        super(rule);
        this.kind = kind;
        this.rule = rule;
        this.arguments = List.of(arguments);
        this.violations = List.copyOf(violations);
    }

    /** Input that breaks rules: each broken rule named with its field. */
    public static ProgrammeRuleException invalid(List<RuleViolation> violations) {
        return new ProgrammeRuleException(Kind.INVALID, "INPUT_INVALID", violations);
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public String messageKey() {
        return "programmes.rule." + rule;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
