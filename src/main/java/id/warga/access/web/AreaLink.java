package id.warga.access.web;

import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import java.util.List;
import java.util.stream.Collectors;

/** An area a user holds, as a page shows it: "RT 001" with "RW 001 · Kedaleman · Cibeber" under it. */
record AreaLink(String code, String label, String level, String within) {

    static AreaLink of(RegionDirectory regions, String code) {
        RegionCode parsed = RegionCode.of(code);
        Region region = regions.find(parsed).orElse(null);
        if (region == null) {
            return new AreaLink(code, code, parsed.level().name().toLowerCase(), "");
        }
        List<Region> ancestors = regions.ancestors(parsed);
        String within = ancestors.stream()
                .filter(a -> a.code().level().depth() >= 3)
                .sorted((a, b) -> b.code().compareTo(a.code()))
                .map(Region::label)
                .collect(Collectors.joining(" · "));
        return new AreaLink(code, region.label(), region.level(), within);
    }

    static List<AreaLink> all(RegionDirectory regions, List<String> codes) {
        return codes.stream().map(code -> of(regions, code)).toList();
    }
}
