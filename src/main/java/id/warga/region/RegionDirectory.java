package id.warga.region;

import id.warga.shared.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The read side of the wilayah tree, for every module: find an area, its children, its ancestors. */
@Service
public class RegionDirectory {

    private final RegionRepository regions;

    RegionDirectory(RegionRepository regions) {
        this.regions = regions;
    }

    public Optional<Region> find(RegionCode code) {
        return regions.find(code);
    }

    /** The area, or a 404 naming the unknown code. */
    public Region require(RegionCode code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("error.region.not-found", code.value()));
    }

    public List<Region> children(RegionCode code) {
        return regions.children(code);
    }

    /** Areas of one level inside the given one, e.g. every kelurahan of the city. */
    public List<Region> descendants(RegionCode code, String level) {
        return regions.descendantsAtLevel(code, level);
    }

    /** From the province down to the parent, for breadcrumbs. */
    public List<Region> ancestors(RegionCode code) {
        return regions.ancestors(code);
    }

    public int count(RegionCode within, String level) {
        return regions.countAtLevel(within, level);
    }
}
