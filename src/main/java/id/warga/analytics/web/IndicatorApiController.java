package id.warga.analytics.web;

import id.warga.analytics.AreaIndicators;
import id.warga.analytics.Breakdowns;
import id.warga.analytics.Hotspot;
import id.warga.analytics.TrendPoint;
import id.warga.analytics.UnemploymentStatistics;
import id.warga.analytics.internal.FigureCache;
import id.warga.analytics.internal.MonthlyFigures;
import id.warga.region.RegionCode;
import id.warga.shared.geo.FeatureCollection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/indicators")
@Tag(
        name = "Indikator",
        description = "Unemployment (TPT) and participation (TPAK) for every area down to the RT, by month; "
                + "administrative figures counted from the registry, within the caller's area scope")
class IndicatorApiController {

    private static final String PERIOD = "Month as YYYY-MM; the current month when absent";
    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final UnemploymentStatistics statistics;
    private final IndicatorExports exports;
    private final FigureCache cache;
    private final JsonMapper json;

    IndicatorApiController(
            UnemploymentStatistics statistics, IndicatorExports exports, FigureCache cache, JsonMapper json) {
        this.statistics = statistics;
        this.exports = exports;
        this.cache = cache;
        this.json = json;
    }

    @GetMapping(value = "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An area's figures with those of each child area")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AreaIndicators.class)))
    ResponseEntity<byte[]> indicators(
            @PathVariable RegionCode code,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period) {
        AreaIndicators figures = statistics.indicators(code, statistics.period(period));
        // the JSON is written once per change of the figures, not once per request
        byte[] body = cache.get(List.of("indicators-json", figures), () -> json.writeValueAsBytes(figures));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping(
            value = "/{code}/map",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "GeoJSON of the child areas (or those at `level`) with their figures as properties",
            description = "Polygons for kecamatan and kelurahan, a representative point for RW and RT.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FeatureCollection.class)))
    ResponseEntity<byte[]> map(
            @PathVariable RegionCode code,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            @Parameter(description = "kecamatan, kelurahan, rw or rt; the children when absent")
                    @RequestParam(required = false)
                    String level) {
        FeatureCollection features = statistics.map(code, level, statistics.period(period));
        byte[] body = cache.get(List.of("map-json", features), () -> json.writeValueAsBytes(features));
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    @GetMapping("/{code}/breakdowns")
    @Operation(summary = "An area's figures by sex, age band and education, and youth (15–24) by sex")
    Breakdowns breakdowns(
            @PathVariable RegionCode code,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period) {
        return statistics.breakdowns(code, statistics.period(period));
    }

    @GetMapping("/{code}/trend")
    @Operation(summary = "An area's figures month by month: closed months are month-end snapshots")
    List<TrendPoint> trend(@PathVariable RegionCode code) {
        return statistics.trend(code);
    }

    @GetMapping("/{code}/hotspots")
    @Operation(
            summary = "Areas inside this one ranked by unemployment that chance does not explain",
            description = "Only areas whose labour force reaches the minimum (setting "
                    + "`warga.analytics.hotspot-minimum-labour-force`) rank, by the lower end of the TPT's 95% "
                    + "Wilson interval.")
    List<Hotspot> hotspots(
            @PathVariable RegionCode code,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            @Parameter(description = "kelurahan, rw or rt (default)") @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "20") int limit) {
        return statistics.hotspots(code, level, statistics.period(period), Math.min(Math.max(limit, 1), 1000));
    }

    @GetMapping("/{code}/download")
    @Operation(summary = "The child areas' (or those at `level`) figures as CSV, XLSX or GeoJSON")
    void download(
            @PathVariable RegionCode code,
            @Parameter(description = PERIOD) @RequestParam(required = false) String period,
            @RequestParam(required = false) String level,
            @Parameter(description = "csv, xlsx or geojson") @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        YearMonth month = statistics.period(period);
        IndicatorExports.Format chosen = IndicatorExports.Format.parse(format);
        String name = "indikator-" + code.value() + (level == null || level.isBlank() ? "" : "-" + level) + "-" + month;
        if (chosen == IndicatorExports.Format.GEOJSON) {
            exports.geoJson(statistics.map(code, level, month), name, response);
        } else {
            exports.write(statistics.table(code, level, month), chosen, name, response);
        }
    }

    @GetMapping("/periods")
    @Operation(summary = "Months that have figures, newest first; the first is the current month")
    List<String> periods() {
        return statistics.periods().stream().map(YearMonth::toString).toList();
    }

    @PostMapping("/rebuild")
    @Operation(
            summary = "Rebuild the current month from the registry (recovery; city-wide users only)",
            description = "The figures are kept current by events; a rebuild is only needed after a repair.")
    RebuildView rebuild() {
        MonthlyFigures.Rebuilt rebuilt = statistics.rebuild();
        return new RebuildView(
                rebuilt.month().toString(), rebuilt.rows(), rebuilt.took().toMillis());
    }

    record RebuildView(String period, int rows, long millis) {}
}
