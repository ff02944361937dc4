package id.warga.population;

import id.warga.shared.rules.RuleViolation;
import java.util.List;

/**
 * A command broke rules: errors block it; warnings block it only until the sender confirms them
 * (by code, in the command's {@code confirmedWarnings}). Nothing was written.
 */
public class RuleViolationsException extends RuntimeException {

    private final List<RuleViolation> violations;

    public RuleViolationsException(List<RuleViolation> violations) {
        super("rules broken: " + violations.stream().map(RuleViolation::code).toList());
        this.violations = List.copyOf(violations);
    }

    /** Every broken rule: errors, and warnings not yet confirmed. */
    public List<RuleViolation> violations() {
        return violations;
    }

    public List<RuleViolation> errors() {
        return violations.stream().filter(RuleViolation::isError).toList();
    }

    public List<RuleViolation> unconfirmedWarnings() {
        return violations.stream().filter(v -> !v.isError()).toList();
    }

    /** True when only warnings stand in the way: confirming them would let the command through. */
    public boolean onlyWarnings() {
        return errors().isEmpty();
    }
}
