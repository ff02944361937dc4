package id.warga.programmes.web;

import id.warga.programmes.NewScholarship;
import id.warga.programmes.OpenCounts;
import id.warga.programmes.ScholarshipStatus;
import id.warga.programmes.ScholarshipView;
import id.warga.programmes.Scholarships;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
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
        name = "Beasiswa",
        description = "The city's bachelor scholarships (quota 5,000 by default): applications entered by kelurahan "
                + "staff or the city for a living resident of their area; the city awards (never beyond the quota, "
                + "GPA at least 3.0 after the first semester), rejects or ends them with a reason, and records "
                + "payments per semester (Rp 3.000.000, at most 8 semesters).")
class ScholarshipApiController {

    private final Scholarships scholarships;

    ScholarshipApiController(Scholarships scholarships) {
        this.scholarships = scholarships;
    }

    @GetMapping("/api/programmes/scholarships")
    @Operation(summary = "Scholarships in the caller's area (of a state), NIK masked outside it")
    List<ScholarshipView> list(@RequestParam(required = false) ScholarshipStatus status) {
        return scholarships.list(status);
    }

    @PostMapping("/api/programmes/scholarships")
    @Operation(summary = "Enter an application for a living resident of the caller's area (kelurahan or city)")
    ResponseEntity<ScholarshipView> apply(@RequestBody NewScholarship body) {
        return ResponseEntity.status(201).body(scholarships.apply(body));
    }

    @GetMapping("/api/programmes/scholarships/{id}")
    @Operation(summary = "One scholarship with its payments (the read is audited)")
    ScholarshipView get(@PathVariable long id) {
        return scholarships.get(id);
    }

    @PostMapping("/api/programmes/scholarships/{id}/award")
    @Operation(summary = "Award (the city); 409 when the quota is reached")
    ScholarshipView award(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return scholarships.award(id, body == null ? null : body.version());
    }

    @PostMapping("/api/programmes/scholarships/{id}/reject")
    @Operation(summary = "Reject an application with a reason (the city)")
    ScholarshipView reject(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return scholarships.reject(id, body == null ? null : body.version(), body == null ? null : body.reason());
    }

    @PostMapping("/api/programmes/scholarships/{id}/end")
    @Operation(summary = "End an award with a reason (the city)")
    ScholarshipView end(@PathVariable long id, @RequestBody(required = false) Decision body) {
        return scholarships.end(id, body == null ? null : body.version(), body == null ? null : body.reason());
    }

    @PostMapping("/api/programmes/scholarships/{id}/disbursements")
    @Operation(summary = "Record the payment of a semester, with the GPA reached before it (the city)")
    ScholarshipView disburse(@PathVariable long id, @RequestBody Disbursement body) {
        return scholarships.disburse(id, body.semester(), body.gpa());
    }

    @GetMapping("/api/open/programmes/scholarships")
    @Operation(summary = "Open data: awarded scholarships per kecamatan (counts below 5 withheld) and the quota")
    OpenScholarships open() {
        return new OpenScholarships(scholarships.quota().quota(), scholarships.openFigures());
    }

    record Decision(Integer version, String reason) {}

    record Disbursement(Integer semester, BigDecimal gpa) {}

    record OpenScholarships(int quota, OpenCounts awarded) {}
}
