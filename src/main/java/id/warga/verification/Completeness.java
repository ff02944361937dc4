package id.warga.verification;

import id.warga.access.AccessControl;
import id.warga.population.RtTallies;
import id.warga.population.RtTally;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completeness by area, so a lurah sees which RW or RT is behind: per-RT counts read from the
 * registry's tallies, this month's attestations and the submissions waiting, summed up to the
 * units asked for. A city of three thousand RTs is a few thousand rows read once.
 */
@Service
public class Completeness {

    /** What the rows are ordered by. */
    public enum Sort {
        NAME,
        ATTESTED,
        LABOUR,
        WARNINGS,
        PENDING,
        OLDEST
    }

    private final RegionDirectory regions;
    private final RtTallies tallies;
    private final AttestationRepository attestations;
    private final SubmissionRepository submissions;
    private final AccessControl access;
    private final VerificationSettings settings;

    Completeness(
            RegionDirectory regions,
            RtTallies tallies,
            AttestationRepository attestations,
            SubmissionRepository submissions,
            AccessControl access,
            VerificationSettings settings) {
        this.regions = regions;
        this.tallies = tallies;
        this.attestations = attestations;
        this.submissions = submissions;
        this.access = access;
        this.settings = settings;
    }

    /**
     * The area's completeness, with a row per child unit (or per RT when {@code byRt}), sorted;
     * an area outside the user's scope is absent.
     */
    @Transactional(readOnly = true)
    public CompletenessReport of(RegionCode area, boolean byRt, Sort sort, boolean descending) {
        access.requireInScope(area);
        Region region = regions.require(area);
        YearMonth month = settings.currentMonth();
        List<Region> rts = region.isRt() ? List.of(region) : regions.descendants(area, "rt");
        boolean rowsAreRts = byRt || region.isRw() || region.isRt();
        List<Region> units = rowsAreRts ? rts : regions.children(area);
        Map<String, Region> unitByCode = new LinkedHashMap<>();
        units.forEach(u -> unitByCode.put(u.code().value(), u));

        Map<String, RtTally> tally = new HashMap<>();
        tallies.within(area).forEach(t -> tally.put(t.rtCode(), t));
        Map<String, AttestationView> attested = new HashMap<>();
        attestations.inArea(area.value(), month).stream()
                .filter(a -> a.level().equals(Attestation.Level.RT.name()))
                .forEach(a -> attested.put(a.unitCode(), a));
        Map<String, SubmissionRepository.Waiting> waiting = submissions.waitingByRt(area.value());

        Map<String, Sum> sums = new LinkedHashMap<>();
        units.forEach(u -> sums.put(u.code().value(), new Sum()));
        Sum total = new Sum();
        for (Region rt : rts) {
            String code = rt.code().value();
            String key = rowsAreRts ? code : unitOf(rt.code(), area);
            Sum sum = sums.computeIfAbsent(key, k -> new Sum());
            for (Sum s : List.of(sum, total)) {
                s.add(tally.get(code), attested.get(code), waiting.get(code));
            }
        }
        List<CompletenessRow> rows = new ArrayList<>();
        for (Map.Entry<String, Sum> e : sums.entrySet()) {
            Region unit = unitByCode.get(e.getKey());
            if (unit == null) {
                continue;
            }
            rows.add(e.getValue().row(unit.code().value(), name(unit), unit.level()));
        }
        rows.sort(order(sort, descending));
        return new CompletenessReport(
                area.value(),
                name(region),
                region.level(),
                month,
                settings.deadline(month),
                rowsAreRts ? "rt" : units.isEmpty() ? null : units.get(0).level(),
                total.row(area.value(), name(region), region.level()),
                rows);
    }

    private String name(Region unit) {
        if (unit.isRt()) {
            String[] parts = unit.code().value().split("\\.");
            return "RT " + parts[5] + "/RW " + parts[4];
        }
        return unit.label();
    }

    /** The child of the area that holds the RT. */
    private static String unitOf(RegionCode rt, RegionCode area) {
        RegionLevel childLevel = switch (area.level()) {
            case KABUPATEN_KOTA -> RegionLevel.KECAMATAN;
            case KECAMATAN -> RegionLevel.KELURAHAN;
            case KELURAHAN -> RegionLevel.RW;
            default -> RegionLevel.RT;
        };
        return rt.ancestorAt(childLevel).value();
    }

    private static Comparator<CompletenessRow> order(Sort sort, boolean descending) {
        Comparator<CompletenessRow> byCode = Comparator.comparing(CompletenessRow::code);
        Comparator<CompletenessRow> by = switch (sort == null ? Sort.NAME : sort) {
            case NAME -> byCode;
            case ATTESTED ->
                Comparator.comparing(
                        CompletenessRow::attestedOnTimeShare, Comparator.nullsFirst(Comparator.naturalOrder()));
            case LABOUR ->
                Comparator.comparing(CompletenessRow::labourShare, Comparator.nullsFirst(Comparator.naturalOrder()));
            case WARNINGS ->
                Comparator.comparing(CompletenessRow::openWarnings, Comparator.nullsFirst(Comparator.naturalOrder()));
            case PENDING -> Comparator.comparingInt(CompletenessRow::pending);
            case OLDEST ->
                Comparator.comparing(CompletenessRow::oldestPending, Comparator.nullsLast(Comparator.reverseOrder()));
        };
        by = descending ? by.reversed() : by;
        return by.thenComparing(byCode);
    }

    /** Running sums of one row. */
    private static final class Sum {
        int rts;
        int attested;
        int onTime;
        int workingAge;
        int labourCurrent;
        int warnings;
        boolean warningsUnknown;
        int pending;
        Instant oldest;

        void add(RtTally t, AttestationView a, SubmissionRepository.Waiting w) {
            rts++;
            if (a != null) {
                attested++;
                if (a.onTime()) {
                    onTime++;
                }
            }
            if (t != null) {
                workingAge += t.workingAge();
                labourCurrent += t.labourCurrent();
                if (t.openWarnings() == null) {
                    warningsUnknown = true;
                } else {
                    warnings += t.openWarnings();
                }
            }
            if (w != null) {
                pending += w.count();
                if (oldest == null || w.oldest().isBefore(oldest)) {
                    oldest = w.oldest();
                }
            }
        }

        CompletenessRow row(String code, String name, String level) {
            return new CompletenessRow(
                    code,
                    name,
                    level,
                    rts,
                    attested,
                    onTime,
                    workingAge,
                    labourCurrent,
                    warningsUnknown ? null : warnings,
                    pending,
                    oldest);
        }
    }
}
