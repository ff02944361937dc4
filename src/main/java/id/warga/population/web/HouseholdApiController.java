package id.warga.population.web;

import id.warga.population.Applied;
import id.warga.population.HouseholdSummary;
import id.warga.population.HouseholdView;
import id.warga.population.Listing;
import id.warga.population.PopulationDirectory;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryIntake;
import id.warga.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/households")
@Tag(
        name = "Keluarga (KK)",
        description = "Households and their members, within the caller's area. Writes take the version they were "
                + "based on (409 with the current record when stale), break rules with 400, and ask for "
                + "confirmation of warnings with 422 (send the codes back in confirmedWarnings). "
                + "An RT head's change waits for review: 202 with the submission (see /api/submissions); "
                + "officers' changes apply at once. An Idempotency-Key header (UUID) makes a resend safe.")
class HouseholdApiController {

    private final PopulationDirectory directory;
    private final RegistryIntake intake;

    HouseholdApiController(PopulationDirectory directory, RegistryIntake intake) {
        this.directory = directory;
        this.intake = intake;
    }

    @GetMapping
    @Operation(summary = "Households with a living member in an area, searched by NIK, KK number or name")
    Listing<HouseholdSummary> list(
            @Parameter(description = "any region code; everything inside it (default: the caller's area)")
                    @RequestParam(required = false)
                    String region,
            @Parameter(description = "a 16-digit NIK or KK number, or words of a name (3+ letters)")
                    @RequestParam(required = false)
                    String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "only households last checked before this day (ISO date), or never")
                    @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    java.time.LocalDate checkedBefore) {
        return directory.households(new PopulationDirectory.HouseholdQuery(region, q, page, size, checkedBefore));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A household card: the KK with its members and former members")
    HouseholdView get(@PathVariable long id) {
        return directory.household(id);
    }

    @PostMapping
    @Operation(summary = "Register a KK with its members (they moved in or are recorded for the first time)")
    ResponseEntity<Object> register(
            @RequestBody ApiRequests.RegisterHousehold body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        List<RegistryCommand.NewMember> members = new ArrayList<>();
        if (body.members() != null) {
            for (int i = 0; i < body.members().size(); i++) {
                ApiRequests.NewMember m = body.members().get(i);
                String prefix = "members[" + i + "].";
                members.add(
                        m == null
                                ? null
                                : new RegistryCommand.NewMember(
                                        read.details(m.person(), prefix), read.labour(m.labour(), prefix + "labour.")));
            }
        }
        var command = new RegistryCommand.RegisterHousehold(
                body.kkNumber(),
                body.address(),
                body.rtCode(),
                body.since(),
                members,
                read.confirmations(body.confirmedWarnings()));
        read.done();
        Received received = intake.submit(command, key);
        if (received.waiting()) {
            return WaitingReply.of(received.pending());
        }
        Applied applied = received.applied();
        return ResponseEntity.created(URI.create("/api/households/" + applied.householdId()))
                .body(view(applied));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct the KK number or the address on the KK")
    ResponseEntity<Object> change(
            @PathVariable long id,
            @RequestBody ApiRequests.ChangeHousehold body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        var command =
                new RegistryCommand.ChangeHousehold(id, read.version(body.version()), body.kkNumber(), body.address());
        read.done();
        return answer(intake.submit(command, key));
    }

    @PutMapping("/{id}/head")
    @Operation(summary = "Make another living member the head; the former head takes formerHeadRelation")
    ResponseEntity<Object> changeHead(
            @PathVariable long id,
            @RequestBody ApiRequests.ChangeHead body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        var command = new RegistryCommand.ChangeHead(
                id, read.version(body.version()), read.id(body.residentId(), "residentId"), body.formerHeadRelation());
        read.done();
        return answer(intake.submit(command, key));
    }

    @PostMapping("/{id}/members")
    @Operation(
            summary =
                    "A member joins: a birth (reason BIRTH) or a move into the city (reason MOVE_IN); answers the new resident")
    ResponseEntity<Object> addMember(
            @PathVariable long id,
            @RequestBody ApiRequests.AddMember body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        var command = new RegistryCommand.AddMember(
                id,
                read.version(body.version()),
                read.kind(body.reason(), "reason"),
                body.occurredOn(),
                read.details(body.person(), ""),
                read.labour(body.labour(), "labour."),
                read.confirmations(body.confirmedWarnings()));
        read.done();
        Received received = intake.submit(command, key);
        if (received.waiting()) {
            return WaitingReply.of(received.pending());
        }
        Applied applied = received.applied();
        Object created;
        try {
            created = directory.resident(applied.residentId());
        } catch (NotFoundException e) {
            created = applied;
        }
        return ResponseEntity.created(URI.create("/api/residents/" + applied.residentId()))
                .body(created);
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "The whole household moves to another RT of the city, or out of it (toRtCode empty)")
    ResponseEntity<Object> move(
            @PathVariable long id,
            @RequestBody ApiRequests.MoveHousehold body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        var command = new RegistryCommand.MoveHousehold(
                id, read.version(body.version()), body.toRtCode(), body.address(), body.occurredOn(), body.note());
        read.done();
        return answer(intake.submit(command, key));
    }

    @PostMapping("/{id}/split")
    @Operation(summary = "Members leave to form a new KK (pecah KK)")
    ResponseEntity<Object> split(
            @PathVariable long id,
            @RequestBody ApiRequests.SplitHousehold body,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID key) {
        ApiRequests.Reader read = new ApiRequests.Reader();
        List<RegistryCommand.SplitMember> members = new ArrayList<>();
        if (body.members() != null) {
            for (int i = 0; i < body.members().size(); i++) {
                ApiRequests.SplitMember m = body.members().get(i);
                members.add(
                        m == null
                                ? null
                                : new RegistryCommand.SplitMember(
                                        read.id(m.residentId(), "members[" + i + "].residentId"), m.relation()));
            }
        }
        var command = new RegistryCommand.SplitHousehold(
                id,
                read.version(body.version()),
                body.kkNumber(),
                body.address(),
                body.rtCode(),
                body.occurredOn(),
                members,
                body.remainingHeadId(),
                read.confirmations(body.confirmedWarnings()));
        read.done();
        Received received = intake.submit(command, key);
        if (received.waiting()) {
            return WaitingReply.of(received.pending());
        }
        Applied applied = received.applied();
        return ResponseEntity.created(URI.create("/api/households/" + applied.householdId()))
                .body(view(applied));
    }

    /** 200 with the household as it is now, or 202 when the change waits for review. */
    private ResponseEntity<Object> answer(Received received) {
        return received.waiting() ? WaitingReply.of(received.pending()) : ResponseEntity.ok(view(received.applied()));
    }

    /** The household as it is now, or only what was done when it left the caller's area. */
    private Object view(Applied applied) {
        try {
            return directory.household(applied.householdId());
        } catch (NotFoundException e) {
            return applied;
        }
    }
}
