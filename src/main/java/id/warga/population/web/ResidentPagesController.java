package id.warga.population.web;

import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.LabourAnswer;
import id.warga.population.LabourStatus;
import id.warga.population.LifeEventKind;
import id.warga.population.LifeStatus;
import id.warga.population.PendingChange;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryIntake;
import id.warga.population.ResidentHistory;
import id.warga.population.ResidentView;
import id.warga.population.RuleViolationsException;
import id.warga.population.StaleVersionException;
import id.warga.population.web.Forms.EventForm;
import id.warga.population.web.Forms.LabourForm;
import id.warga.population.web.Forms.MemberForm;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
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
 * One resident: the full record with its history, correcting it, recording a life event, and
 * answering the labour block in a tap or two.
 */
@Controller
class ResidentPagesController {

    /** The labour block's questions in the order they are asked (BPS Sakernas), with their answers. */
    static final List<Question> QUESTIONS = List.of(
            new Question("registry.labour.q1", List.of(LabourActivity.WORKED)),
            new Question("registry.labour.q2", List.of(LabourActivity.TEMPORARILY_ABSENT)),
            new Question(
                    "registry.labour.q3",
                    List.of(
                            LabourActivity.LOOKING_FOR_WORK,
                            LabourActivity.PREPARING_BUSINESS,
                            LabourActivity.DISCOURAGED,
                            LabourActivity.JOB_STARTING_SOON)),
            new Question(
                    "registry.labour.q4",
                    List.of(LabourActivity.SCHOOL, LabourActivity.HOUSEKEEPING, LabourActivity.OTHER)));

    private final PopulationDirectory directory;
    private final PopulationRegistry registry;
    private final RegistryIntake intake;
    private final PageSupport pages;

    ResidentPagesController(
            PopulationDirectory directory, PopulationRegistry registry, RegistryIntake intake, PageSupport pages) {
        this.directory = directory;
        this.registry = registry;
        this.intake = intake;
        this.pages = pages;
    }

    @GetMapping("/warga/penduduk/{id}")
    String resident(@PathVariable long id, Model model) {
        ResidentView resident = directory.resident(id);
        ResidentHistory history = directory.history(id, null);
        model.addAttribute("r", resident);
        model.addAttribute("history", history);
        model.addAttribute("place", directory.placeName(resident.rtCode()));
        model.addAttribute("pages", pages);
        model.addAttribute("codeLists", directory.codeLists());
        return "population/resident";
    }

    // ---- change

    /** The correction form; with {@code pengajuan}, filled with a change sent back for a fix. */
    @GetMapping("/warga/penduduk/{id}/ubah")
    String changeForm(@PathVariable long id, @RequestParam(required = false) Long pengajuan, Model model) {
        ResidentView resident = directory.resident(id);
        pages.fresh(model);
        model.addAttribute(
                "form",
                sentBack(pengajuan, RegistryCommand.ChangeResident.class)
                        .filter(c -> c.residentId() == id && c.details() != null)
                        .map(c -> MemberPages.fromDetails(
                                c.details(), PageSupport.newKey(), resident.version(), null, null, null, null))
                        .orElseGet(() -> MemberPages.of(resident, PageSupport.newKey())));
        return memberForm(resident, model);
    }

    /** The command of a change waiting or sent back, if the user's area holds it and it is of the kind. */
    private <C extends RegistryCommand> java.util.Optional<C> sentBack(Long submissionId, Class<C> kind) {
        if (submissionId == null) {
            return java.util.Optional.empty();
        }
        return intake.pending(submissionId)
                .map(PendingChange::command)
                .filter(kind::isInstance)
                .map(kind::cast);
    }

    @PostMapping("/warga/penduduk/{id}/ubah")
    String change(
            @PathVariable long id, @ModelAttribute("form") MemberForm form, Model model, RedirectAttributes flash) {
        ResidentView resident = directory.resident(id);
        pages.fresh(model);
        try {
            PageSupport.FormReader read = new PageSupport.FormReader();
            var command = new RegistryCommand.ChangeResident(
                    id,
                    form.version() == null ? -1 : form.version(),
                    MemberPages.details(form, read),
                    read.confirmations(form.confirmedWarnings()));
            Received received = pages.submit(intake, registry, command, read, read.key(form.requestKey()));
            flash.addFlashAttribute(
                    "saved", pages.sent(received, pages.text("registry.saved.resident", resident.name())));
            return "redirect:/warga/kk/" + resident.householdId();
        } catch (RuleViolationsException e) {
            pages.rejected(e, model);
            return memberForm(resident, model);
        } catch (StaleVersionException e) {
            ResidentView current = (ResidentView) e.current();
            return pages.conflict(
                    model,
                    pages.text("registry.conflict.resident", current.name()),
                    "/warga/penduduk/" + id + "/ubah",
                    "/warga/kk/" + current.householdId(),
                    form.fields(),
                    MemberPages.current(current),
                    current.version());
        }
    }

    // ---- labour block

    @GetMapping("/warga/penduduk/{id}/kerja")
    String labourForm(@PathVariable long id, @RequestParam(required = false) Long pengajuan, Model model) {
        ResidentView resident = directory.resident(id);
        pages.fresh(model);
        model.addAttribute(
                "form",
                sentBack(pengajuan, RegistryCommand.AnswerLabourBlock.class)
                        .filter(c -> c.residentId() == id && c.answer() != null)
                        .map(c -> new LabourForm(
                                PageSupport.newKey(),
                                resident.version(),
                                c.answer().activity() == null
                                        ? null
                                        : c.answer().activity().name(),
                                c.answer().referenceDate() == null
                                        ? LocalDate.now().toString()
                                        : c.answer().referenceDate().toString(),
                                MemberPages.text(c.answer().hoursWorked()),
                                MemberPages.text(c.answer().employmentStatus()),
                                c.answer().skills(),
                                List.of()))
                        .orElseGet(() -> new LabourForm(
                                PageSupport.newKey(),
                                resident.version(),
                                null,
                                LocalDate.now().toString(),
                                null,
                                null,
                                resident.labour().skills(),
                                List.of())));
        return labourPage(resident, model);
    }

    @PostMapping("/warga/penduduk/{id}/kerja")
    String answerLabour(
            @PathVariable long id, @ModelAttribute("form") LabourForm form, Model model, RedirectAttributes flash) {
        ResidentView resident = directory.resident(id);
        pages.fresh(model);
        try {
            PageSupport.FormReader read = new PageSupport.FormReader();
            LabourActivity activity = read.choice(LabourActivity.class, form.activity(), "activity");
            LocalDate reference = read.date(form.referenceDate(), "referenceDate");
            var command = new RegistryCommand.AnswerLabourBlock(
                    id,
                    form.version() == null ? -1 : form.version(),
                    new LabourAnswer(
                            activity,
                            reference == null ? LocalDate.now() : reference,
                            activity == LabourActivity.WORKED ? read.number(form.hoursWorked(), "hoursWorked") : null,
                            activity != null && activity.status() == LabourStatus.EMPLOYED
                                    ? read.number(form.employmentStatus(), "employmentStatus")
                                    : null,
                            form.skills()),
                    read.confirmations(form.confirmedWarnings()));
            Received received = pages.submit(intake, registry, command, read, read.key(form.requestKey()));
            flash.addFlashAttribute(
                    "saved",
                    pages.sent(
                            received,
                            pages.text(
                                    "registry.saved.labour",
                                    resident.name(),
                                    pages.text("labour.activity." + activity.name()))));
            return "redirect:/warga/kk/" + resident.householdId() + "#warga-" + id;
        } catch (RuleViolationsException e) {
            pages.rejected(e, model);
            return labourPage(resident, model);
        } catch (StaleVersionException e) {
            ResidentView current = (ResidentView) e.current();
            Map<String, String> now = new LinkedHashMap<>();
            now.put(
                    "activity",
                    current.labour().activity() == null
                            ? null
                            : current.labour().activity().name());
            now.put(
                    "referenceDate",
                    current.labour().referenceDate() == null
                            ? null
                            : current.labour().referenceDate().toString());
            now.put("hoursWorked", MemberPages.text(current.labour().hoursWorked()));
            now.put("employmentStatus", MemberPages.text(current.labour().employmentStatus()));
            now.put("skills", current.labour().skills());
            return pages.conflict(
                    model,
                    pages.text("registry.conflict.resident", current.name()),
                    "/warga/penduduk/" + id + "/kerja",
                    "/warga/kk/" + current.householdId(),
                    form.fields(),
                    now,
                    current.version());
        }
    }

    // ---- life events

    @GetMapping("/warga/penduduk/{id}/peristiwa")
    String eventForm(
            @PathVariable long id,
            @RequestParam(required = false) String jenis,
            @RequestParam(required = false) Long pengajuan,
            Model model) {
        ResidentView resident = directory.resident(id);
        pages.fresh(model);
        var fix = sentBack(pengajuan, RegistryCommand.RecordLifeEvent.class).filter(c -> c.residentId() == id);
        if (fix.isPresent()) {
            var c = fix.get();
            model.addAttribute(
                    "form",
                    new EventForm(
                            PageSupport.newKey(),
                            resident.version(),
                            c.kind() == null ? null : c.kind().name(),
                            c.occurredOn() == null ? null : c.occurredOn().toString(),
                            c.toKkNumber(),
                            MemberPages.text(c.relation()),
                            c.newHeadId() == null ? null : c.newHeadId().toString(),
                            c.note(),
                            List.of()));
            return eventPage(resident, model);
        }
        model.addAttribute(
                "form",
                new EventForm(
                        PageSupport.newKey(),
                        resident.version(),
                        jenis,
                        LocalDate.now().toString(),
                        null,
                        null,
                        null,
                        null,
                        List.of()));
        return eventPage(resident, model);
    }

    @PostMapping("/warga/penduduk/{id}/peristiwa")
    String recordEvent(
            @PathVariable long id, @ModelAttribute("form") EventForm form, Model model, RedirectAttributes flash) {
        ResidentView resident = directory.resident(id);
        pages.fresh(model);
        try {
            PageSupport.FormReader read = new PageSupport.FormReader();
            LifeEventKind kind = read.choice(LifeEventKind.class, form.kind(), "kind");
            var command = new RegistryCommand.RecordLifeEvent(
                    id,
                    form.version() == null ? -1 : form.version(),
                    kind,
                    read.date(form.occurredOn(), "occurredOn"),
                    kind == LifeEventKind.MOVE_WITHIN || kind == LifeEventKind.RETURN
                            ? blankToNull(form.toKkNumber())
                            : null,
                    kind == LifeEventKind.MOVE_WITHIN ? read.number(form.relation(), "relation") : null,
                    read.id(form.newHeadId(), "newHeadId"),
                    form.note(),
                    read.confirmations(form.confirmedWarnings()));
            Received received = pages.submit(intake, registry, command, read, read.key(form.requestKey()));
            flash.addFlashAttribute(
                    "saved",
                    pages.sent(
                            received,
                            pages.text("registry.saved.event", pages.text("event.kind." + kind), resident.name())));
            return "redirect:" + afterEvent(resident);
        } catch (RuleViolationsException e) {
            pages.rejected(e, model);
            return eventPage(resident, model);
        } catch (StaleVersionException e) {
            ResidentView current = (ResidentView) e.current();
            Map<String, String> now = new LinkedHashMap<>();
            now.put("kind", null);
            now.put("lifeStatus", current.lifeStatus().name());
            Map<String, String> yours = new LinkedHashMap<>(form.fields());
            yours.put("lifeStatus", resident.lifeStatus().name());
            return pages.conflict(
                    model,
                    pages.text("registry.conflict.resident", current.name()),
                    "/warga/penduduk/" + id + "/peristiwa",
                    "/warga/kk/" + current.householdId(),
                    yours,
                    now,
                    current.version());
        }
    }

    @PostMapping("/warga/penduduk/{id}/konfirmasi")
    String confirm(@PathVariable long id, @RequestParam String code, RedirectAttributes flash) {
        ResidentView resident = directory.resident(id);
        try {
            Received received = intake.submit(new RegistryCommand.ConfirmWarning(id, code), null);
            flash.addFlashAttribute(
                    "saved", pages.sent(received, pages.text("registry.saved.confirmed", resident.name())));
        } catch (RuleViolationsException e) {
            flash.addFlashAttribute("problem", pages.message(e.violations().get(0)));
        }
        return "redirect:/warga/rt/" + resident.rtCode() + "/peringatan";
    }

    /** Back to the household card, or to the RT when the household left the user's area. */
    private String afterEvent(ResidentView resident) {
        try {
            directory.household(resident.householdId());
            return "/warga/kk/" + resident.householdId();
        } catch (NotFoundException e) {
            return "/warga/rt/" + resident.rtCode();
        }
    }

    private String memberForm(ResidentView resident, Model model) {
        HouseholdView household = directory.household(resident.householdId());
        model.addAttribute("household", household);
        model.addAttribute("resident", resident);
        model.addAttribute("place", directory.placeName(household.rtCode()));
        model.addAttribute(
                "headName", household.head() == null ? "" : household.head().name());
        model.addAttribute("mode", "change");
        model.addAttribute("action", "/warga/penduduk/" + resident.id() + "/ubah");
        model.addAttribute("back", "/warga/kk/" + resident.householdId());
        return "population/member-form";
    }

    private String labourPage(ResidentView resident, Model model) {
        model.addAttribute("r", resident);
        model.addAttribute("questions", QUESTIONS);
        model.addAttribute("pages", pages);
        model.addAttribute("back", "/warga/kk/" + resident.householdId());
        return "population/labour";
    }

    private String eventPage(ResidentView resident, Model model) {
        HouseholdView household = directory.household(resident.householdId());
        model.addAttribute("r", resident);
        model.addAttribute(
                "others",
                household.members().stream()
                        .filter(m -> m.id() != resident.id())
                        .toList());
        model.addAttribute(
                "kinds",
                resident.lifeStatus() == LifeStatus.ALIVE
                        ? List.of(
                                LifeEventKind.DEATH,
                                LifeEventKind.MOVE_OUT,
                                LifeEventKind.MOVE_WITHIN,
                                LifeEventKind.MISSING)
                        : resident.lifeStatus() == LifeStatus.DEAD
                                ? List.of()
                                : resident.lifeStatus() == LifeStatus.MISSING
                                        ? List.of(LifeEventKind.RETURN, LifeEventKind.DEATH)
                                        : List.of(LifeEventKind.RETURN));
        model.addAttribute("back", "/warga/kk/" + resident.householdId());
        return "population/event";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** One question of the labour block and the answers that settle it. */
    record Question(String key, List<LabourActivity> answers) {}
}
