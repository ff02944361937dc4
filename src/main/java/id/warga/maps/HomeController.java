package id.warga.maps;

import id.warga.demo.DemoProgress;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the city's kelurahan on a map, and the list of them by kecamatan. */
@Controller
class HomeController {

    static final RegionCode CITY = RegionCode.of("36.72");

    private final RegionDirectory regions;
    private final MapSettings map;
    private final ObjectProvider<DemoProgress> demo;

    HomeController(RegionDirectory regions, MapSettings map, ObjectProvider<DemoProgress> demo) {
        this.regions = regions;
        this.map = map;
        this.demo = demo;
    }

    @GetMapping("/")
    String home(Model model) {
        Region city = regions.require(CITY);
        List<Region> kelurahan = regions.descendants(CITY, "kelurahan");
        List<KecamatanGroup> groups = regions.children(CITY).stream()
                .map(kec -> new KecamatanGroup(
                        kec,
                        kelurahan.stream()
                                .filter(k -> kec.code().contains(k.code()))
                                .toList()))
                .toList();
        DemoProgress progress = demo.getIfAvailable();
        model.addAttribute("city", city.code());
        model.addAttribute("kecamatan", groups);
        model.addAttribute("tileUrl", map.tileUrl());
        model.addAttribute("tileAttribution", map.tileAttribution());
        model.addAttribute("demoRunning", progress != null && progress.running());
        model.addAttribute("demoPercent", progress == null ? 0 : progress.percent());
        model.addAttribute("demoFailed", progress != null && progress.state() == DemoProgress.State.FAILED);
        return "home";
    }

    record KecamatanGroup(Region region, List<Region> kelurahan) {}
}
