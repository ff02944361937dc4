package id.warga.verification.web;

import id.warga.region.RegionCode;
import id.warga.shared.web.NotFoundException;
import id.warga.verification.Completeness;
import id.warga.verification.CompletenessReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Kelengkapan",
        description = "How complete the validation is this month, for any area in the caller's scope")
class CompletenessApiController {

    private final Completeness completeness;

    CompletenessApiController(Completeness completeness) {
        this.completeness = completeness;
    }

    @GetMapping("/api/completeness/{code}")
    @Operation(
            summary = "The area's completeness with a row per child unit (or per RT): RTs attested on time, "
                    + "residents 15+ with a current labour block, open warnings, submissions waiting and the oldest")
    CompletenessReport get(
            @PathVariable String code,
            @Parameter(description = "rt: one row per RT instead of per child unit") @RequestParam(required = false)
                    String rows,
            @RequestParam(defaultValue = "NAME") Completeness.Sort sort,
            @RequestParam(defaultValue = "false") boolean desc) {
        RegionCode area =
                RegionCode.tryParse(code).orElseThrow(() -> new NotFoundException("error.region.not-found", code));
        return completeness.of(area, "rt".equalsIgnoreCase(rows), sort, desc);
    }
}
