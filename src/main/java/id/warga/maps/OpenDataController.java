package id.warga.maps;

import id.warga.analytics.AnalyticsSettings;
import id.warga.analytics.AreaIndicators;
import id.warga.analytics.OpenStatistics;
import id.warga.analytics.UnemploymentStatistics;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The open data page: the city's, kecamatan's and kelurahan's figures for everyone, small counts withheld. */
@Controller
class OpenDataController {

    private final OpenStatistics open;
    private final UnemploymentStatistics statistics;
    private final RegionDirectory regions;
    private final AnalyticsSettings settings;
    private final MapSettings map;

    OpenDataController(
            OpenStatistics open,
            UnemploymentStatistics statistics,
            RegionDirectory regions,
            AnalyticsSettings settings,
            MapSettings map) {
        this.open = open;
        this.statistics = statistics;
        this.regions = regions;
        this.settings = settings;
        this.map = map;
    }

    @GetMapping("/data-terbuka")
    String city(@RequestParam(required = false) String period, Model model) {
        return area(HomeController.CITY, period, model);
    }

    @GetMapping("/data-terbuka/{code}")
    String area(@PathVariable RegionCode code, @RequestParam(required = false) String period, Model model) {
        YearMonth month = statistics.period(period);
        AreaIndicators figures = open.indicators(code, month);
        Region region = regions.require(code);
        model.addAttribute("region", region);
        model.addAttribute("figures", figures);
        model.addAttribute("rows", figures.children().isEmpty() ? java.util.List.of(figures) : figures.children());
        model.addAttribute(
                "ancestors",
                regions.ancestors(code).stream()
                        .filter(a -> a.code().level().depth() >= RegionLevel.KABUPATEN_KOTA.depth())
                        .toList());
        model.addAttribute("period", month);
        model.addAttribute("minimum", settings.openDataMinimumCount());
        model.addAttribute("tileUrl", map.tileUrl());
        model.addAttribute("tileAttribution", map.tileAttribution());
        return "analytics/open-data";
    }
}
