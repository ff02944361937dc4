package id.warga.analytics.web;

import id.warga.analytics.AreaIndicators;
import id.warga.analytics.OpenStatistics;
import id.warga.analytics.UnemploymentStatistics;
import id.warga.region.RegionCode;
import id.warga.shared.geo.FeatureCollection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/open/indicators")
@Tag(
        name = "Data terbuka",
        description = "Open data for everyone: the city, kecamatan and kelurahan figures with small counts "
                + "withheld (null), and every figure from which a withheld one could be derived")
class OpenIndicatorApiController {

    private final OpenStatistics open;
    private final UnemploymentStatistics statistics;
    private final IndicatorExports exports;

    OpenIndicatorApiController(OpenStatistics open, UnemploymentStatistics statistics, IndicatorExports exports) {
        this.open = open;
        this.statistics = statistics;
        this.exports = exports;
    }

    @GetMapping("/{code}")
    @Operation(summary = "A city, kecamatan or kelurahan with its published children; withheld values are null")
    AreaIndicators indicators(
            @PathVariable RegionCode code,
            @Parameter(description = "Month as YYYY-MM; the current month when absent") @RequestParam(required = false)
                    String period) {
        return open.indicators(code, statistics.period(period));
    }

    @GetMapping(
            value = "/{code}/map",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "GeoJSON of the kelurahan inside the area with their published figures")
    FeatureCollection map(@PathVariable RegionCode code, @RequestParam(required = false) String period) {
        return open.map(code, statistics.period(period));
    }

    @GetMapping("/{code}/download")
    @Operation(summary = "The published figures of the area and every kecamatan and kelurahan in it, as CSV or XLSX")
    void download(
            @PathVariable RegionCode code,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        YearMonth month = statistics.period(period);
        IndicatorExports.Format chosen = IndicatorExports.Format.parse(format);
        String name = "data-terbuka-" + code.value() + "-" + month;
        if (chosen == IndicatorExports.Format.GEOJSON) {
            exports.geoJson(open.map(code, month), name, response);
        } else {
            exports.write(open.areas(code, month), chosen, name, response);
        }
    }
}
