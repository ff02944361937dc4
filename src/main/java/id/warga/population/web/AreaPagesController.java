package id.warga.population.web;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.population.CodeLists;
import id.warga.population.HouseholdSummary;
import id.warga.population.LifeStatus;
import id.warga.population.Listing;
import id.warga.population.OpenWarning;
import id.warga.population.PendingChange;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryIntake;
import id.warga.population.ResidentDetails;
import id.warga.population.ResidentSummary;
import id.warga.population.RuleViolationsException;
import id.warga.population.Sex;
import id.warga.population.web.Forms.MemberForm;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry's pages for an area: where a signed-in user starts, an RT head's list of
 * households with what needs checking, registering a new KK, and the search across an officer's area.
 */
@Controller
class AreaPagesController {

    private static final int RT_PAGE_SIZE = 100;
    private static final int SEARCH_PAGE_SIZE = 25;

    private final PopulationDirectory directory;
    private final PopulationRegistry registry;
    private final RegistryIntake intake;
    private final RegionDirectory regions;
    private final AccessControl access;
    private final PageSupport pages;

    AreaPagesController(
            PopulationDirectory directory,
            PopulationRegistry registry,
            RegistryIntake intake,
            RegionDirectory regions,
            AccessControl access,
            PageSupport pages) {
        this.directory = directory;
        this.registry = registry;
        this.intake = intake;
        this.regions = regions;
        this.access = access;
        this.pages = pages;
    }

    /** An RT head goes straight to their RT; everyone else to the search of their area. */
    @GetMapping("/warga")
    String start() {
        AreaScope scope = access.currentScope();
        if (!scope.unrestricted() && scope.roots().size() == 1) {
            RegionCode root = scope.roots().iterator().next();
            if (root.level() == RegionLevel.RT) {
                return "redirect:/warga/rt/" + root.value();
            }
        }
        return "redirect:/warga/cari";
    }

    @GetMapping("/warga/rt/{code}")
    String rt(
            @PathVariable String code,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(name = "periksa", required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate checkedBefore,
            Model model) {
        Region rt = rtInScope(code);
        Listing<HouseholdSummary> households;
        try {
            households = directory.households(new PopulationDirectory.HouseholdQuery(
                    rt.code().value(), q, Math.max(0, page), RT_PAGE_SIZE, checkedBefore));
        } catch (RuleViolationsException e) {
            model.addAttribute("searchError", pages.message(e.violations().get(0)));
            households = directory.households(
                    new PopulationDirectory.HouseholdQuery(rt.code().value(), null, 0, RT_PAGE_SIZE));
        }
        long residents = directory
                .residents(new PopulationDirectory.ResidentQuery(rt.code().value(), null, LifeStatus.ALIVE, null, 0, 1))
                .total();
        List<PendingChange> pending = intake.pendingInRt(rt.code().value());
        Map<Long, Long> pendingByHousehold = new LinkedHashMap<>();
        pending.stream()
                .filter(p -> p.householdId() != null)
                .forEach(p -> pendingByHousehold.merge(p.householdId(), 1L, Long::sum));
        model.addAttribute(
                "pendingHouseholds",
                pages.pendingItems(
                        pending.stream().filter(p -> p.householdId() == null).toList()));
        model.addAttribute("pendingByHousehold", pendingByHousehold);
        model.addAttribute(
                "arrivals",
                directory.arrivalsToCheck(
                        rt.code().value(),
                        households.items().stream().map(HouseholdSummary::id).toList()));
        model.addAttribute(
                "pendingWaiting", pending.stream().filter(p -> !p.rejected()).count());
        model.addAttribute(
                "pendingReturned",
                pending.stream().filter(PendingChange::rejected).count());
        model.addAttribute("pages", pages);
        model.addAttribute("rt", rt);
        model.addAttribute("place", directory.placeName(rt.code().value()));
        model.addAttribute("households", households);
        // the RT's own totals stay on top when the list shows only the households still to check
        model.addAttribute(
                "householdTotal",
                checkedBefore == null && (q == null || q.isBlank())
                        ? households.total()
                        : directory
                                .households(new PopulationDirectory.HouseholdQuery(
                                        rt.code().value(), null, 0, 1))
                                .total());
        model.addAttribute("checkedBefore", checkedBefore);
        model.addAttribute("residents", residents);
        model.addAttribute(
                "warningCount", directory.openWarnings(rt.code().value()).size());
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("pageSize", RT_PAGE_SIZE);
        return "population/rt";
    }

    @GetMapping("/warga/rt/{code}/peringatan")
    String warnings(@PathVariable String code, Model model) {
        Region rt = rtInScope(code);
        List<OpenWarning> open = directory.openWarnings(rt.code().value());
        Map<Long, List<WarningRow>> byHousehold = new LinkedHashMap<>();
        for (OpenWarning w : open) {
            byHousehold
                    .computeIfAbsent(w.householdId(), k -> new ArrayList<>())
                    .add(new WarningRow(
                            w.residentId(),
                            w.residentName(),
                            w.householdId(),
                            w.code(),
                            pages.message(w.violation()),
                            w.confirmable(),
                            fixUrl(w)));
        }
        model.addAttribute("rt", rt);
        model.addAttribute("place", directory.placeName(rt.code().value()));
        model.addAttribute("count", open.size());
        model.addAttribute("groups", byHousehold.values());
        return "population/warnings";
    }

    @GetMapping("/warga/rt/{code}/kk-baru")
    String newHousehold(@PathVariable String code, @RequestParam(required = false) Long pengajuan, Model model) {
        Region rt = rtInScope(code);
        pages.fresh(model);
        var fix = pengajuan == null
                ? java.util.Optional.<RegistryCommand.RegisterHousehold>empty()
                : intake.pending(pengajuan)
                        .map(PendingChange::command)
                        .filter(c -> c instanceof RegistryCommand.RegisterHousehold r
                                && r.members() != null
                                && !r.members().isEmpty()
                                && r.members().get(0) != null
                                && r.members().get(0).details() != null)
                        .map(c -> (RegistryCommand.RegisterHousehold) c);
        model.addAttribute(
                "form",
                fix.map(c -> MemberPages.fromDetails(
                                c.members().get(0).details(),
                                PageSupport.newKey(),
                                null,
                                null,
                                c.since(),
                                c.kkNumber(),
                                c.address()))
                        .orElseGet(AreaPagesController::blankHead));
        return householdForm(rt, model);
    }

    @PostMapping("/warga/rt/{code}/kk-baru")
    String registerHousehold(
            @PathVariable String code, @ModelAttribute("form") MemberForm form, Model model, RedirectAttributes flash) {
        Region rt = rtInScope(code);
        pages.fresh(model);
        try {
            PageSupport.FormReader read = new PageSupport.FormReader();
            ResidentDetails head = MemberPages.details(form, read);
            LocalDate since = read.date(form.occurredOn(), "since");
            var command = new RegistryCommand.RegisterHousehold(
                    form.kkNumber(),
                    form.address(),
                    rt.code().value(),
                    since,
                    List.of(new RegistryCommand.NewMember(head, null)),
                    read.confirmations(form.confirmedWarnings()));
            Received received = pages.submit(intake, registry, command, read, read.key(form.requestKey()));
            flash.addFlashAttribute("saved", pages.sent(received, pages.text("registry.saved.household")));
            if (received.waiting()) {
                return "redirect:/warga/rt/" + rt.code().value() + "#pengajuan-"
                        + received.pending().submissionId();
            }
            return "redirect:/warga/kk/" + received.applied().householdId();
        } catch (RuleViolationsException e) {
            pages.rejected(e, model);
            return householdForm(rt, model);
        }
    }

    /** Search by NIK, KK number or name across the user's area, or an area inside it. */
    @GetMapping("/warga/cari")
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AreaScope scope = access.currentScope();
        List<Region> areas = new ArrayList<>();
        if (!scope.unrestricted()) {
            for (RegionCode root : scope.roots()) {
                regions.find(root).ifPresent(areas::add);
            }
        }
        model.addAttribute("areas", areas);
        // the units inside the area being searched, to walk down to an RT
        RegionCode base = RegionCode.tryParse(region)
                .filter(scope::covers)
                .orElse(areas.size() == 1 ? areas.get(0).code() : null);
        List<Region> inside = new ArrayList<>();
        if (base != null && base.level() != RegionLevel.RT) {
            inside.addAll(regions.children(base));
        }
        model.addAttribute("inside", inside);
        model.addAttribute("places", new Places(directory));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        if (q != null && !q.isBlank()) {
            try {
                Listing<ResidentSummary> results = directory.residents(new PopulationDirectory.ResidentQuery(
                        region, q, null, null, Math.max(0, page), SEARCH_PAGE_SIZE));
                model.addAttribute("results", results);
                model.addAttribute("page", page);
                model.addAttribute("pageSize", SEARCH_PAGE_SIZE);
            } catch (RuleViolationsException e) {
                model.addAttribute("searchError", pages.message(e.violations().get(0)));
            }
        }
        return "population/search";
    }

    private String householdForm(Region rt, Model model) {
        model.addAttribute("rt", rt);
        model.addAttribute("place", directory.placeName(rt.code().value()));
        model.addAttribute("mode", "household");
        model.addAttribute("action", "/warga/rt/" + rt.code().value() + "/kk-baru");
        model.addAttribute("back", "/warga/rt/" + rt.code().value());
        return "population/member-form";
    }

    private static MemberForm blankHead() {
        return new MemberForm(
                PageSupport.newKey(),
                null,
                null,
                LocalDate.now().toString(),
                null,
                null,
                null,
                null,
                Sex.MALE.name(),
                null,
                null,
                "1",
                "2",
                null,
                null,
                String.valueOf(CodeLists.HEAD),
                "1",
                null,
                List.of());
    }

    /** The RT, if the user's area covers it; otherwise it does not exist for them. */
    private Region rtInScope(String code) {
        RegionCode rt =
                RegionCode.tryParse(code).orElseThrow(() -> new NotFoundException("error.region.not-found", code));
        access.requireInScope(rt);
        return regions.find(rt)
                .filter(Region::isRt)
                .orElseThrow(() -> new NotFoundException("error.region.not-found", code));
    }

    private static String fixUrl(OpenWarning w) {
        return switch (w.code()) {
            case "LABOUR_BLOCK_MISSING", "LABOUR_BLOCK_STALE", "LABOUR_OCCUPATION_MISMATCH" ->
                "/warga/penduduk/" + w.residentId() + "/kerja";
            default -> "/warga/penduduk/" + w.residentId() + "/ubah";
        };
    }

    /** RT names for a template: "RT 003/RW 001 Kedaleman". */
    public record Places(PopulationDirectory directory) {

        public String place(String rtCode) {
            return directory.placeName(rtCode);
        }
    }

    /** One open warning as the list shows it. */
    record WarningRow(
            long residentId,
            String name,
            long householdId,
            String code,
            String message,
            boolean confirmable,
            String fixUrl) {}
}
