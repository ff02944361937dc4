package id.warga.population;

import id.warga.shared.rules.RuleViolation;
import java.util.List;
import java.util.Set;

/**
 * What the rules say of one new household, as {@link PopulationRegistry#checkAll} answers: every
 * error and warning (fields named {@code members[i].…} for member {@code i}), and the members whose
 * NIK belongs to a former resident who would come back (registering them writes their old record).
 */
public record RegistrationCheck(List<RuleViolation> violations, Set<Integer> returningMembers) {

    public boolean hasErrors() {
        return violations.stream().anyMatch(RuleViolation::isError);
    }
}
