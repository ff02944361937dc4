package id.warga.population.web;

import id.warga.population.HouseholdView;
import id.warga.population.LifeEventKind;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryIntake;
import id.warga.population.ResidentView;
import id.warga.population.RuleViolationsException;
import id.warga.population.StaleVersionException;
import id.warga.population.web.Forms.HeadForm;
import id.warga.population.web.Forms.HouseholdForm;
import id.warga.population.web.Forms.MemberForm;
import id.warga.population.web.Forms.MoveForm;
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

/** A household card with its members, and adding a member by birth or arrival. */
@Controller
class HouseholdPagesController {

    private final PopulationDirectory directory;
    private final PopulationRegistry registry;
    private final RegistryIntake intake;
    private final PageSupport pages;

    HouseholdPagesController(
            PopulationDirectory directory, PopulationRegistry registry, RegistryIntake intake, PageSupport pages) {
        this.directory = directory;
        this.registry = registry;
        this.intake = intake;
        this.pages = pages;
    }

    /** The household as the registry holds it (approved), and beside it what waits for review or was sent back. */
    @GetMapping("/warga/kk/{id}")
    String card(@PathVariable long id, Model model) {
        HouseholdView household = directory.household(id);
        List<PageSupport.PendingItem> pending = pages.pendingItems(intake.pendingInHousehold(id));
        Map<Long, List<PageSupport.PendingItem>> byResident = new LinkedHashMap<>();
        List<PageSupport.PendingItem> forHousehold = new ArrayList<>();
        for (PageSupport.PendingItem item : pending) {
            Long resident = item.change().residentId();
            if (resident != null) {
                byResident.computeIfAbsent(resident, k -> new ArrayList<>()).add(item);
            } else {
                forHousehold.add(item);
            }
        }
        model.addAttribute("pendingByResident", byResident);
        model.addAttribute("pendingHousehold", forHousehold);
        model.addAttribute("household", household);
        model.addAttribute(
                "arrival",
                directory.arrivalsToCheck(household.rtCode(), List.of(id)).get(id));
        model.addAttribute("place", directory.placeName(household.rtCode()));
        model.addAttribute("pages", pages);
        model.addAttribute("codeLists", directory.codeLists());
        return "population/household";
    }

    @GetMapping("/warga/kk/{id}/anggota-baru")
    String newMember(
            @PathVariable long id,
            @RequestParam(defaultValue = "BIRTH") String alasan,
            @RequestParam(required = false) Long pengajuan,
            Model model) {
        HouseholdView household = directory.household(id);
        pages.fresh(model);
        var fix = pengajuan == null
                ? java.util.Optional.<RegistryCommand.AddMember>empty()
                : intake.pending(pengajuan)
                        .map(p -> p.command())
                        .filter(c -> c instanceof RegistryCommand.AddMember a
                                && a.householdId() == id
                                && a.details() != null
                                && a.reason() != null)
                        .map(c -> (RegistryCommand.AddMember) c);
        model.addAttribute(
                "form",
                fix.map(c -> MemberPages.fromDetails(
                                c.details(),
                                PageSupport.newKey(),
                                household.version(),
                                c.reason().name(),
                                c.occurredOn(),
                                null,
                                null))
                        .orElseGet(() -> "MOVE_IN".equals(alasan)
                                ? MemberPages.arrival(PageSupport.newKey(), household.version())
                                : MemberPages.newborn(household.head(), PageSupport.newKey(), household.version())));
        return memberForm(household, model);
    }

    @PostMapping("/warga/kk/{id}/anggota-baru")
    String addMember(
            @PathVariable long id, @ModelAttribute("form") MemberForm form, Model model, RedirectAttributes flash) {
        HouseholdView household = directory.household(id);
        pages.fresh(model);
        try {
            PageSupport.FormReader read = new PageSupport.FormReader();
            LifeEventKind reason = read.choice(LifeEventKind.class, form.reason(), "reason");
            var command = new RegistryCommand.AddMember(
                    id,
                    form.version() == null ? -1 : form.version(),
                    reason,
                    reason == LifeEventKind.BIRTH ? null : read.date(form.occurredOn(), "occurredOn"),
                    MemberPages.details(form, read),
                    null,
                    read.confirmations(form.confirmedWarnings()));
            Received received = pages.submit(intake, registry, command, read, read.key(form.requestKey()));
            flash.addFlashAttribute("saved", pages.sent(received, pages.text("registry.saved.member", form.name())));
            if (received.waiting()) {
                return "redirect:/warga/kk/" + id + "#pengajuan-"
                        + received.pending().submissionId();
            }
            return "redirect:/warga/kk/" + id + "#warga-" + received.applied().residentId();
        } catch (RuleViolationsException e) {
            pages.rejected(e, model);
            return memberForm(household, model);
        } catch (StaleVersionException e) {
            HouseholdView current = (HouseholdView) e.current();
            Map<String, String> nothing = Map.of();
            model.addAttribute(
                    "currentMembers",
                    current.members().stream().map(ResidentView::name).toList());
            return pages.conflict(
                    model,
                    pages.text(
                            "registry.conflict.household",
                            household.head() == null ? "" : household.head().name()),
                    "/warga/kk/" + id + "/anggota-baru",
                    "/warga/kk/" + id,
                    form.fields(),
                    nothing,
                    current.version());
        }
    }

    // ---- the KK itself: corrections, a new head, a move of the whole household

    @GetMapping("/warga/kk/{id}/ubah")
    String editHousehold(@PathVariable long id, Model model) {
        HouseholdView household = directory.household(id);
        pages.fresh(model);
        String key = PageSupport.newKey();
        model.addAttribute(
                "form", new HouseholdForm(key, household.version(), household.kkNumber(), household.address()));
        model.addAttribute("headForm", new HeadForm(key, household.version(), null, null));
        model.addAttribute(
                "moveForm",
                new MoveForm(
                        key,
                        household.version(),
                        null,
                        null,
                        null,
                        java.time.LocalDate.now().toString(),
                        null));
        return householdPage(household, null, model);
    }

    @PostMapping("/warga/kk/{id}/ubah")
    String changeHousehold(
            @PathVariable long id, @ModelAttribute("form") HouseholdForm form, Model model, RedirectAttributes flash) {
        HouseholdView household = directory.household(id);
        pages.fresh(model);
        var command = new RegistryCommand.ChangeHousehold(
                id, form.version() == null ? -1 : form.version(), form.kkNumber(), form.address());
        return householdCommand(
                household,
                command,
                form.requestKey(),
                new PageSupport.FormReader(),
                form.fields(),
                "change",
                model,
                flash);
    }

    @PostMapping("/warga/kk/{id}/kepala")
    String changeHead(
            @PathVariable long id, @ModelAttribute("headForm") HeadForm form, Model model, RedirectAttributes flash) {
        HouseholdView household = directory.household(id);
        pages.fresh(model);
        PageSupport.FormReader read = new PageSupport.FormReader();
        Long newHead = read.id(form.newHeadId(), "newHeadId");
        var command = new RegistryCommand.ChangeHead(
                id,
                form.version() == null ? -1 : form.version(),
                newHead == null ? -1 : newHead,
                read.number(form.formerHeadRelation(), "formerHeadRelation"));
        return householdCommand(household, command, form.requestKey(), read, form.fields(), "head", model, flash);
    }

    /** The RT head checked the household's data on a visit and found them right: counts for the monthly attestation. */
    @PostMapping("/warga/kk/{id}/diperiksa")
    String checked(@PathVariable long id, RedirectAttributes flash) {
        java.time.LocalDate on = registry.confirmChecked(id);
        flash.addFlashAttribute("saved", pages.text("registry.household.checkedSaved", pages.date(on)));
        return "redirect:/warga/kk/" + id;
    }

    @PostMapping("/warga/kk/{id}/pindah")
    String moveHousehold(
            @PathVariable long id, @ModelAttribute("moveForm") MoveForm form, Model model, RedirectAttributes flash) {
        HouseholdView household = directory.household(id);
        pages.fresh(model);
        PageSupport.FormReader read = new PageSupport.FormReader();
        String other = form.otherRtCode() == null ? "" : form.otherRtCode().strip();
        String to = !other.isEmpty()
                ? other
                : form.toRtCode() == null ? "" : form.toRtCode().strip();
        read.required(to, "toRtCode");
        var command = new RegistryCommand.MoveHousehold(
                id,
                form.version() == null ? -1 : form.version(),
                "OUT".equals(to) ? null : to,
                form.address(),
                read.date(form.occurredOn(), "occurredOn"),
                form.note());
        return householdCommand(household, command, form.requestKey(), read, form.fields(), "move", model, flash);
    }

    private String householdCommand(
            HouseholdView household,
            RegistryCommand command,
            String requestKey,
            PageSupport.FormReader read,
            Map<String, String> fields,
            String submitted,
            Model model,
            RedirectAttributes flash) {
        try {
            Received received = pages.submit(intake, registry, command, read, read.key(requestKey));
            flash.addFlashAttribute("saved", pages.sent(received, pages.text("registry.saved.household.changed")));
            try {
                directory.household(household.id());
                return "redirect:/warga/kk/" + household.id();
            } catch (id.warga.shared.web.NotFoundException e) {
                return "redirect:/warga/rt/" + household.rtCode();
            }
        } catch (RuleViolationsException e) {
            pages.rejected(e, model);
            String key = PageSupport.newKey();
            if (!model.containsAttribute("form")) {
                model.addAttribute(
                        "form", new HouseholdForm(key, household.version(), household.kkNumber(), household.address()));
            }
            if (!model.containsAttribute("headForm")) {
                model.addAttribute("headForm", new HeadForm(key, household.version(), null, null));
            }
            if (!model.containsAttribute("moveForm")) {
                model.addAttribute(
                        "moveForm",
                        new MoveForm(
                                key,
                                household.version(),
                                null,
                                null,
                                null,
                                java.time.LocalDate.now().toString(),
                                null));
            }
            return householdPage(household, submitted, model);
        } catch (StaleVersionException e) {
            HouseholdView current = (HouseholdView) e.current();
            Map<String, String> now = new java.util.LinkedHashMap<>();
            now.put("kkNumber", current.kkNumber());
            now.put("address", current.address());
            now.put("toRtCode", current.rtCode());
            model.addAttribute(
                    "currentMembers",
                    current.members().stream().map(ResidentView::name).toList());
            String path = switch (submitted) {
                case "head" -> "/kepala";
                case "move" -> "/pindah";
                default -> "/ubah";
            };
            return pages.conflict(
                    model,
                    pages.text(
                            "registry.conflict.household",
                            current.head() == null ? "" : current.head().name()),
                    "/warga/kk/" + household.id() + path,
                    "/warga/kk/" + household.id(),
                    fields,
                    now,
                    current.version());
        }
    }

    private String householdPage(HouseholdView household, String submitted, Model model) {
        model.addAttribute("household", household);
        model.addAttribute("place", directory.placeName(household.rtCode()));
        model.addAttribute("submitted", submitted);
        model.addAttribute("rtsNearby", directory.rtsOfKelurahan(household.rtCode()));
        return "population/household-edit";
    }

    private String memberForm(HouseholdView household, Model model) {
        ResidentView head = household.head();
        model.addAttribute("household", household);
        model.addAttribute("place", directory.placeName(household.rtCode()));
        model.addAttribute("headName", head == null ? "" : head.name());
        model.addAttribute("mode", "add");
        model.addAttribute("action", "/warga/kk/" + household.id() + "/anggota-baru");
        model.addAttribute("back", "/warga/kk/" + household.id());
        return "population/member-form";
    }
}
