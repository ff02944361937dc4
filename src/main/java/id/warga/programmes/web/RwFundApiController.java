package id.warga.programmes.web;

import id.warga.programmes.ActivityCategory;
import id.warga.programmes.FundFigures;
import id.warga.programmes.NewSpending;
import id.warga.programmes.PlanStatus;
import id.warga.programmes.PlanSummary;
import id.warga.programmes.PlanView;
import id.warga.programmes.PlannedActivity;
import id.warga.programmes.ProgrammeSettings;
import id.warga.programmes.ProgressPhoto;
import id.warga.programmes.Rupiah;
import id.warga.programmes.RwFundPlans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Dana lingkungan RW",
        description = "The RW environment fund: each RW's yearly plan (Rp 100 juta by default), drafted by the RW "
                + "head, verified by the kelurahan and the kecamatan, approved by the city; spending with receipts "
                + "and progress with photos once approved. Send the version you saw to be told (409) when someone "
                + "acted first.")
class RwFundApiController {

    private final RwFundPlans plans;
    private final ProgrammeSettings settings;

    RwFundApiController(RwFundPlans plans, ProgrammeSettings settings) {
        this.plans = plans;
        this.settings = settings;
    }

    @GetMapping("/api/programmes/rw-fund/plans")
    @Operation(summary = "Plans in the caller's area, by year, state and area")
    List<PlanSummary> list(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) String area) {
        return plans.list(year, status, area);
    }

    @PostMapping("/api/programmes/rw-fund/plans")
    @Operation(summary = "Start an RW's plan of a year (the RW head), optionally with its activities")
    ResponseEntity<PlanView> start(@RequestBody NewPlan body) {
        int year = body.year() == null ? settings.today().getYear() : body.year();
        PlanView view = body.activities() == null || body.activities().isEmpty()
                ? plans.start(body.rwCode(), year)
                : plans.start(body.rwCode(), year, activities(body.activities()));
        return ResponseEntity.status(201).body(view);
    }

    @GetMapping("/api/programmes/rw-fund/plans/{id}")
    @Operation(summary = "A plan with its activities, spending, trail and the caller's possible actions")
    PlanView get(@PathVariable long id) {
        return plans.get(id);
    }

    @PutMapping("/api/programmes/rw-fund/plans/{id}")
    @Operation(summary = "Replace the draft's activities (the RW head)")
    PlanView plan(@PathVariable long id, @RequestBody PlanBody body) {
        return plans.plan(id, body.version(), activities(body.activities() == null ? List.of() : body.activities()));
    }

    @PostMapping("/api/programmes/rw-fund/plans/{id}/submit")
    @Operation(summary = "Submit the draft for verification (the RW head)")
    PlanView submit(@PathVariable long id, @RequestBody(required = false) Review body) {
        return plans.submit(id, version(body));
    }

    @PostMapping("/api/programmes/rw-fund/plans/{id}/verify")
    @Operation(summary = "Verify: the kelurahan a submitted plan, the kecamatan one the kelurahan verified")
    PlanView verify(@PathVariable long id, @RequestBody(required = false) Review body) {
        return plans.verify(id, version(body));
    }

    @PostMapping("/api/programmes/rw-fund/plans/{id}/approve")
    @Operation(summary = "Approve a plan verified by the kecamatan (the city)")
    PlanView approve(@PathVariable long id, @RequestBody(required = false) Review body) {
        return plans.approve(id, version(body));
    }

    @PostMapping("/api/programmes/rw-fund/plans/{id}/return")
    @Operation(summary = "Return a plan under review to the RW head as a draft, with a reason (any verifier)")
    PlanView returnToHead(@PathVariable long id, @RequestBody(required = false) Review body) {
        return plans.returnToHead(id, version(body), body == null ? null : body.reason());
    }

    @PostMapping("/api/programmes/rw-fund/plans/{id}/activities/{activityId}/spending")
    @Operation(summary = "Report spending on an activity of an approved plan (never beyond its budget)")
    PlanView spend(@PathVariable long id, @PathVariable long activityId, @RequestBody SpendingBody body) {
        return plans.recordSpending(
                id,
                activityId,
                new NewSpending(body.spentOn(), amount(body.amount()), body.description(), body.receiptNumber()));
    }

    @PostMapping("/api/programmes/rw-fund/plans/{id}/activities/{activityId}/progress")
    @Operation(summary = "Report progress 0, 50 or 100 with an optional JPEG or PNG photo (multipart: percent, photo)")
    PlanView progress(
            @PathVariable long id,
            @PathVariable long activityId,
            @RequestParam(required = false) Integer percent,
            @RequestParam(required = false) MultipartFile photo)
            throws IOException {
        return plans.reportProgress(
                id,
                activityId,
                percent == null ? -1 : percent,
                photo == null || photo.isEmpty() ? null : photo.getInputStream());
    }

    @GetMapping("/api/programmes/rw-fund/plans/{id}/activities/{activityId}/photo")
    @Operation(summary = "The latest progress photo of an activity")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long activityId) {
        ProgressPhoto photo = plans.photo(id, activityId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, max-age=300")
                .body(photo.bytes());
    }

    @GetMapping("/api/open/programmes/rw-fund")
    @Operation(summary = "Open data: the fund of a year by kelurahan and RW (allocation, approved, spent, progress)")
    FundFigures open(@RequestParam(required = false) Integer year) {
        return plans.openFigures(year == null ? settings.today().getYear() : year);
    }

    static List<PlannedActivity> activities(List<ActivityBody> bodies) {
        return bodies.stream()
                .map(a -> a == null
                        ? new PlannedActivity(null, null, null, null, null)
                        : new PlannedActivity(a.name(), a.category(), amount(a.budget()), a.description(), a.rtCode()))
                .toList();
    }

    /** A positive amount as rupiah; zero for none or a negative one, which the rules then refuse. */
    static Rupiah amount(Long value) {
        return value == null || value < 0 ? Rupiah.ZERO : Rupiah.of(value);
    }

    private static Integer version(Review body) {
        return body == null ? null : body.version();
    }

    record NewPlan(String rwCode, Integer year, List<ActivityBody> activities) {}

    record PlanBody(Integer version, List<ActivityBody> activities) {}

    record ActivityBody(String name, ActivityCategory category, Long budget, String description, String rtCode) {}

    record Review(Integer version, String reason) {}

    record SpendingBody(LocalDate spentOn, Long amount, String description, String receiptNumber) {}
}
