package id.warga.analytics;

import id.warga.analytics.internal.CellSuppression;
import id.warga.analytics.internal.FigureCache;
import id.warga.analytics.internal.Headline;
import id.warga.analytics.internal.IndicatorQueries;
import id.warga.region.Region;
import id.warga.region.RegionBoundaries;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import id.warga.shared.geo.Feature;
import id.warga.shared.geo.FeatureCollection;
import id.warga.shared.web.NotFoundException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The open data: the same figures for the city, its kecamatan and its kelurahan, for anyone, with
 * nothing that identifies a person. Counts below the threshold are withheld (null), together with
 * every count from which a withheld one could be worked out, and every rate over a withheld count.
 * RW and RT figures are never published.
 */
@Service
public class OpenStatistics {

    /** The published and derivable counts of each area, in cell order. */
    enum Count {
        RESIDENTS,
        CHILDREN,
        WORKING_AGE,
        UNANSWERED,
        ANSWERED,
        NOT_IN_LABOUR_FORCE,
        LABOUR_FORCE,
        EMPLOYED,
        UNEMPLOYED,
        YOUTH_LABOUR_FORCE,
        YOUTH_EMPLOYED,
        YOUTH_UNEMPLOYED
    }

    private final IndicatorQueries queries;
    private final RegionDirectory regions;
    private final RegionBoundaries boundaries;
    private final FigureCache cache;
    private final AnalyticsSettings settings;

    OpenStatistics(
            IndicatorQueries queries,
            RegionDirectory regions,
            RegionBoundaries boundaries,
            FigureCache cache,
            AnalyticsSettings settings) {
        this.queries = queries;
        this.regions = regions;
        this.boundaries = boundaries;
        this.cache = cache;
        this.settings = settings;
    }

    /** The area (city, kecamatan or kelurahan) with its published children (none below the kelurahan). */
    public AreaIndicators indicators(RegionCode code, YearMonth period) {
        Map<String, AreaIndicators> table = table(code, period);
        AreaIndicators area = table.get(code.value());
        List<AreaIndicators> children = new ArrayList<>();
        if (code.level().depth() < RegionLevel.KELURAHAN.depth()) {
            for (Region child : regions.children(code)) {
                AreaIndicators figures = table.get(child.code().value());
                if (figures != null) {
                    children.add(figures);
                }
            }
        }
        return area.withChildren(children);
    }

    /** Every published area inside this one and itself, from the top down. */
    public List<AreaIndicators> areas(RegionCode code, YearMonth period) {
        Map<String, AreaIndicators> table = table(code, period);
        return table.values().stream()
                .filter(a -> code.contains(RegionCode.of(a.code())))
                .toList();
    }

    /** GeoJSON of the kelurahan inside this area (or of the kelurahan itself) with their published figures. */
    public FeatureCollection map(RegionCode code, YearMonth period) {
        Map<String, AreaIndicators> table = table(code, period);
        return cache.get(List.of("open-map", code.value(), period), () -> {
            List<Region> kelurahan = code.level() == RegionLevel.KELURAHAN
                    ? List.of(regions.require(code))
                    : regions.descendants(code, "kelurahan");
            Map<String, String> shapes = boundaries.shapesOf(kelurahan);
            return new FeatureCollection(kelurahan.stream()
                    .filter(k -> shapes.containsKey(k.code().value())
                            && table.containsKey(k.code().value()))
                    .map(k -> new Feature(
                            shapes.get(k.code().value()),
                            UnemploymentStatistics.properties(table.get(k.code().value()))))
                    .toList());
        });
    }

    /** The published figures of the whole city that holds this area, by code. */
    private Map<String, AreaIndicators> table(RegionCode code, YearMonth period) {
        int depth = code.level().depth();
        if (depth < RegionLevel.KABUPATEN_KOTA.depth() || depth > RegionLevel.KELURAHAN.depth()) {
            throw new NotFoundException("error.open.level", code.value());
        }
        regions.require(code);
        RegionCode city = code.ancestorAt(RegionLevel.KABUPATEN_KOTA);
        return cache.get(List.of("open", city.value(), period), () -> build(city, period));
    }

    private Map<String, AreaIndicators> build(RegionCode city, YearMonth period) {
        List<Region> areas = new ArrayList<>();
        areas.add(regions.require(city));
        List<Region> kecamatan = regions.children(city);
        areas.addAll(kecamatan);
        Map<String, List<Region>> kelurahanOf = new LinkedHashMap<>();
        for (Region kec : kecamatan) {
            List<Region> kelurahan = regions.children(kec.code());
            kelurahanOf.put(kec.code().value(), kelurahan);
            areas.addAll(kelurahan);
        }
        Map<String, Headline> totals =
                queries.totals(period, areas.stream().map(a -> a.code().value()).toList());

        CellSuppression table = new CellSuppression();
        Map<String, int[]> cells = new LinkedHashMap<>();
        for (Region area : areas) {
            Headline h = UnemploymentStatistics.total(totals, area);
            long[] values = {
                h.residents(),
                h.residents() - h.workingAge(),
                h.workingAge(),
                h.workingAge() - h.answered(),
                h.answered(),
                h.notInLabourForce(),
                h.labourForce(),
                h.employed(),
                h.unemployed(),
                h.youthLabourForce(),
                h.youthEmployed(),
                h.youthUnemployed()
            };
            int[] index = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                index[i] = table.cell(values[i]);
            }
            cells.put(area.code().value(), index);
            table.sum(
                    index[Count.RESIDENTS.ordinal()],
                    List.of(index[Count.CHILDREN.ordinal()], index[Count.WORKING_AGE.ordinal()]));
            table.sum(
                    index[Count.WORKING_AGE.ordinal()],
                    List.of(index[Count.UNANSWERED.ordinal()], index[Count.ANSWERED.ordinal()]));
            table.sum(
                    index[Count.ANSWERED.ordinal()],
                    List.of(index[Count.NOT_IN_LABOUR_FORCE.ordinal()], index[Count.LABOUR_FORCE.ordinal()]));
            table.sum(
                    index[Count.LABOUR_FORCE.ordinal()],
                    List.of(index[Count.EMPLOYED.ordinal()], index[Count.UNEMPLOYED.ordinal()]));
            table.sum(
                    index[Count.YOUTH_LABOUR_FORCE.ordinal()],
                    List.of(index[Count.YOUTH_EMPLOYED.ordinal()], index[Count.YOUTH_UNEMPLOYED.ordinal()]));
        }
        for (Count count : Count.values()) {
            List<Integer> kecamatanCells = new ArrayList<>();
            for (Region kec : kecamatan) {
                int kecCell = cells.get(kec.code().value())[count.ordinal()];
                kecamatanCells.add(kecCell);
                List<Integer> kelurahanCells = kelurahanOf.get(kec.code().value()).stream()
                        .map(k -> cells.get(k.code().value())[count.ordinal()])
                        .toList();
                table.sum(kecCell, kelurahanCells);
            }
            table.sum(cells.get(city.value())[count.ordinal()], kecamatanCells);
        }
        BitSet hidden = table.suppress(settings.openDataMinimumCount());

        Map<String, AreaIndicators> published = new LinkedHashMap<>();
        for (Region area : areas) {
            Headline h = UnemploymentStatistics.total(totals, area);
            int[] index = cells.get(area.code().value());
            Integer residents = shown(hidden, index, Count.RESIDENTS, h.residents());
            Integer workingAge = shown(hidden, index, Count.WORKING_AGE, h.workingAge());
            Integer answered = shown(hidden, index, Count.ANSWERED, h.answered());
            Integer labourForce = shown(hidden, index, Count.LABOUR_FORCE, h.labourForce());
            Integer employed = shown(hidden, index, Count.EMPLOYED, h.employed());
            Integer unemployed = shown(hidden, index, Count.UNEMPLOYED, h.unemployed());
            Integer notInLabourForce = shown(hidden, index, Count.NOT_IN_LABOUR_FORCE, h.notInLabourForce());
            Integer youthLabourForce = shown(hidden, index, Count.YOUTH_LABOUR_FORCE, h.youthLabourForce());
            Integer youthUnemployed = shown(hidden, index, Count.YOUTH_UNEMPLOYED, h.youthUnemployed());
            published.put(
                    area.code().value(),
                    new AreaIndicators(
                            area.code().value(),
                            area.label(),
                            area.level(),
                            period.toString(),
                            AreaIndicators.ADMINISTRATIVE,
                            residents,
                            workingAge,
                            answered,
                            labourForce,
                            employed,
                            unemployed,
                            notInLabourForce,
                            Rates.percent(unemployed, labourForce),
                            Rates.percent(labourForce, answered),
                            Rates.percent(answered, workingAge),
                            Rates.wilson(unemployed, labourForce),
                            youthLabourForce,
                            youthUnemployed,
                            Rates.percent(youthUnemployed, youthLabourForce),
                            null));
        }
        return published;
    }

    private static Integer shown(BitSet hidden, int[] index, Count count, int value) {
        return hidden.get(index[count.ordinal()]) ? null : value;
    }
}
