package id.warga.verification.web;

import id.warga.region.RegionCode;
import id.warga.region.RegionLevel;
import id.warga.shared.web.NotFoundException;
import id.warga.verification.AttestationView;
import id.warga.verification.Attestations;
import id.warga.verification.VerificationSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/attestations")
@Tag(
        name = "Pengesahan bulanan",
        description = "Each month the RT head attests that the RT's data were checked (after the checklist), then "
                + "the RW head the RW. Once per unit and month, by the deadline day to earn the honor.")
class AttestationApiController {

    private final Attestations attestations;
    private final VerificationSettings settings;

    AttestationApiController(Attestations attestations, VerificationSettings settings) {
        this.attestations = attestations;
        this.settings = settings;
    }

    @GetMapping("/{code}")
    @Operation(
            summary =
                    "The checklist of an RT (or the RTs of an RW) for the month it is now, with the attestation if made")
    Object checklist(@PathVariable String code) {
        RegionCode unit = unit(code);
        return unit.level() == RegionLevel.RT ? attestations.rtChecklist(unit) : attestations.rwChecklist(unit);
    }

    @PostMapping("/{code}")
    @Operation(summary = "Attest the RT or RW for the month (default: the month it is now)")
    ResponseEntity<AttestationView> attest(@PathVariable String code, @RequestBody(required = false) Attest body) {
        RegionCode unit = unit(code);
        YearMonth month = body == null || body.month() == null || body.month().isBlank()
                ? settings.currentMonth()
                : YearMonth.parse(body.month().strip());
        AttestationView made = unit.level() == RegionLevel.RT
                ? attestations.attestRt(unit, month)
                : attestations.attestRw(unit, month, body != null && Boolean.TRUE.equals(body.acknowledgeMissingRts()));
        return ResponseEntity.created(URI.create("/api/attestations/" + unit.value()))
                .body(made);
    }

    @GetMapping
    @Operation(summary = "Attestations of a month made inside an area")
    List<AttestationView> list(@RequestParam String area, @RequestParam(required = false) String month) {
        RegionCode where =
                RegionCode.tryParse(area).orElseThrow(() -> new NotFoundException("error.region.not-found", area));
        return attestations.inArea(
                where, month == null || month.isBlank() ? settings.currentMonth() : YearMonth.parse(month.strip()));
    }

    private static RegionCode unit(String code) {
        RegionCode unit =
                RegionCode.tryParse(code).orElseThrow(() -> new NotFoundException("error.region.not-found", code));
        if (unit.level() != RegionLevel.RT && unit.level() != RegionLevel.RW) {
            throw new NotFoundException("error.region.not-found", code);
        }
        return unit;
    }

    /** The month to attest (YYYY-MM) and, for an RW with RTs still missing, the head's acknowledgement. */
    record Attest(String month, Boolean acknowledgeMissingRts) {}
}
