package id.warga.analytics;

import id.warga.analytics.internal.MonthlyFigures;
import id.warga.demo.DemoCityGenerator;
import id.warga.demo.DemoCitySettings;
import id.warga.population.LabourActivity;
import id.warga.population.NewHousehold;
import id.warga.population.NewResident;
import id.warga.population.PopulationBulkLoad;
import id.warga.population.Sex;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixtures for the analytics tests, built through the real paths: RW and RT units through
 * {@link RegionUnits}, households through {@link PopulationBulkLoad} (whose event the figures follow).
 */
@Component
class LabourFixtures {

    static final DemoCitySettings SMALL_CITY = new DemoCitySettings(11, 0.03, "36.72");
    private static final AtomicLong SERIAL = new AtomicLong(100_000_000L);

    private final DemoCityGenerator generator;
    private final MonthlyFigures monthly;
    private final RegionUnits units;
    private final RegionDirectory regions;
    private final PopulationBulkLoad bulkLoad;
    private final TransactionTemplate transaction;

    LabourFixtures(
            DemoCityGenerator generator,
            MonthlyFigures monthly,
            RegionUnits units,
            RegionDirectory regions,
            PopulationBulkLoad bulkLoad,
            TransactionTemplate transaction) {
        this.generator = generator;
        this.monthly = monthly;
        this.units = units;
        this.regions = regions;
        this.bulkLoad = bulkLoad;
        this.transaction = transaction;
    }

    /** A demo city of about 14,500 residents in all 43 kelurahan, and the current month open. */
    synchronized void smallCity() {
        monthly.openCurrentMonth();
        generator.generateIfEmpty(SMALL_CITY);
        monthly.openCurrentMonth();
    }

    /** Creates the RW (under its kelurahan) and its RTs unless they exist; answers whether the RW is new. */
    synchronized boolean units(RegionCode rw, int rts) {
        boolean created = regions.find(rw).isEmpty();
        if (created) {
            units.create(rw.parent().orElseThrow(), rw.localNumber(), null);
        }
        for (int rt = 1; rt <= rts; rt++) {
            if (regions.find(rw.child(rt)).isEmpty()) {
                units.create(rw, rt, null);
            }
        }
        return created;
    }

    void load(List<NewHousehold> households) {
        transaction.executeWithoutResult(status -> bulkLoad.load(households));
    }

    static NewHousehold household(RegionCode rt, List<NewResident> members) {
        List<NewResident> withHead = new ArrayList<>();
        for (NewResident m : members) {
            withHead.add(new NewResident(
                    m.nik(),
                    m.name(),
                    m.sex(),
                    m.birthPlace(),
                    m.birthDate(),
                    m.religion(),
                    m.maritalStatus(),
                    m.education(),
                    m.occupation(),
                    withHead.isEmpty() ? 1 : 4,
                    m.citizenship(),
                    m.phone(),
                    m.labourActivity(),
                    m.labourReferenceDate()));
        }
        return new NewHousehold(
                "3672" + String.format("%012d", SERIAL.incrementAndGet()),
                "Jl. Uji No. " + SERIAL.get() % 100,
                rt.value(),
                LocalDate.now().minusYears(5),
                withHead);
    }

    /** A resident of the given age on the current month's last day (birthday a month earlier). */
    static NewResident person(Sex sex, int age, Integer education, LabourActivity activity, LocalDate reference) {
        LocalDate birth = YearMonth.now(java.time.ZoneId.of("Asia/Jakarta"))
                .atEndOfMonth()
                .minusYears(age)
                .minusDays(30);
        return new NewResident(
                "3672" + String.format("%012d", SERIAL.incrementAndGet()),
                "WARGA UJI",
                sex,
                "CILEGON",
                birth,
                1,
                1,
                education,
                1,
                4,
                1,
                null,
                activity,
                activity == null ? null : reference);
    }

    static LocalDate currentAnswer() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(3);
    }

    /** A labour answer older than the six months that keep it current. */
    static LocalDate staleAnswer() {
        return YearMonth.now(java.time.ZoneId.of("Asia/Jakarta")).minusMonths(8).atDay(10);
    }

    static List<NewResident> members(NewResident... residents) {
        return new ArrayList<>(List.of(residents));
    }
}
