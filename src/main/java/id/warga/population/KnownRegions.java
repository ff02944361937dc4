package id.warga.population;

import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The region tree as NIK and KK rules and messages need it: whether a province, kab/kota or
 * kecamatan code is known (remembered, since the national list changes only by migration), whether
 * an RT exists, and how to name an RT for a person ("RT 003/RW 001 Kedaleman").
 */
@Component
class KnownRegions implements Predicate<String> {

    private final RegionDirectory regions;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Map<String, String> places = new ConcurrentHashMap<>();
    /** RTs seen to exist: units are created but never removed, so a found RT stays found. */
    private final Map<String, RegionCode> rts = new ConcurrentHashMap<>();

    KnownRegions(RegionDirectory regions) {
        this.regions = regions;
    }

    /** Whether a code down to kecamatan level names a region of the national list. */
    @Override
    public boolean test(String code) {
        return known.computeIfAbsent(
                code, c -> RegionCode.tryParse(c).flatMap(regions::find).isPresent());
    }

    Optional<Region> find(String code) {
        return RegionCode.tryParse(code).flatMap(regions::find);
    }

    /** The code as an existing RT, if it is one (remembered once found: an import asks for each household). */
    Optional<RegionCode> rt(String code) {
        RegionCode known = code == null ? null : rts.get(code);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<RegionCode> found = find(code).filter(Region::isRt).map(Region::code);
        found.ifPresent(rt -> rts.put(code, rt));
        return found;
    }

    /** The RT codes of the kelurahan the given RT lies in. */
    java.util.List<String> rtsOfKelurahan(String rtCode) {
        return RegionCode.tryParse(rtCode)
                .filter(c -> c.level() == id.warga.region.RegionLevel.RT)
                .map(c -> regions.descendants(c.ancestorAt(id.warga.region.RegionLevel.KELURAHAN), "rt").stream()
                        .map(r -> r.code().value())
                        .toList())
                .orElse(java.util.List.of());
    }

    /** "RT 003/RW 001 Kedaleman" for an RT code, or the code itself for anything else. */
    String place(String rtCode) {
        return rtCode == null ? null : places.computeIfAbsent(rtCode, this::describe);
    }

    private String describe(String rtCode) {
        Optional<RegionCode> code = RegionCode.tryParse(rtCode);
        if (code.isEmpty() || code.get().level() != id.warga.region.RegionLevel.RT) {
            return rtCode;
        }
        String[] parts = rtCode.split("\\.");
        String kelurahan =
                code.get().ancestorAt(id.warga.region.RegionLevel.KELURAHAN).value();
        String name = regions.find(RegionCode.of(kelurahan)).map(Region::name).orElse(kelurahan);
        return "RT " + parts[5] + "/RW " + parts[4] + " " + name;
    }
}
