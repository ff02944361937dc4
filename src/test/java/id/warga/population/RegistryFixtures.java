package id.warga.population;

import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryCommand.RegisterHousehold;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Households and residents for tests, built through the registry's own commands, with NIKs and
 * KK numbers unique within the test JVM (tests share one database). Named by state.
 */
public final class RegistryFixtures {

    private static final AtomicInteger SERIAL = new AtomicInteger(4000);

    /** The demo accounts' areas: {@code rt} keeps this RT; {@code lurah} the kelurahan around it. */
    public static final String RT_OF_RT_USER = "36.72.01.1002.001.001";

    private final PopulationRegistry registry;
    private final PopulationDirectory directory;
    private final RegionUnits units;
    private final RegionDirectory regions;

    public RegistryFixtures(
            PopulationRegistry registry, PopulationDirectory directory, RegionUnits units, RegionDirectory regions) {
        this.registry = registry;
        this.directory = directory;
        this.units = units;
        this.regions = regions;
    }

    /** Makes sure the RT (and its RW) exist; they are not part of the region data, only of the demo city. */
    public synchronized String rt(String rtCode) {
        RegionCode rt = RegionCode.of(rtCode);
        RegionCode rw = rt.parent().orElseThrow();
        if (regions.find(rw).isEmpty()) {
            units.create(rw.parent().orElseThrow(), rw.localNumber(), null);
        }
        if (regions.find(rt).isEmpty()) {
            units.create(rw, rt.localNumber(), null);
        }
        return rtCode;
    }

    /**
     * Runs as one of the demo accounts: the access module takes its roles and areas from the
     * account of that name (as for a test's mock user, see docs/access.md).
     */
    public <T> T as(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    /** A NIK issued in Cibeber (36.72.01) that agrees with the birth date and sex. */
    public static String nik(LocalDate birthDate, Sex sex) {
        int day = birthDate.getDayOfMonth() + (sex == Sex.FEMALE ? 40 : 0);
        return "367201"
                + String.format("%02d%02d%02d", day, birthDate.getMonthValue(), birthDate.getYear() % 100)
                + String.format("%04d", 1 + SERIAL.incrementAndGet() % 9999);
    }

    public static String kkNumber() {
        LocalDate issued = LocalDate.of(2015, 1, 1).plusDays(SERIAL.incrementAndGet() % 3000);
        return "367201"
                + String.format("%02d%02d%02d", issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear() % 100)
                + String.format("%04d", 1 + SERIAL.incrementAndGet() % 9999);
    }

    public static ResidentDetails person(String name, Sex sex, LocalDate birthDate, int relation) {
        boolean adult = birthDate.isBefore(LocalDate.now().minusYears(19));
        return new ResidentDetails(
                nik(birthDate, sex),
                name,
                sex,
                "CILEGON",
                birthDate,
                1,
                adult && relation <= 3 ? 2 : 1,
                adult ? 5 : 2,
                adult ? 1 : 3,
                relation,
                1,
                null);
    }

    public static LabourAnswer answer(LabourActivity activity) {
        return new LabourAnswer(activity, LocalDate.now().minusDays(3), null, null, null);
    }

    /**
     * A couple and their school-age child in the RT, registered as admin: the father works, the
     * mother looks for work. Answers the household card.
     */
    public HouseholdView familyIn(String rtCode) {
        rt(rtCode);
        LocalDate today = LocalDate.now();
        List<NewMember> members = new ArrayList<>();
        members.add(new NewMember(
                person("BUDI SANTOSO", Sex.MALE, today.minusYears(40).minusDays(10), CodeLists.HEAD),
                answer(LabourActivity.WORKED)));
        members.add(new NewMember(
                person("SITI AMINAH", Sex.FEMALE, today.minusYears(35).minusDays(20), CodeLists.WIFE),
                answer(LabourActivity.LOOKING_FOR_WORK)));
        members.add(new NewMember(
                person("RIZKY PRATAMA", Sex.MALE, today.minusYears(10).minusDays(30), CodeLists.CHILD), null));
        return register(rtCode, members);
    }

    /** A household with one person living alone. */
    public HouseholdView singleIn(String rtCode, String name, Sex sex, LocalDate birthDate, LabourActivity labour) {
        rt(rtCode);
        return register(
                rtCode,
                List.of(new NewMember(
                        person(name, sex, birthDate, CodeLists.HEAD), labour == null ? null : answer(labour))));
    }

    public HouseholdView register(String rtCode, List<NewMember> members) {
        return as("admin", () -> {
            Applied applied = registry.apply(new RegisterHousehold(
                    kkNumber(),
                    "JL. MAWAR NO. 7",
                    rtCode,
                    LocalDate.now().minusYears(3),
                    members,
                    Set.of("CHILD_OLDER_THAN_PARENT", "MARRIED_UNDER_19", "LABOUR_OCCUPATION_MISMATCH")));
            return directory.household(applied.householdId());
        });
    }

    public ResidentView member(HouseholdView household, String name) {
        return household.members().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
