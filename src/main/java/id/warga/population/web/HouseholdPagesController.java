package id.warga.population.web;

import id.warga.population.Applied;
import id.warga.population.HouseholdView;
import id.warga.population.LifeEventKind;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand;
import id.warga.population.ResidentView;
import id.warga.population.RuleViolationsException;
import id.warga.population.StaleVersionException;
import id.warga.population.web.Forms.MemberForm;
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
    private final PageSupport pages;

    HouseholdPagesController(PopulationDirectory directory, PopulationRegistry registry, PageSupport pages) {
        this.directory = directory;
        this.registry = registry;
        this.pages = pages;
    }

    @GetMapping("/warga/kk/{id}")
    String card(@PathVariable long id, Model model) {
        HouseholdView household = directory.household(id);
        model.addAttribute("household", household);
        model.addAttribute("place", directory.placeName(household.rtCode()));
        model.addAttribute("pages", pages);
        model.addAttribute("codeLists", directory.codeLists());
        return "population/household";
    }

    @GetMapping("/warga/kk/{id}/anggota-baru")
    String newMember(@PathVariable long id, @RequestParam(defaultValue = "BIRTH") String alasan, Model model) {
        HouseholdView household = directory.household(id);
        pages.fresh(model);
        model.addAttribute(
                "form",
                "MOVE_IN".equals(alasan)
                        ? MemberPages.arrival(PageSupport.newKey(), household.version())
                        : MemberPages.newborn(household.head(), PageSupport.newKey(), household.version()));
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
            Applied applied = pages.apply(registry, command, read, read.key(form.requestKey()));
            flash.addFlashAttribute("saved", pages.text("registry.saved.member", form.name()));
            return "redirect:/warga/kk/" + id + "#warga-" + applied.residentId();
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
