package id.warga.programmes.web;

import id.warga.programmes.FundFigures;
import id.warga.programmes.ProgrammeSettings;
import id.warga.programmes.RwFundPlans;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programmes for everyone, without signing in: where the environment fund went, kelurahan by kelurahan. */
@Controller
class OpenProgrammesController {

    private final RwFundPlans plans;
    private final id.warga.programmes.AidProgrammes aid;
    private final id.warga.programmes.Scholarships scholarships;
    private final ProgrammeSettings settings;
    private final ProgrammeText text;

    OpenProgrammesController(
            RwFundPlans plans,
            id.warga.programmes.AidProgrammes aid,
            id.warga.programmes.Scholarships scholarships,
            ProgrammeSettings settings,
            ProgrammeText text) {
        this.plans = plans;
        this.aid = aid;
        this.scholarships = scholarships;
        this.settings = settings;
        this.text = text;
    }

    @GetMapping("/data-terbuka/dana-rw")
    String fund(@RequestParam(required = false) Integer tahun, Model model) {
        int thisYear = settings.today().getYear();
        int year = tahun == null || tahun < 2000 || tahun > 2100 ? thisYear : tahun;
        FundFigures figures = plans.openFigures(year);
        model.addAttribute("f", figures);
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(thisYear - 1, thisYear, thisYear + 1));
        model.addAttribute("city", settings.city());
        model.addAttribute("t", text);
        return "programmes/open-rw-fund";
    }

    @GetMapping("/data-terbuka/bantuan")
    String aid(@RequestParam(required = false) Integer tahun, Model model) {
        int thisYear = settings.today().getYear();
        int year = tahun == null || tahun < 2000 || tahun > 2100 ? thisYear : tahun;
        model.addAttribute("tables", aid.openFigures(year));
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(thisYear - 1, thisYear, thisYear + 1));
        model.addAttribute("minimum", settings.openDataMinimumCount());
        model.addAttribute("t", text);
        return "programmes/open-aid";
    }

    @GetMapping("/data-terbuka/beasiswa")
    String scholarships(Model model) {
        model.addAttribute("counts", scholarships.openFigures());
        model.addAttribute("quota", settings.scholarship().quota());
        model.addAttribute("minimum", settings.openDataMinimumCount());
        model.addAttribute("t", text);
        return "programmes/open-scholarships";
    }
}
