package id.warga.population.web;

import id.warga.population.Applied;
import id.warga.population.LifeStatus;
import id.warga.population.Listing;
import id.warga.population.PopulationDirectory;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryIntake;
import id.warga.population.ResidentHistory;
import id.warga.population.ResidentSummary;
import id.warga.population.ResidentView;
import id.warga.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Penduduk",
        description = "Residents within the caller's area: search, full records (audited), changes, the labour "
                + "block, life events and history. Same error and version rules as households.")
class ResidentApiController {

    private final PopulationDirectory directory;
    private final RegistryIntake intake;
    private final MessageSource messages;

    ResidentApiController(PopulationDirectory directory, RegistryIntake intake, MessageSource messages) {
        this.directory = directory;
        this.intake = intake;
        this.messages = messages;
    }

    @GetMapping("/api/residents")
    @Operation(
            summary = "Residents of an area, searched by NIK, KK number or name",
            description = "With livingOn, those who lived in the area on that date (from the residence history), "
                    + "with that date's RT and household.")
    Listing<ResidentSummary> list(
            @Parameter(description = "any region code; everything inside it (default: the caller's area)")
                    @RequestParam(required = false)
                    String region,
            @Parameter(description = "a 16-digit NIK or KK number, or words of a name (3+ letters)")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "ALIVE (default), DEAD, MOVED_OUT, MISSING or ALL") @RequestParam(required = false)
                    String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate livingOn,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        LifeStatus lifeStatus = LifeStatus.ALIVE;
        if (status != null && status.strip().equalsIgnoreCase("ALL")) {
            lifeStatus = null;
        } else if (status != null && !status.isBlank()) {
            lifeStatus = read.choice(LifeStatus.class, status, "status");
        }
        read.done();
        return directory.residents(new PopulationDirectory.ResidentQuery(region, q, lifeStatus, livingOn, page, size));
    }

    @GetMapping("/api/residents/{id}")
    @Operation(summary = "A resident's full record (the read is audited)")
    ResidentView get(@PathVariable long id) {
        return directory.resident(id);
    }

    @GetMapping("/api/residents/{id}/history")
    @Operation(summary = "Where the resident lived and when, their life events, and their state on a date")
    ResidentHistory history(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return directory.history(id, on);
    }

    @PutMapping("/api/residents/{id}")
    @Operation(summary = "Correct who the resident is (NIK, name, birth, codes, relation, phone)")
    ResponseEntity<Object> change(
            @PathVariable long id,
            @RequestBody ApiRequests.ChangeResident body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        var command = new RegistryCommand.ChangeResident(
                id,
                read.version(body.version()),
                read.details(body.person(), ""),
                read.confirmations(body.confirmedWarnings()));
        read.done();
        return answer(intake.submit(command, key));
    }

    @PutMapping("/api/residents/{id}/labour")
    @Operation(summary = "Answer the labour block (15+) for the week ending on referenceDate")
    ResponseEntity<Object> answerLabour(
            @PathVariable long id,
            @RequestBody ApiRequests.AnswerLabour body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        var command = new RegistryCommand.AnswerLabourBlock(
                id,
                read.version(body.version()),
                read.labour(
                        new ApiRequests.Labour(
                                body.activity(),
                                body.referenceDate(),
                                body.hoursWorked(),
                                body.employmentStatus(),
                                body.skills()),
                        ""),
                read.confirmations(body.confirmedWarnings()));
        read.done();
        return answer(intake.submit(command, key));
    }

    @PostMapping("/api/residents/{id}/events")
    @Operation(
            summary = "Record a death, a move out of the city, going missing, a return, or a move to another KK",
            description = "kind: DEATH, MOVE_OUT, MISSING, RETURN or MOVE_WITHIN (with toKkNumber and relation). "
                    + "When the head leaves and others stay, newHeadId names the new head. "
                    + "Births and arrivals are added as members of a household.")
    ResponseEntity<Object> recordEvent(
            @PathVariable long id,
            @RequestBody ApiRequests.LifeEvent body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        var command = new RegistryCommand.RecordLifeEvent(
                id,
                read.version(body.version()),
                read.kind(body.kind(), "kind"),
                body.occurredOn(),
                body.toKkNumber(),
                body.relation(),
                body.newHeadId(),
                body.note(),
                read.confirmations(body.confirmedWarnings()));
        read.done();
        return answer(intake.submit(command, key));
    }

    @PostMapping("/api/residents/{id}/confirmations")
    @Operation(summary = "Confirm that a warning about the resident was checked and the data are right")
    ResponseEntity<Object> confirm(
            @PathVariable long id,
            @RequestBody ApiRequests.Confirmation body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        return answer(intake.submit(new RegistryCommand.ConfirmWarning(id, body.code()), key));
    }

    @GetMapping("/api/open-warnings")
    @Operation(
            summary = "What to check in an RT or RW: unconfirmed warnings, missing or old labour blocks, NIKs to come")
    List<WarningItem> openWarnings(@RequestParam String region) {
        Locale locale = LocaleContextHolder.getLocale();
        return directory.openWarnings(region).stream()
                .map(w -> new WarningItem(
                        w.residentId(),
                        w.residentName(),
                        w.householdId(),
                        w.rtCode(),
                        w.code(),
                        w.violation().field(),
                        messages.getMessage(
                                w.violation().messageKey(),
                                w.violation().arguments().toArray(),
                                w.violation().messageKey(),
                                locale),
                        w.confirmable()))
                .toList();
    }

    /** 200 with the resident as they are now, or 202 when the change waits for review. */
    private ResponseEntity<Object> answer(Received received) {
        return received.waiting() ? WaitingReply.of(received.pending()) : ResponseEntity.ok(view(received.applied()));
    }

    /** The resident as they are now, or only what was done when they left the caller's area. */
    private Object view(Applied applied) {
        try {
            return directory.resident(applied.residentId());
        } catch (NotFoundException e) {
            return applied;
        }
    }

    /** An open warning with its message in the caller's language. */
    record WarningItem(
            long residentId,
            String residentName,
            long householdId,
            String rtCode,
            String code,
            String field,
            String message,
            boolean confirmable) {}
}
