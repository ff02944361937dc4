package id.warga.verification;

import id.warga.access.AccessFixtures;
import id.warga.access.Role;
import id.warga.population.CodeLists;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.LabourAnswer;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryFixtures;
import id.warga.population.RegistryIntake;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Areas of their own for the verification tests (the tests share one database): an RT in an RW
 * of a kelurahan nobody else uses, with an RT head, an RW head and a lurah account scoped to them,
 * and households registered through the registry's commands.
 */
@Component
class VerificationFixtures {

    final RegistryFixtures registry;
    final AccessFixtures accounts;
    final RegistryIntake intake;
    final Submissions submissions;

    VerificationFixtures(
            PopulationRegistry populationRegistry,
            PopulationDirectory directory,
            RegionUnits units,
            RegionDirectory regions,
            AccessFixtures accounts,
            RegistryIntake intake,
            Submissions submissions) {
        this.registry = new RegistryFixtures(populationRegistry, directory, units, regions);
        this.accounts = accounts;
        this.intake = intake;
        this.submissions = submissions;
    }

    /** An RT with its heads' and its lurah's accounts. */
    record Area(String rt, String rw, String kelurahan, String rtHead, String rwHead, String lurah) {}

    Area area(String rt) {
        registry.rt(rt);
        String rw = rt.substring(0, rt.lastIndexOf('.'));
        String kelurahan = rw.substring(0, rw.lastIndexOf('.'));
        return new Area(
                rt,
                rw,
                kelurahan,
                accounts.user("rt", Role.RT, rt),
                accounts.user("rw", Role.RW, rw),
                accounts.user("lurah", Role.KELURAHAN, kelurahan));
    }

    <T> T as(String user, Supplier<T> work) {
        return registry.as(user, work);
    }

    HouseholdView family(String rt) {
        return registry.familyIn(rt);
    }

    /** One adult living alone, with the labour activity given (none: never answered). */
    HouseholdView single(String rt, String name, LabourActivity labour) {
        return registry.singleIn(rt, name, Sex.MALE, LocalDate.now().minusYears(45), labour);
    }

    ResidentView member(HouseholdView household, String name) {
        return registry.member(household, name);
    }

    static RegistryCommand.AnswerLabourBlock labour(ResidentView r, LabourActivity activity) {
        return new RegistryCommand.AnswerLabourBlock(
                r.id(),
                r.version(),
                new LabourAnswer(activity, LocalDate.now().minusDays(2), null, null, null),
                Set.of());
    }

    static RegistryCommand.AddMember newborn(HouseholdView household, String name) {
        LocalDate born = LocalDate.now().minusDays(3);
        return new RegistryCommand.AddMember(
                household.id(),
                household.version(),
                id.warga.population.LifeEventKind.BIRTH,
                null,
                new id.warga.population.ResidentDetails(
                        null, name, Sex.FEMALE, "CILEGON", born, 1, 1, 1, 1, CodeLists.CHILD, 1, null),
                null,
                Set.of());
    }

    /** The user hands the change in through the registry's intake. */
    Received submit(String user, RegistryCommand command) {
        return as(user, () -> intake.submit(command, null));
    }

    /** A change the RT head handed in and the RW head verified: it waits for the lurah. */
    long verified(Area area, RegistryCommand command) {
        long id = submit(area.rtHead(), command).pending().submissionId();
        as(area.rwHead(), () -> submissions.verify(id, null));
        return id;
    }

    HouseholdView registerAlone(String rt, String name, LabourAnswer labour) {
        return registry.register(
                rt,
                List.of(new NewMember(
                        RegistryFixtures.person(name, Sex.MALE, LocalDate.now().minusYears(40), CodeLists.HEAD),
                        labour)));
    }
}
