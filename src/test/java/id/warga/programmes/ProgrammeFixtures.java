package id.warga.programmes;

import id.warga.access.AccessFixtures;
import id.warga.access.Role;
import id.warga.population.RegistryFixtures;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Areas and accounts for the programmes' tests: each call makes a fresh RW (in kelurahan
 * {@link #KELURAHAN}, which no other module's tests use) with its own head, and the kelurahan's,
 * kecamatan's and city's verifiers; plans are built through the real transitions.
 */
@Component
class ProgrammeFixtures {

    static final String KECAMATAN = "36.72.06";
    static final String KELURAHAN = "36.72.06.1003";
    static final String OTHER_KELURAHAN = "36.72.06.1001";
    private static final AtomicInteger RW_SERIAL = new AtomicInteger(100);

    final AccessFixtures accounts;
    final RegistryFixtures registry;
    final RwFundPlans plans;
    final String lurah;
    final String camat;

    ProgrammeFixtures(
            AccessFixtures accounts,
            RwFundPlans plans,
            id.warga.population.PopulationRegistry populationRegistry,
            id.warga.population.PopulationDirectory directory,
            id.warga.region.RegionUnits units,
            id.warga.region.RegionDirectory regions) {
        this.accounts = accounts;
        this.registry = new RegistryFixtures(populationRegistry, directory, units, regions);
        this.plans = plans;
        this.lurah = accounts.user("lurah-prog", Role.KELURAHAN, KELURAHAN);
        this.camat = accounts.user("camat-prog", Role.KECAMATAN, KECAMATAN);
    }

    /** A new RW of {@link #KELURAHAN} and the username of its head. */
    Rw rw() {
        String code = KELURAHAN + "." + String.format("%03d", RW_SERIAL.incrementAndGet());
        accounts.ensureUnit(code + ".001");
        return new Rw(code, accounts.user("rw-prog", Role.RW, code));
    }

    record Rw(String code, String head) {}

    <T> T as(String user, Supplier<T> work) {
        return registry.as(user, work);
    }

    static PlannedActivity activity(String name, ActivityCategory category, long budget) {
        return new PlannedActivity(name, category, Rupiah.of(budget), null, null);
    }

    /** The RW's plan of the year with the activities, drafted by its head. */
    PlanView draft(Rw rw, int year, PlannedActivity... activities) {
        return as(rw.head(), () -> {
            PlanView started = plans.start(rw.code(), year);
            return activities.length == 0 ? started : plans.plan(started.plan().id(), null, List.of(activities));
        });
    }

    /** Drafted, submitted, verified twice and approved. */
    PlanView approved(Rw rw, int year, PlannedActivity... activities) {
        long id = draft(rw, year, activities).plan().id();
        as(rw.head(), () -> plans.submit(id, null));
        as(lurah, () -> plans.verify(id, null));
        as(camat, () -> plans.verify(id, null));
        return as("kota", () -> plans.approve(id, null));
    }
}
