package id.warga.region;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.warga.shared.geo.Feature;
import id.warga.shared.geo.FeatureCollection;
import id.warga.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/regions")
@Tag(name = "Wilayah", description = "The region tree: codes, children, boundaries and heads")
class RegionApiController {

    private final RegionDirectory directory;
    private final RegionBoundaries boundaries;
    private final RegionUnits units;
    private final RegionHeads heads;

    RegionApiController(RegionDirectory directory, RegionBoundaries boundaries, RegionUnits units, RegionHeads heads) {
        this.directory = directory;
        this.boundaries = boundaries;
        this.units = units;
        this.heads = heads;
    }

    @GetMapping("/{code}")
    @Operation(summary = "An area with its direct children")
    RegionView region(@PathVariable RegionCode code) {
        Region region = directory.require(code);
        return RegionView.of(region, directory.children(code));
    }

    @GetMapping(
            value = "/{code}/boundaries",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "GeoJSON of the children's shapes",
            description = "Polygons for kecamatan and kelurahan, a representative point for RW and RT. "
                    + "With `level`, the areas of that level inside the given one instead of the children.")
    FeatureCollection boundaries(@PathVariable RegionCode code, @RequestParam(required = false) String level) {
        directory.require(code);
        return boundaries.of(code, level);
    }

    @GetMapping(
            value = "/{code}/outline",
            produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "GeoJSON of the area's own outline",
            description = "The area's polygon, or for an RW or RT its kelurahan's; `properties.code` says whose."
                    + " 404 where no polygon is stored.")
    Feature outline(@PathVariable RegionCode code) {
        directory.require(code);
        return boundaries
                .outline(code)
                .orElseThrow(() -> new NotFoundException("error.region.no-outline", code.value()));
    }

    @PostMapping("/{code}/units")
    @Operation(summary = "Add an RW under a kelurahan, or an RT under an RW")
    ResponseEntity<RegionView> createUnit(@PathVariable RegionCode code, @Valid @RequestBody NewUnit unit) {
        Region created = units.create(code, unit.number(), unit.name());
        return ResponseEntity.created(URI.create("/api/regions/" + created.code()))
                .body(RegionView.of(created, List.of()));
    }

    @GetMapping("/{code}/heads")
    @Operation(summary = "Every term of office of the unit's head, newest first")
    List<HeadTerm> heads(@PathVariable RegionCode code) {
        directory.require(code);
        return heads.terms(code);
    }

    @PostMapping("/{code}/heads")
    @Operation(summary = "Record a decree appointing the unit's head")
    ResponseEntity<HeadTerm> appoint(@PathVariable RegionCode code, @Valid @RequestBody HeadAppointment appointment) {
        HeadTerm term = heads.appoint(code, appointment);
        return ResponseEntity.created(URI.create("/api/regions/" + code + "/heads"))
                .body(term);
    }

    record NewUnit(
            @Min(1) @Max(999) int number,
            @jakarta.validation.constraints.Size(max = 100) String name) {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RegionView(String code, String name, String level, String parentCode, List<Child> children) {

        static RegionView of(Region region, List<Region> children) {
            return new RegionView(
                    region.code().value(),
                    region.name(),
                    region.level(),
                    region.parentCode() == null ? null : region.parentCode().value(),
                    children.stream()
                            .map(c -> new Child(c.code().value(), c.name(), c.level()))
                            .toList());
        }
    }

    record Child(String code, String name, String level) {}
}
