package id.warga.verification;

import id.warga.access.AccessControl;
import id.warga.demo.DemoCityGenerated;
import id.warga.population.RtTallies;
import id.warga.population.RtTally;
import id.warga.region.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the {@code demo} profile, once the demo city is generated: a history of monthly attestations,
 * so the honor lists, completeness maps and attestation pages have something to show. For the
 * three months before this one (and this one once its deadline has passed) RTs attested on time,
 * late or not at all, more diligently in some kelurahan than in others, and each RW after its
 * RTs; the same city gives the same history (chosen by each unit's code and month). The demo accounts' own RT and RW are left
 * unattested this month, for the visitor to attest.
 */
@Component
@Profile("demo")
class DemoAttestations {

    private static final Logger log = LoggerFactory.getLogger(DemoAttestations.class);
    static final String DEMO_RT = "36.72.01.1002.001.001";
    static final String DEMO_RW = "36.72.01.1002.001";

    private final RtTallies tallies;
    private final AttestationRepository repository;
    private final VerificationSettings settings;
    private final AccessControl access;
    private final TransactionTemplate transaction;

    DemoAttestations(
            RtTallies tallies,
            AttestationRepository repository,
            VerificationSettings settings,
            AccessControl access,
            TransactionTemplate transaction) {
        this.tallies = tallies;
        this.repository = repository;
        this.settings = settings;
        this.access = access;
        this.transaction = transaction;
    }

    @EventListener
    @Order(1)
    void on(DemoCityGenerated generated) {
        try {
            YearMonth now = settings.currentMonth();
            List<YearMonth> months =
                    new ArrayList<>(List.of(now.minusMonths(3), now.minusMonths(2), now.minusMonths(1)));
            if (settings.today().isAfter(settings.deadline(now))) {
                months.add(now);
            }
            int written = write(RegionCode.of(settings.city()), months);
            log.info("Demo attestations: {} RT and RW attestations over {} months", written, months.size());
        } catch (RuntimeException e) {
            log.warn("Demo attestations could not be written", e);
        }
    }

    /** Writes the attestations of every RT and RW inside the area for the months; answers how many. */
    int write(RegionCode area, List<YearMonth> months) {
        List<RtTally> rts = new ArrayList<>();
        access.runAs("admin", () -> rts.addAll(tallies.within(area)));
        YearMonth current = settings.currentMonth();
        int[] written = {0};
        transaction.executeWithoutResult(tx -> {
            for (YearMonth month : months) {
                LocalDate deadline = settings.deadline(month);
                Map<String, int[]> byRw = new LinkedHashMap<>();
                for (RtTally rt : rts) {
                    String rw =
                            RegionCode.of(rt.rtCode()).parent().orElseThrow().value();
                    int[] counts = byRw.computeIfAbsent(rw, k -> new int[3]);
                    counts[0]++;
                    if (month.equals(current) && rt.rtCode().equals(DEMO_RT)) {
                        continue;
                    }
                    SplittableRandom random = new SplittableRandom(rt.rtCode().hashCode() * 31L + month.hashCode());
                    int roll = random.nextInt(100);
                    int diligence = diligence(RegionCode.of(rt.rtCode()));
                    if (roll >= diligence + 7) {
                        continue; // not attested
                    }
                    boolean onTime = roll < diligence;
                    Instant at = moment(
                            onTime ? deadline.minusDays(random.nextInt(12)) : deadline.plusDays(1 + random.nextInt(3)));
                    int notReviewed =
                            random.nextInt(100) < 70 ? 0 : 1 + random.nextInt(Math.max(1, rt.households() / 10 + 1));
                    if (repository.insert(new AttestationView(
                            rt.rtCode(),
                            "RT",
                            month,
                            deadline,
                            attestedBy(rt.rtCode(), DEMO_RT, "rt"),
                            at,
                            onTime,
                            rt.households(),
                            Math.min(notReviewed, rt.households()),
                            settings.attestation().reviewMonths(),
                            rt.workingAge(),
                            rt.labourNotCurrent(),
                            rt.openWarnings() == null ? 0 : rt.openWarnings(),
                            0,
                            null,
                            null,
                            null))) {
                        written[0]++;
                    }
                    counts[1]++;
                    if (onTime) {
                        counts[2]++;
                    }
                }
                for (Map.Entry<String, int[]> rw : byRw.entrySet()) {
                    if (month.equals(current) && rw.getKey().equals(DEMO_RW)) {
                        continue;
                    }
                    SplittableRandom random = new SplittableRandom(rw.getKey().hashCode() * 31L + month.hashCode());
                    int roll = random.nextInt(100);
                    if (roll >= 90) {
                        continue;
                    }
                    boolean onTime = roll < 82;
                    Instant at = moment(
                            onTime ? deadline.minusDays(random.nextInt(3)) : deadline.plusDays(1 + random.nextInt(3)));
                    int[] c = rw.getValue();
                    if (repository.insert(new AttestationView(
                            rw.getKey(),
                            "RW",
                            month,
                            deadline,
                            attestedBy(rw.getKey(), DEMO_RW, "rw"),
                            at,
                            onTime,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            0,
                            c[0],
                            c[1],
                            c[2]))) {
                        written[0]++;
                    }
                }
            }
        });
        return written[0];
    }

    /**
     * The share (in percent) of a kelurahan's RTs that attest on time: some kecamatan and
     * kelurahan are more diligent than others, so the maps show where the city is behind.
     */
    private static int diligence(RegionCode rt) {
        RegionCode kelurahan = rt.ancestorAt(id.warga.region.RegionLevel.KELURAHAN);
        RegionCode kecamatan = rt.ancestorAt(id.warga.region.RegionLevel.KECAMATAN);
        int kec = Math.floorMod(kecamatan.value().hashCode() * 17, 25);
        int kel = Math.floorMod(kelurahan.value().hashCode() * 13, 45);
        return Math.min(93, 40 + kec + kel);
    }

    /** Evening of the day in the city, never later than now. */
    private Instant moment(LocalDate day) {
        Instant at = day.atTime(LocalTime.of(19, 30)).atZone(settings.zone()).toInstant();
        Instant now = settings.now();
        return at.isAfter(now) ? now : at;
    }

    private static String attestedBy(String unit, String demoUnit, String demoAccount) {
        return unit.equals(demoUnit) ? demoAccount : "ketua." + unit;
    }
}
