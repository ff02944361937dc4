package id.warga.verification;

import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.RefusedException;
import java.util.List;

/**
 * A step of the validation workflow that its rules do not allow now: the message (key
 * {@code verification.rule.<RULE>}, in Indonesian and English) names the rule. {@code kind} says
 * how the API answers: a conflict with the state (409), an action for someone else (403), or
 * input to correct (400). {@code violations} carries the registry's rules a change breaks now.
 */
public class IllegalTransitionException extends RefusedException {

    public IllegalTransitionException(Kind kind, String rule, Object... arguments) {
        this(kind, rule, List.of(), arguments);
    }

    public IllegalTransitionException(Kind kind, String rule, List<RuleViolation> violations, Object... arguments) {
        super(kind, rule, violations, arguments);
    }

    @Override
    public String messageKey() {
        return "verification.rule." + rule();
    }
}
