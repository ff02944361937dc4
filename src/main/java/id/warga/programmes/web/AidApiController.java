package id.warga.programmes.web;

import id.warga.programmes.AidProgrammeView;
import id.warga.programmes.AidProgrammes;
import id.warga.programmes.AidSource;
import id.warga.programmes.AidTarget;
import id.warga.programmes.NewAidProgramme;
import id.warga.programmes.OpenCounts;
import id.warga.programmes.ProgrammeSettings;
import id.warga.programmes.RecipientView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Bantuan",
        description = "Aid programmes (source APBD, PLN, BANK_DUNIA, INPRES, CSR, LAINNYA; target PERSON or HOUSEHOLD) "
                + "created by the city, pairs that exclude each other, and recipients added by kelurahan staff by "
                + "NIK or KK number of a living resident or current household in their area. The same NIK/KK twice "
                + "in a programme, an excluded combination or a full quota answer 409 naming the rule.")
class AidApiController {

    private final AidProgrammes aid;
    private final ProgrammeSettings settings;

    AidApiController(AidProgrammes aid, ProgrammeSettings settings) {
        this.aid = aid;
        this.settings = settings;
    }

    @GetMapping("/api/programmes/aid")
    @Operation(summary = "Aid programmes (of a year), with recipients in all and in the caller's area")
    List<AidProgrammeView> list(@RequestParam(required = false) Integer year) {
        return aid.list(year);
    }

    @PostMapping("/api/programmes/aid")
    @Operation(summary = "Create an aid programme (the city)")
    ResponseEntity<AidProgrammeView> create(@RequestBody ProgrammeBody body) {
        return ResponseEntity.status(201)
                .body(aid.create(new NewAidProgramme(
                        body.name(),
                        body.source(),
                        body.target(),
                        body.year(),
                        RwFundApiController.amount(body.amount()),
                        body.quota())));
    }

    @GetMapping("/api/programmes/aid/{id}")
    @Operation(summary = "One aid programme")
    AidProgrammeView get(@PathVariable long id) {
        return aid.get(id);
    }

    @PostMapping("/api/programmes/aid/{id}/exclusions")
    @Operation(summary = "Say that nobody may receive both this programme and another (the city)")
    AidProgrammeView exclude(@PathVariable long id, @RequestBody ExclusionBody body) {
        return aid.exclude(id, body.programmeId() == null ? -1 : body.programmeId());
    }

    @GetMapping("/api/programmes/aid/{id}/recipients")
    @Operation(summary = "Recipients in the caller's area (50 a page), NIK/KK masked outside it; the read is audited")
    List<RecipientView> recipients(
            @PathVariable long id,
            @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "0") int page) {
        return aid.recipients(id, area, page);
    }

    @PostMapping("/api/programmes/aid/{id}/recipients")
    @Operation(summary = "Add a recipient by NIK (person) or KK number (household) of the caller's area")
    ResponseEntity<RecipientView> add(@PathVariable long id, @RequestBody RecipientBody body) {
        return ResponseEntity.status(201).body(aid.addRecipient(id, body.identifier()));
    }

    @GetMapping("/api/open/programmes/aid")
    @Operation(summary = "Open data: recipients of each programme per kelurahan, counts below 5 withheld")
    List<OpenCounts> open(@RequestParam(required = false) Integer year) {
        return aid.openFigures(year == null ? settings.today().getYear() : year);
    }

    record ProgrammeBody(String name, AidSource source, AidTarget target, Integer year, Long amount, Integer quota) {}

    record ExclusionBody(Long programmeId) {}

    record RecipientBody(String identifier) {}
}
