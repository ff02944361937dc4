package id.warga.verification;

import id.warga.population.CommandSubject;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryCommand.AddMember;
import id.warga.population.RegistryCommand.ConfirmWarning;
import id.warga.population.RegistryCommand.RegisterHousehold;
import id.warga.population.RegistryCommand.SplitHousehold;
import java.util.Locale;

/**
 * What makes two submissions "the same change", so that an RT head's fix revises the one sent back
 * (or still waiting) instead of starting another: the kind of change and the record it is about;
 * for new records, what identifies them (the KK number of a new KK, the NIK or name of a new member).
 */
final class SubjectKeys {

    private SubjectKeys() {}

    static String of(RegistryCommand command, CommandSubject subject) {
        String type = command.type();
        if (command instanceof RegisterHousehold c) {
            return type + ":kk:" + normal(c.kkNumber());
        }
        if (command instanceof SplitHousehold c) {
            return type + ":h" + c.householdId() + ":kk:" + normal(c.kkNumber());
        }
        if (command instanceof AddMember c) {
            String who = c.details() == null
                    ? ""
                    : c.details().nik() != null && !c.details().nik().isBlank()
                            ? normal(c.details().nik())
                            : normal(c.details().name());
            return type + ":h" + c.householdId() + ":" + who;
        }
        if (command instanceof ConfirmWarning c) {
            return type + ":r" + c.residentId() + ":" + normal(c.code());
        }
        if (subject.residentId() != null) {
            return type + ":r" + subject.residentId();
        }
        return type + ":h" + subject.householdId();
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
