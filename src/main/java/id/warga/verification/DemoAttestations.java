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
import java.util.Optional;
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
        return transaction.execute(tx -> {
            int written = 0;
            for (YearMonth month : months) {
                written += writeMonth(rts, month);
            }
            return written;
        });
    }

    /** The RTs' attestations of one month, then their RWs' with how many of their RTs had attested. */
    private int writeMonth(List<RtTally> rts, YearMonth month) {
        LocalDate deadline = settings.deadline(month);
        boolean current = month.equals(settings.currentMonth());
        Map<String, RwMonth> byRw = new LinkedHashMap<>();
        int written = 0;
        for (RtTally rt : rts) {
            RwMonth rw = byRw.computeIfAbsent(
                    RegionCode.of(rt.rtCode()).parent().orElseThrow().value(), k -> new RwMonth());
            rw.rts++;
            Optional<Instant> at = current && rt.rtCode().equals(DEMO_RT)
                    ? Optional.empty()
                    : attestedAt(rt.rtCode(), month, diligence(RegionCode.of(rt.rtCode())), 7, 12);
            if (at.isEmpty()) {
                continue;
            }
            int notReviewed = Math.floorMod(rt.rtCode().hashCode() + month.getMonthValue(), 10) < 7
                    ? 0
                    : Math.min(rt.households(), 1 + rt.households() / 10);
            AttestationView made = new AttestationView(
                    rt.rtCode(),
                    Attestation.Level.RT.name(),
                    month,
                    deadline,
                    attestedBy(rt.rtCode(), DEMO_RT, "rt"),
                    at.get(),
                    Attestation.onTime(at.get(), deadline, settings.zone()),
                    rt.households(),
                    notReviewed,
                    settings.attestation().reviewMonths(),
                    rt.workingAge(),
                    rt.labourNotCurrent(),
                    rt.openWarnings() == null ? 0 : rt.openWarnings(),
                    0,
                    null,
                    null,
                    null);
            rw.attested.add(made);
            written += repository.insert(made) ? 1 : 0;
        }
        for (Map.Entry<String, RwMonth> rw : byRw.entrySet()) {
            Optional<Instant> at = current && rw.getKey().equals(DEMO_RW)
                    ? Optional.empty()
                    : attestedAt(rw.getKey(), month, 82, 8, 3);
            if (at.isEmpty()) {
                continue;
            }
            List<AttestationView> attested = rw.getValue().attested;
            written += repository.insert(new AttestationView(
                            rw.getKey(),
                            Attestation.Level.RW.name(),
                            month,
                            deadline,
                            attestedBy(rw.getKey(), DEMO_RW, "rw"),
                            at.get(),
                            Attestation.onTime(at.get(), deadline, settings.zone()),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            0,
                            rw.getValue().rts,
                            attested.size(),
                            (int) attested.stream()
                                    .filter(AttestationView::onTime)
                                    .count()))
                    ? 1
                    : 0;
        }
        return written;
    }

    /** An RW's RTs in a month, and the attestations of those that attested. */
    private static final class RwMonth {
        int rts;
        final List<AttestationView> attested = new ArrayList<>();
    }

    /**
     * When the unit attested the month, chosen by its code and the month: on time for
     * {@code onTimeShare} percent of units (up to {@code daysEarly} days before the deadline),
     * a few days late for {@code lateShare} percent more, not at all for the rest.
     */
    private Optional<Instant> attestedAt(String unit, YearMonth month, int onTimeShare, int lateShare, int daysEarly) {
        SplittableRandom random = new SplittableRandom(unit.hashCode() * 31L + month.hashCode());
        int roll = random.nextInt(100);
        LocalDate deadline = settings.deadline(month);
        if (roll < onTimeShare) {
            return Optional.of(moment(deadline.minusDays(random.nextInt(daysEarly))));
        }
        if (roll < onTimeShare + lateShare) {
            return Optional.of(moment(deadline.plusDays(1 + random.nextInt(3))));
        }
        return Optional.empty();
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
