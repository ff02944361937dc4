package id.warga.programmes.web;

import id.warga.programmes.ActivityCategory;
import id.warga.programmes.NewSpending;
import id.warga.programmes.PlanStatus;
import id.warga.programmes.PlanView;
import id.warga.programmes.PlannedActivity;
import id.warga.programmes.ProgrammeRuleException;
import id.warga.programmes.ProgrammeSettings;
import id.warga.programmes.ProgressPhoto;
import id.warga.programmes.Rupiah;
import id.warga.programmes.RwFundPlans;
import id.warga.region.RegionCode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The environment fund on a phone: the RW head's plan of the year (draft activities, submit,
 * report spending and progress), the plans in a verifier's area with their state, and one plan
 * with the actions the user may take. A refusal shows on the plan with the rule it broke; nothing
 * of the refused action is kept.
 */
@Controller
class RwFundPagesController {

    private final RwFundPlans plans;
    private final ProgrammeSettings settings;
    private final ProgrammeText text;

    RwFundPagesController(RwFundPlans plans, ProgrammeSettings settings, ProgrammeText text) {
        this.plans = plans;
        this.settings = settings;
        this.text = text;
    }

    @GetMapping("/program/dana-rw")
    String list(
            @RequestParam(required = false) Integer tahun,
            @RequestParam(required = false) PlanStatus status,
            Model model) {
        int year = tahun == null ? settings.today().getYear() : tahun;
        List<MyRw> mine = new ArrayList<>();
        for (RegionCode rw : plans.myRws()) {
            mine.add(new MyRw(
                    rw.value(), plans.place(rw.value()), plans.of(rw, year).orElse(null)));
        }
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(year - 1, year, year + 1));
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("mine", mine);
        List<id.warga.programmes.PlanSummary> listed = plans.list(year, status, null);
        java.util.Map<Long, String> steps = new java.util.HashMap<>();
        listed.forEach(p -> plans.reviewStep(p).ifPresent(step -> steps.put(p.id(), step)));
        model.addAttribute("plans", listed);
        model.addAttribute("steps", steps);
        model.addAttribute("allocation", settings.rwFund().allocation());
        model.addAttribute("t", text);
        return "programmes/rw-fund";
    }

    @GetMapping("/program/dana-rw/{id}")
    String show(@PathVariable long id, Model model) {
        PlanView view = plans.get(id);
        model.addAttribute("view", view);
        model.addAttribute("p", view.plan());
        model.addAttribute("categories", ActivityCategory.values());
        model.addAttribute("today", settings.today());
        model.addAttribute(
                "remaining",
                view.plan().budgeted().exceeds(view.plan().allocation())
                        ? Rupiah.ZERO
                        : view.plan().allocation().minus(view.plan().budgeted()));
        model.addAttribute("maxPhotoMb", settings.rwFund().maxPhotoBytes() / (1024 * 1024));
        model.addAttribute("t", text);
        return "programmes/rw-fund-plan";
    }

    @PostMapping("/program/dana-rw")
    String start(
            @RequestParam(required = false) String rwCode,
            @RequestParam(required = false) Integer year,
            RedirectAttributes flash) {
        try {
            PlanView view = plans.start(rwCode, year == null ? settings.today().getYear() : year);
            flash.addFlashAttribute(
                    "saved", text.text("programmes.done.started", view.plan().place()));
            return "redirect:/program/dana-rw/" + view.plan().id();
        } catch (ProgrammeRuleException e) {
            flash.addFlashAttribute("problem", text.refusal(e));
            return "redirect:/program/dana-rw";
        }
    }

    @PostMapping("/program/dana-rw/{id}/kegiatan")
    String addActivity(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String budget,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String rtCode,
            RedirectAttributes flash) {
        ActivityCategory kind = parseCategory(category);
        Rupiah amount = Rupiah.parse(budget).orElse(Rupiah.ZERO);
        return act(
                id,
                flash,
                "programmes.done.activity-added",
                () -> plans.addActivity(id, version, new PlannedActivity(name, kind, amount, description, rtCode)));
    }

    @PostMapping("/program/dana-rw/{id}/kegiatan/{position}/hapus")
    String removeActivity(
            @PathVariable long id,
            @PathVariable int position,
            @RequestParam(required = false) Integer version,
            RedirectAttributes flash) {
        return act(id, flash, "programmes.done.activity-removed", () -> plans.removeActivity(id, version, position));
    }

    @PostMapping("/program/dana-rw/{id}/ajukan")
    String submit(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        return act(id, flash, "programmes.done.submitted", () -> plans.submit(id, version));
    }

    @PostMapping("/program/dana-rw/{id}/periksa")
    String verify(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        return back(act(id, flash, "programmes.done.verified", () -> plans.verify(id, version)), back);
    }

    @PostMapping("/program/dana-rw/{id}/setujui")
    String approve(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        return back(act(id, flash, "programmes.done.approved", () -> plans.approve(id, version)), back);
    }

    /** After a step taken from the list, back to the list (of that year); a refusal shows there too. */
    private static String back(String redirect, String back) {
        if (back != null && back.matches("\\d{4}")) {
            return "redirect:/program/dana-rw?tahun=" + back;
        }
        return redirect;
    }

    @PostMapping("/program/dana-rw/{id}/kembalikan")
    String returnToHead(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, "programmes.done.returned", () -> plans.returnToHead(id, version, reason));
    }

    @PostMapping("/program/dana-rw/{id}/kegiatan/{activityId}/belanja")
    String spend(
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestParam(required = false) String spentOn,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String receiptNumber,
            RedirectAttributes flash) {
        LocalDate day = parseDay(spentOn);
        Rupiah money = Rupiah.parse(amount).orElse(Rupiah.ZERO);
        return act(
                id,
                flash,
                "programmes.done.spent",
                () -> plans.recordSpending(id, activityId, new NewSpending(day, money, description, receiptNumber)));
    }

    @PostMapping("/program/dana-rw/{id}/kegiatan/{activityId}/kemajuan")
    String progress(
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestParam(required = false) Integer percent,
            @RequestParam(required = false) MultipartFile photo,
            RedirectAttributes flash) {
        return act(id, flash, "programmes.done.progress", () -> {
            try {
                return plans.reportProgress(
                        id,
                        activityId,
                        percent == null ? -1 : percent,
                        photo == null || photo.isEmpty() ? null : photo.getInputStream());
            } catch (IOException e) {
                return plans.reportProgress(id, activityId, percent == null ? -1 : percent, brokenStream());
            }
        });
    }

    @GetMapping("/program/dana-rw/{id}/kegiatan/{activityId}/foto")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long activityId) {
        ProgressPhoto photo = plans.photo(id, activityId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, max-age=300")
                .body(photo.bytes());
    }

    private String act(long id, RedirectAttributes flash, String done, Supplier<PlanView> step) {
        text.step(flash, () -> text.text(done, step.get().plan().place()));
        return "redirect:/program/dana-rw/" + id;
    }

    private static ActivityCategory parseCategory(String category) {
        try {
            return category == null || category.isBlank() ? null : ActivityCategory.valueOf(category.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate parseDay(String day) {
        try {
            return day == null || day.isBlank() ? null : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static java.io.InputStream brokenStream() {
        return new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("upload unreadable");
            }
        };
    }

    /** An RW the user heads, and its plan of the year if started. */
    record MyRw(String code, String place, PlanView plan) {}
}
