package id.warga.population;

import id.warga.shared.rules.RuleViolation;

/**
 * Something in an RT's data an RT head should check: a warning about a resident that nobody has
 * confirmed, a labour block that is missing or older than six months, a newborn without a NIK.
 */
public record OpenWarning(
        long residentId, String residentName, long householdId, String rtCode, RuleViolation violation) {

    public String code() {
        return violation.code();
    }

    /** Whether the RT head can mark it as checked and right (otherwise only a change resolves it). */
    public boolean confirmable() {
        return RegistryRules.CONFIRMABLE.contains(violation.code());
    }
}
