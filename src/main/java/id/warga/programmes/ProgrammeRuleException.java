package id.warga.programmes;

import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.RefusedException;
import java.util.List;

/**
 * A rule of a programme that an action breaks: the message (key {@code programmes.rule.<RULE>}, in
 * Indonesian and English) names it. {@code kind} says how the API answers: a conflict with the
 * state (409), an action for someone else (403), or input to correct (400), with each broken rule
 * of the input in {@code violations} (keys {@code rule.<CODE>}).
 */
public class ProgrammeRuleException extends RefusedException {

    public ProgrammeRuleException(Kind kind, String rule, Object... arguments) {
        this(kind, rule, List.of(), arguments);
    }

    public ProgrammeRuleException(Kind kind, String rule, List<RuleViolation> violations, Object... arguments) {
        super(kind, rule, violations, arguments);
    }

    /** Input that breaks rules: each broken rule named with its field. */
    public static ProgrammeRuleException invalid(List<RuleViolation> violations) {
        return new ProgrammeRuleException(Kind.INVALID, "INPUT_INVALID", violations);
    }

    @Override
    public String messageKey() {
        return "programmes.rule." + rule();
    }
}
