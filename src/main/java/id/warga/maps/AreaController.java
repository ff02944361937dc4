package id.warga.maps;

import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionHeads;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page of one area: where it sits, what lies inside it (on a map), and who heads it. */
@Controller
class AreaController {

    private final RegionDirectory regions;
    private final RegionHeads heads;
    private final MapSettings map;

    AreaController(RegionDirectory regions, RegionHeads heads, MapSettings map) {
        this.regions = regions;
        this.heads = heads;
        this.map = map;
    }

    @GetMapping("/wilayah/{code}")
    String area(@PathVariable RegionCode code, Model model) {
        Region region = regions.require(code);
        List<Region> children = regions.children(code);
        model.addAttribute("region", region);
        model.addAttribute("ancestors", regions.ancestors(code));
        model.addAttribute("children", children);
        // a kelurahan or larger has its own outline to show, even before its RWs are entered
        boolean outlined = List.of("kota", "kecamatan", "kelurahan").contains(region.level());
        model.addAttribute("hasMap", code.value().startsWith("36.72") && (outlined || !children.isEmpty()));
        model.addAttribute("heads", "provinsi".equals(region.level()) ? List.of() : heads.terms(code));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("tileUrl", map.tileUrl());
        model.addAttribute("tileAttribution", map.tileAttribution());
        return "region/area";
    }
}
