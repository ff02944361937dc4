package id.warga.verification;

import id.warga.shared.rules.RuleViolation;
import java.util.List;

/**
 * What approving a waiting submission would meet now: whether the record changed since it was
 * handed in ({@code stale}, with the versions), and the registry's rules it breaks today
 * (errors block; warnings the RT head did not confirm block too).
 */
public record Recheck(
        boolean stale,
        String recordType,
        Integer expectedVersion,
        Integer currentVersion,
        List<RuleViolation> violations) {

    public static Recheck clean() {
        return new Recheck(false, null, null, null, List.of());
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean passes() {
        return !stale && violations.isEmpty();
    }
}
