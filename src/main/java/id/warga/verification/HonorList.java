package id.warga.verification;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.access.AuditTrail;
import id.warga.access.Role;
import id.warga.region.HeadTerm;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionHeads;
import id.warga.region.RegionLevel;
import id.warga.shared.web.RefusedException.Kind;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RT and RW heads' honor list, month by month, for the city's offices and the finance office
 * (whole city) and for kecamatan and kelurahan (their area). The payee of a unit is whoever held its
 * office on the deadline day; whether they earned it follows {@link HonorRules}. Once a month is
 * over its list is kept as a snapshot with the settings it was made under; the month it is now
 * is computed live and marked provisional.
 */
@Service
public class HonorList {

    private final HonorRepository honors;
    private final AttestationRepository attestations;
    private final RegionDirectory regions;
    private final RegionHeads heads;
    private final AccessControl access;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final VerificationSettings settings;

    HonorList(
            HonorRepository honors,
            AttestationRepository attestations,
            RegionDirectory regions,
            RegionHeads heads,
            AccessControl access,
            AuditTrail audit,
            MessageSource messages,
            VerificationSettings settings) {
        this.honors = honors;
        this.attestations = attestations;
        this.regions = regions;
        this.heads = heads;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.settings = settings;
    }

    /** The file name of a month's list for an area: {@code honor-2025-06-36.72.01.1002.xlsx}. */
    public static String fileName(YearMonth month, String areaCode) {
        return "honor-" + month + "-" + areaCode + ".xlsx";
    }

    /**
     * Writes a month's list (as {@link #sheet} made it for the acting user) as XLSX for the finance
     * office, and records the export in the audit trail (who took how many rows of which area).
     */
    public void export(HonorSheet sheet, Locale locale, OutputStream out) throws IOException {
        HonorWorkbook.write(sheet, messages, locale, settings.zone(), out);
        audit.recordExport(
                RegionCode.of(sheet.areaCode()),
                fileName(sheet.month(), sheet.areaCode()),
                sheet.entries().size());
    }

    /** Who may read honor lists: the city's offices and administrators, kecamatan and kelurahan for their area. */
    public void requireReader() {
        access.requireRole(Role.CITY, Role.ADMIN, Role.KECAMATAN, Role.KELURAHAN);
    }

    /** The area an honor list opens on: the user's own when they hold one, else the city. */
    public RegionCode defaultArea() {
        AreaScope scope = access.currentScope();
        if (!scope.unrestricted() && scope.roots().size() == 1) {
            return scope.roots().iterator().next();
        }
        return RegionCode.of(settings.city());
    }

    /**
     * The honor list of a month for an area inside the user's scope (default: their own area).
     * A month that is over is closed (kept) on first reading if the daily closing has not done so.
     */
    @Transactional
    public HonorSheet sheet(YearMonth month, RegionCode area) {
        requireReader();
        RegionCode where = area == null ? defaultArea() : area;
        access.requireInScope(where);
        Region region = regions.require(where);
        YearMonth now = settings.currentMonth();
        if (month.isAfter(now)) {
            throw new IllegalTransitionException(Kind.INVALID, "HONOR_MONTH_FUTURE", month.toString());
        }
        Names names = new Names();
        if (month.isBefore(now)) {
            close(month, access.currentUsername().orElse("(sistem)"));
            HonorRepository.ClosedMonth kept = honors.closed(month).orElseThrow();
            List<HonorEntry> entries = honors.entries(month, where.value()).stream()
                    .map(row -> names.entry(row))
                    .toList();
            return new HonorSheet(
                    month,
                    where.value(),
                    names.of(region),
                    kept.deadline(),
                    kept.amount(),
                    HonorRule.valueOf(kept.rule()),
                    true,
                    kept.closedAt(),
                    entries);
        }
        List<HonorEntry> entries = compute(month, where, names);
        return new HonorSheet(
                month,
                where.value(),
                names.of(region),
                settings.deadline(month),
                settings.honor().amount(),
                settings.honor().rule(),
                false,
                null,
                entries);
    }

    /**
     * Keeps the honor list of a month that is over, for the whole city, once; answers whether this
     * call made it. Background closing and the first reader may race: one makes it, the other waits.
     */
    @Transactional
    public boolean close(YearMonth month, String by) {
        if (!month.isBefore(settings.currentMonth())) {
            throw new IllegalTransitionException(Kind.CONFLICT, "HONOR_MONTH_OPEN", month.toString());
        }
        LocalDate deadline = settings.deadline(month);
        if (!honors.claim(
                month, deadline, settings.honor().amount(), settings.honor().rule(), by)) {
            return false;
        }
        honors.insert(month, compute(month, RegionCode.of(settings.city()), new Names()));
        return true;
    }

    /** Every RT and RW inside the area with its payee and verdict for the month, in code order. */
    private List<HonorEntry> compute(YearMonth month, RegionCode area, Names names) {
        LocalDate deadline = settings.deadline(month);
        HonorRule rule = settings.honor().rule();
        long amount = settings.honor().amount();
        List<Region> units = new ArrayList<>();
        Region self = regions.require(area);
        if (self.isRt() || self.isRw()) {
            units.add(self);
        }
        if (!self.isRt()) {
            units.addAll(regions.descendants(area, "rw"));
            units.addAll(regions.descendants(area, "rt"));
        }
        units.sort(Comparator.comparing(u -> u.code().value()));
        RegionCode scopeOfHeads = self.isRt() ? self.code() : area;
        Map<RegionCode, HeadTerm> office = heads.headsOn(scopeOfHeads, deadline);
        if (self.isRt()) {
            office = new HashMap<>(office);
            heads.headsOn(self.code().parent().orElseThrow(), deadline).forEach(office::putIfAbsent);
        }
        // an RW's verdict looks at all its RTs, also when the area is a single RT of it
        RegionCode attestedArea = self.isRt() ? self.code().parent().orElseThrow() : area;
        Map<String, AttestationView> attested = attestations.inArea(attestedArea.value(), month).stream()
                .collect(Collectors.toMap(AttestationView::unitCode, Function.identity()));
        Map<String, Boolean> rwRtsEarned = new HashMap<>();
        for (Region rw : units.stream().filter(Region::isRw).toList()) {
            boolean every = regions.children(rw.code()).stream()
                    .filter(Region::isRt)
                    .allMatch(
                            rt -> HonorRules.earnedByUnit(attested.get(rt.code().value()), rule));
            rwRtsEarned.put(rw.code().value(), every);
        }
        List<HonorEntry> entries = new ArrayList<>();
        for (Region unit : units) {
            String code = unit.code().value();
            HeadTerm head = office.get(unit.code());
            AttestationView a = attested.get(code);
            HonorRules.Decision decision = unit.isRw()
                    ? HonorRules.rw(head, a, rule, rwRtsEarned.getOrDefault(code, false))
                    : HonorRules.rt(head, a, rule);
            entries.add(names.entry(new HonorRepository.Row(
                    code,
                    unit.isRw() ? "RW" : "RT",
                    head == null ? null : head.headId(),
                    head == null ? null : head.headName(),
                    head == null ? null : head.skNumber(),
                    decision.eligible() ? amount : 0,
                    decision.eligible(),
                    decision.reason(),
                    a == null ? null : a.attestedBy(),
                    a == null ? null : a.attestedAt())));
        }
        return entries;
    }

    /** Names of units, kelurahan and kecamatan, each looked up once. */
    private final class Names {

        private final Map<String, String> names = new HashMap<>();

        String of(Region region) {
            if (region.isRt()) {
                String[] parts = region.code().value().split("\\.");
                return "RT " + parts[5] + "/RW " + parts[4];
            }
            return region.label();
        }

        String named(RegionCode code) {
            return names.computeIfAbsent(
                    code.value(), c -> regions.find(code).map(Region::name).orElse(c));
        }

        HonorEntry entry(HonorRepository.Row row) {
            RegionCode code = RegionCode.of(row.unitCode());
            String[] parts = row.unitCode().split("\\.");
            String unitName = code.level() == RegionLevel.RT ? "RT " + parts[5] + "/RW " + parts[4] : "RW " + parts[4];
            return new HonorEntry(
                    row.unitCode(),
                    row.level(),
                    unitName,
                    named(code.ancestorAt(RegionLevel.KELURAHAN)),
                    named(code.ancestorAt(RegionLevel.KECAMATAN)),
                    row.headId(),
                    row.headName(),
                    row.skNumber(),
                    row.eligible(),
                    row.reason(),
                    row.amount(),
                    row.attestedBy(),
                    row.attestedAt());
        }
    }

    /** The months a list can be opened for, newest first: the month it is now and the twelve before. */
    public List<YearMonth> recentMonths() {
        YearMonth now = settings.currentMonth();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    /** Whether a month's list was kept already. */
    @Transactional(readOnly = true)
    public Optional<java.time.Instant> closedAt(YearMonth month) {
        return honors.closed(month).map(HonorRepository.ClosedMonth::closedAt);
    }
}
