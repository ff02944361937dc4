package id.warga.verification.web;

import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.verification.HonorEntry;
import id.warga.verification.HonorList;
import id.warga.verification.HonorSheet;
import id.warga.verification.IllegalTransitionException;
import id.warga.verification.VerificationSettings;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The honor list page for the city's and the finance office, and kecamatan and kelurahan for their area. */
@Controller
class HonorPagesController {

    private final HonorList honors;
    private final RegionDirectory regions;
    private final VerificationSettings settings;
    private final PageText text;

    HonorPagesController(HonorList honors, RegionDirectory regions, VerificationSettings settings, PageText text) {
        this.honors = honors;
        this.regions = regions;
        this.settings = settings;
        this.text = text;
    }

    /** The areas a list can be narrowed to: the user's own, and its kecamatan and kelurahan. */
    private List<Region> areas() {
        RegionCode root = honors.defaultArea();
        List<Region> areas = new ArrayList<>();
        regions.find(root).ifPresent(areas::add);
        for (Region kecamatan : regions.descendants(root, "kecamatan")) {
            areas.add(kecamatan);
            areas.addAll(regions.descendants(kecamatan.code(), "kelurahan"));
        }
        if (areas.size() == 1 && "kecamatan".equals(areas.get(0).level())) {
            areas.addAll(regions.descendants(root, "kelurahan"));
        }
        return areas;
    }

    @GetMapping("/honor")
    String start() {
        honors.requireReader();
        return "redirect:/honor/" + settings.currentMonth();
    }

    @GetMapping("/honor/{month}")
    String show(
            @PathVariable String month,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) String tampil,
            Model model,
            RedirectAttributes flash) {
        honors.requireReader();
        YearMonth which;
        try {
            which = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            flash.addFlashAttribute("problem", text.text("verification.api.month", month));
            return "redirect:/honor/" + settings.currentMonth();
        }
        HonorSheet sheet;
        try {
            sheet = honors.sheet(which, HonorApiController.area(area));
        } catch (IllegalTransitionException e) {
            flash.addFlashAttribute("problem", text.refusal(e));
            return "redirect:/honor/" + settings.currentMonth();
        }
        List<HonorEntry> shown = sheet.entries().stream()
                .filter(e -> tampil == null
                        || ("berhak".equals(tampil) && e.eligible())
                        || ("tidak".equals(tampil) && !e.eligible()))
                .toList();
        model.addAttribute("sheet", sheet);
        model.addAttribute("entries", shown);
        model.addAttribute("tampil", tampil);
        model.addAttribute("months", honors.recentMonths());
        model.addAttribute("areas", areas());
        model.addAttribute("t", text);
        model.addAttribute("area", RegionCode.of(sheet.areaCode()).value());
        return "verification/honor";
    }
}
