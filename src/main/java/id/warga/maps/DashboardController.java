package id.warga.maps;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.analytics.AreaIndicators;
import id.warga.analytics.UnemploymentStatistics;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unemployment dashboards for signed-in users: the city, a kecamatan, a kelurahan, down to an
 * RW and an RT, each within the user's area. A lurah lands on their kelurahan.
 */
@Controller
class DashboardController {

    private final UnemploymentStatistics statistics;
    private final RegionDirectory regions;
    private final AccessControl access;
    private final MapSettings map;

    DashboardController(
            UnemploymentStatistics statistics, RegionDirectory regions, AccessControl access, MapSettings map) {
        this.statistics = statistics;
        this.regions = regions;
        this.access = access;
        this.map = map;
    }

    @GetMapping("/dasbor")
    String start() {
        AreaScope scope = access.currentScope();
        RegionCode home = scope.unrestricted()
                ? HomeController.CITY
                : scope.roots().stream().sorted().findFirst().orElse(HomeController.CITY);
        return "redirect:/dasbor/" + home.value();
    }

    @GetMapping("/dasbor/{code}")
    String dashboard(
            @PathVariable RegionCode code,
            @RequestParam(required = false) String period,
            @RequestParam(name = "peringkat", required = false) String rankLevel,
            Model model) {
        YearMonth month = statistics.period(period);
        AreaIndicators figures = statistics.indicators(code, month);
        Region region = regions.require(code);
        int depth = code.level().depth();
        List<String> rankLevels = new ArrayList<>();
        for (String level : List.of("kelurahan", "rw", "rt")) {
            if (depthOf(level) > depth) {
                rankLevels.add(level);
            }
        }
        String ranked =
                rankLevel != null && rankLevels.contains(rankLevel) ? rankLevel : rankLevels.isEmpty() ? null : "rt";
        List<Region> ancestors = regions.ancestors(code).stream()
                .filter(a -> a.code().level().depth() >= RegionLevel.KABUPATEN_KOTA.depth())
                .toList();
        model.addAttribute("region", region);
        model.addAttribute("figures", figures);
        model.addAttribute("ancestors", ancestors);
        model.addAttribute("scope", access.currentScope());
        model.addAttribute("period", month);
        model.addAttribute("current", month.equals(statistics.currentPeriod()));
        model.addAttribute("periods", statistics.periods());
        model.addAttribute("currentPeriod", statistics.currentPeriod());
        model.addAttribute("mapLevel", depth < RegionLevel.KELURAHAN.depth() ? "kelurahan" : depth < 6 ? "rt" : null);
        model.addAttribute("rankLevels", rankLevels);
        model.addAttribute("rankLevel", ranked);
        model.addAttribute("hotspots", ranked == null ? List.of() : statistics.hotspots(code, ranked, month, 10));
        model.addAttribute("minimumLabourForce", statistics.hotspotMinimumLabourForce());
        model.addAttribute(
                "children",
                figures.children().stream()
                        .sorted(Comparator.comparing(AreaIndicators::code))
                        .toList());
        model.addAttribute("tileUrl", map.tileUrl());
        model.addAttribute("tileAttribution", map.tileAttribution());
        return "analytics/dashboard";
    }

    private static int depthOf(String level) {
        return switch (level) {
            case "kelurahan" -> 4;
            case "rw" -> 5;
            default -> 6;
        };
    }
}
