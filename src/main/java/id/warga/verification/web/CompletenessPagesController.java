package id.warga.verification.web;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.shared.web.NotFoundException;
import id.warga.verification.Completeness;
import id.warga.verification.CompletenessReport;
import id.warga.verification.VerificationSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The completeness dashboard: a sortable table and a map coloured by the share of RTs attested on time. */
@Controller
class CompletenessPagesController {

    private final Completeness completeness;
    private final RegionDirectory regions;
    private final AccessControl access;
    private final VerificationSettings settings;
    private final PageText text;
    private final String tileUrl;
    private final String tileAttribution;

    CompletenessPagesController(
            Completeness completeness,
            RegionDirectory regions,
            AccessControl access,
            VerificationSettings settings,
            PageText text,
            @Value("${warga.map.tile-url:}") String tileUrl,
            @Value("${warga.map.tile-attribution:}") String tileAttribution) {
        this.completeness = completeness;
        this.regions = regions;
        this.access = access;
        this.settings = settings;
        this.text = text;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/kelengkapan")
    String start() {
        AreaScope scope = access.currentScope();
        if (!scope.unrestricted() && scope.roots().size() == 1) {
            return "redirect:/kelengkapan/" + scope.roots().iterator().next().value();
        }
        return "redirect:/kelengkapan/" + settings.city();
    }

    @GetMapping("/kelengkapan/{code}")
    String show(
            @PathVariable String code,
            @RequestParam(required = false) String baris,
            @RequestParam(defaultValue = "NAME") Completeness.Sort urut,
            @RequestParam(defaultValue = "false") boolean turun,
            Model model) {
        RegionCode area =
                RegionCode.tryParse(code).orElseThrow(() -> new NotFoundException("error.region.not-found", code));
        boolean byRt = "rt".equalsIgnoreCase(baris);
        CompletenessReport report = completeness.of(area, byRt, urut, turun);
        model.addAttribute("r", report);
        model.addAttribute("byRt", byRt);
        model.addAttribute("sort", urut);
        model.addAttribute("desc", turun);
        model.addAttribute(
                "ancestors",
                regions.ancestors(area).stream()
                        .filter(a -> RegionCode.of(settings.city()).contains(a.code())
                                && access.currentScope().covers(a.code()))
                        .toList());
        model.addAttribute("t", text);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        return "verification/completeness";
    }
}
