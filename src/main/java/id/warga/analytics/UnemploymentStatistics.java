package id.warga.analytics;

import id.warga.access.AccessControl;
import id.warga.analytics.internal.AgeBand;
import id.warga.analytics.internal.AnalyticsCalendar;
import id.warga.analytics.internal.FigureCache;
import id.warga.analytics.internal.Headline;
import id.warga.analytics.internal.IndicatorQueries;
import id.warga.analytics.internal.LabourCell;
import id.warga.analytics.internal.MonthlyFigures;
import id.warga.analytics.internal.Tally;
import id.warga.region.Region;
import id.warga.region.RegionBoundaries;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.shared.geo.Feature;
import id.warga.shared.geo.FeatureCollection;
import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import id.warga.shared.web.NotFoundException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Unemployment and participation for every area the acting user may see, down to the RT, for the
 * current month (always current) and every closed month (its month-end snapshot). The acting
 * user's area scope is applied here, where a question enters the module.
 */
@Service
public class UnemploymentStatistics {

    static final Map<String, Integer> LEVEL_DEPTHS = Map.of("kecamatan", 3, "kelurahan", 4, "rw", 5, "rt", 6);

    private final IndicatorQueries queries;
    private final RegionDirectory regions;
    private final RegionBoundaries boundaries;
    private final AccessControl access;
    private final FigureCache cache;
    private final AnalyticsCalendar calendar;
    private final MonthlyFigures monthly;
    private final AnalyticsSettings settings;
    private final MessageSource messages;

    UnemploymentStatistics(
            IndicatorQueries queries,
            RegionDirectory regions,
            RegionBoundaries boundaries,
            AccessControl access,
            FigureCache cache,
            AnalyticsCalendar calendar,
            MonthlyFigures monthly,
            AnalyticsSettings settings,
            MessageSource messages) {
        this.queries = queries;
        this.regions = regions;
        this.boundaries = boundaries;
        this.access = access;
        this.cache = cache;
        this.calendar = calendar;
        this.monthly = monthly;
        this.settings = settings;
        this.messages = messages;
    }

    public YearMonth currentPeriod() {
        return calendar.currentMonth();
    }

    /** Months that have figures, newest first. */
    public List<YearMonth> periods() {
        List<YearMonth> months = new ArrayList<>(
                cache.get(new Key("months", "", null), queries::months).keySet());
        if (!months.contains(currentPeriod())) {
            months.add(currentPeriod());
        }
        months.sort(Comparator.reverseOrder());
        return months;
    }

    /**
     * Reads {@code YYYY-MM}; blank is the current month. A month without figures is a 404; the
     * current month always exists (its first build starts if it has not run yet).
     */
    public YearMonth period(String text) {
        YearMonth current = currentPeriod();
        if (text == null || text.isBlank()) {
            ensureOpen(current);
            return current;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    "invalid_period",
                    List.of(new ApiError.Violation("period", "format", text("error.analytics.period.format", text))),
                    "error.analytics.period.format",
                    text);
        }
        if (month.equals(current)) {
            ensureOpen(current);
            return month;
        }
        if (!cache.get(new Key("months", "", null), queries::months).containsKey(month)) {
            throw new NotFoundException("error.analytics.period.none", month.toString());
        }
        return month;
    }

    private void ensureOpen(YearMonth current) {
        if (!cache.get(new Key("months", "", null), queries::months).containsKey(current)) {
            monthly.openInBackground();
        }
    }

    /** The area's figures with those of each child area. */
    public AreaIndicators indicators(RegionCode code, YearMonth period) {
        access.requireInScope(code);
        return cache.get(new Key("indicators", code.value(), period), () -> {
            Region region = regions.require(code);
            List<Region> children = regions.children(code);
            List<String> codes = new ArrayList<>();
            codes.add(code.value());
            children.forEach(c -> codes.add(c.code().value()));
            Map<String, Headline> totals = queries.totals(period, codes);
            List<AreaIndicators> childFigures = children.stream()
                    .map(c -> AreaIndicators.of(c, period, total(totals, c), null))
                    .toList();
            return AreaIndicators.of(region, period, total(totals, region), childFigures);
        });
    }

    /** The figures of every area at a level inside this one (or of its children), e.g. for a download. */
    public List<AreaIndicators> table(RegionCode code, String level, YearMonth period) {
        access.requireInScope(code);
        return cache.get(new Key("table", code.value() + "/" + level, period), () -> {
            List<Region> areas = areas(code, level);
            Map<String, Headline> totals = level == null || level.isBlank()
                    ? queries.totals(period, codes(areas))
                    : queries.totalsAtDepth(period, code.value(), depth(code, level));
            return areas.stream()
                    .map(a -> AreaIndicators.of(a, period, total(totals, a), null))
                    .toList();
        });
    }

    /** GeoJSON of the child areas (or those at {@code level}) with their figures as properties. */
    public FeatureCollection map(RegionCode code, String level, YearMonth period) {
        access.requireInScope(code);
        return cache.get(new Key("map", code.value() + "/" + level, period), () -> {
            List<Region> areas = areas(code, level);
            Map<String, String> shapes = boundaries.shapesOf(areas);
            Map<String, AreaIndicators> figures = table(code, level, period).stream()
                    .collect(Collectors.toMap(AreaIndicators::code, Function.identity()));
            return new FeatureCollection(areas.stream()
                    .filter(a -> shapes.containsKey(a.code().value()))
                    .map(a -> new Feature(
                            shapes.get(a.code().value()),
                            properties(figures.get(a.code().value()))))
                    .toList());
        });
    }

    /** The area's figures by sex, age band and education. */
    public Breakdowns breakdowns(RegionCode code, YearMonth period) {
        access.requireInScope(code);
        Locale locale = LocaleContextHolder.getLocale();
        return cache.get(new Key("breakdowns/" + locale.getLanguage(), code.value(), period), () -> {
            Region region = regions.require(code);
            Map<LabourCell, Tally> cells = queries.cells(period, code.value());
            Map<String, Headline> bySex = new TreeMap<>();
            Map<Integer, Headline> byBand = new TreeMap<>();
            Map<Integer, Headline> byEducation = new TreeMap<>();
            Map<String, Headline> youthBySex = new TreeMap<>();
            for (String sex : List.of("M", "F")) {
                bySex.put(sex, Headline.empty(sex));
                youthBySex.put(sex, Headline.empty(sex));
            }
            for (int band = AgeBand.CHILDREN; band <= AgeBand.OLDEST; band++) {
                byBand.put(band, Headline.empty(String.valueOf(band)));
            }
            for (int education = 0; education <= 10; education++) {
                byEducation.put(education, Headline.empty(String.valueOf(education)));
            }
            cells.forEach((cell, tally) -> {
                bySex.computeIfPresent(cell.sex(), (k, h) -> h.plus(cell, tally));
                byBand.computeIfPresent(cell.ageBand(), (k, h) -> h.plus(cell, tally));
                if (cell.workingAge()) {
                    byEducation.computeIfPresent(cell.education(), (k, h) -> h.plus(cell, tally));
                }
                if (AgeBand.isYouth(cell.ageBand())) {
                    youthBySex.computeIfPresent(cell.sex(), (k, h) -> h.plus(cell, tally));
                }
            });
            return new Breakdowns(
                    region.code().value(),
                    region.label(),
                    region.level(),
                    period.toString(),
                    AreaIndicators.ADMINISTRATIVE,
                    bySex.entrySet().stream()
                            .map(e -> CategoryFigures.of(e.getKey(), text("analytics.sex." + e.getKey()), e.getValue()))
                            .toList(),
                    byBand.entrySet().stream()
                            .map(e -> CategoryFigures.of(
                                    String.valueOf(e.getKey()), AgeBand.label(e.getKey()), e.getValue()))
                            .toList(),
                    byEducation.entrySet().stream()
                            .map(e -> CategoryFigures.of(
                                    String.valueOf(e.getKey()),
                                    text("analytics.education." + e.getKey()),
                                    e.getValue()))
                            .toList(),
                    youthBySex.entrySet().stream()
                            .map(e -> CategoryFigures.of(e.getKey(), text("analytics.sex." + e.getKey()), e.getValue()))
                            .toList());
        });
    }

    /** The area's figures in every month that has them, oldest first. */
    public List<TrendPoint> trend(RegionCode code) {
        access.requireInScope(code);
        return cache.get(new Key("trend", code.value(), null), () -> {
            regions.require(code);
            Map<YearMonth, Boolean> months = queries.months();
            List<TrendPoint> points = new ArrayList<>();
            queries.trend(code.value())
                    .forEach((month, h) -> points.add(new TrendPoint(
                            month.toString(),
                            months.getOrDefault(month, false),
                            h.residents(),
                            h.workingAge(),
                            h.labourForce(),
                            h.unemployed(),
                            Rates.percent(h.unemployed(), h.labourForce()),
                            Rates.percent(h.labourForce(), h.answered()),
                            Rates.percent(h.answered(), h.workingAge()),
                            Rates.percent(h.youthUnemployed(), h.youthLabourForce()))));
            return points;
        });
    }

    /**
     * The areas at a level inside this one with the highest unemployment that chance alone does not
     * explain: at least the minimum labour force, ranked by the lower end of the TPT's interval.
     */
    public List<Hotspot> hotspots(RegionCode code, String level, YearMonth period, int limit) {
        access.requireInScope(code);
        String at = level == null || level.isBlank() ? "rt" : level.toLowerCase(Locale.ROOT);
        int depth = depth(code, at);
        List<Hotspot> ranked = cache.get(new Key("hotspots", code.value() + "/" + at, period), () -> {
            Map<String, Region> names = regions.descendants(code, at).stream()
                    .collect(Collectors.toMap(r -> r.code().value(), Function.identity()));
            Map<String, String> upper = new java.util.HashMap<>();
            for (String above : List.of("kecamatan", "kelurahan")) {
                if (LEVEL_DEPTHS.get(above) > code.level().depth() && LEVEL_DEPTHS.get(above) < depth) {
                    regions.descendants(code, above)
                            .forEach(r -> upper.put(r.code().value(), r.name()));
                }
            }
            List<Headline> candidates = queries.totalsAtDepth(period, code.value(), depth).values().stream()
                    .filter(h -> h.labourForce() >= settings.hotspotMinimumLabourForce())
                    .filter(h -> names.containsKey(h.code()))
                    .sorted(Comparator.comparingDouble((Headline h) -> -Rates.wilson(h.unemployed(), h.labourForce())
                                    .low())
                            .thenComparingDouble(h -> -(double) h.unemployed() / h.labourForce())
                            .thenComparing(Headline::code))
                    .toList();
            List<Hotspot> list = new ArrayList<>();
            for (Headline h : candidates) {
                Region region = names.get(h.code());
                list.add(new Hotspot(
                        list.size() + 1,
                        h.code(),
                        region.label(),
                        place(region.code(), code, upper),
                        region.level(),
                        h.labourForce(),
                        h.unemployed(),
                        Rates.percent(h.unemployed(), h.labourForce()),
                        Rates.wilson(h.unemployed(), h.labourForce()),
                        Rates.percent(h.answered(), h.workingAge())));
            }
            return list;
        });
        return ranked.subList(0, Math.min(Math.max(limit, 0), ranked.size()));
    }

    /** Where an area lies below the one asked about: its RW, kelurahan and kecamatan as far as they differ. */
    private static String place(RegionCode area, RegionCode within, Map<String, String> upper) {
        List<String> parts = new ArrayList<>();
        RegionCode at = area.parent().orElse(null);
        while (at != null && at.level().depth() > within.level().depth()) {
            parts.add(
                    at.level() == id.warga.region.RegionLevel.RW
                            ? "RW " + at.value().substring(at.value().lastIndexOf('.') + 1)
                            : upper.getOrDefault(at.value(), at.value()));
            at = at.parent().orElse(null);
        }
        return String.join(" · ", parts);
    }

    /** Rebuilds the current month from the registry: for recovery, by a user who sees the whole city. */
    public MonthlyFigures.Rebuilt rebuild() {
        if (!access.currentScope().unrestricted()) {
            throw new AccessDeniedException("a rebuild needs a city-wide scope");
        }
        return monthly.rebuild();
    }

    public int hotspotMinimumLabourForce() {
        return settings.hotspotMinimumLabourForce();
    }

    List<Region> areas(RegionCode code, String level) {
        Region region = regions.require(code);
        if (level == null || level.isBlank()) {
            return regions.children(region.code());
        }
        depth(code, level);
        return regions.descendants(code, level.toLowerCase(Locale.ROOT));
    }

    int depth(RegionCode code, String level) {
        Integer depth = LEVEL_DEPTHS.get(level.toLowerCase(Locale.ROOT));
        if (depth == null || depth <= code.level().depth()) {
            throw new BadRequestException(
                    "invalid_level",
                    List.of(new ApiError.Violation(
                            "level", "level", text("error.analytics.level", level, code.value()))),
                    "error.analytics.level",
                    level,
                    code.value());
        }
        return depth;
    }

    static List<String> codes(List<Region> areas) {
        return areas.stream().map(a -> a.code().value()).toList();
    }

    static Headline total(Map<String, Headline> totals, Region region) {
        return totals.getOrDefault(
                region.code().value(), Headline.empty(region.code().value()));
    }

    static Map<String, Object> properties(AreaIndicators a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", a.code());
        p.put("name", a.name());
        p.put("level", a.level());
        p.put("period", a.period());
        p.put("basis", a.basis());
        p.put("residents", a.residents());
        p.put("workingAge", a.workingAge());
        p.put("answered", a.answered());
        p.put("labourForce", a.labourForce());
        p.put("employed", a.employed());
        p.put("unemployed", a.unemployed());
        p.put("notInLabourForce", a.notInLabourForce());
        p.put("tpt", a.tpt());
        p.put("tpak", a.tpak());
        p.put("completeness", a.completeness());
        p.put("tptLow", a.tptInterval() == null ? null : a.tptInterval().low());
        p.put("tptHigh", a.tptInterval() == null ? null : a.tptInterval().high());
        p.put("youthLabourForce", a.youthLabourForce());
        p.put("youthUnemployed", a.youthUnemployed());
        p.put("youthTpt", a.youthTpt());
        return p;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private record Key(String what, String code, YearMonth period) {}
}
