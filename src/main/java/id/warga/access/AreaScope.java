package id.warga.access;

import id.warga.region.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The areas an acting user may see and change: a set of region codes, each covering every code
 * it contains. {@link #everything()} is the city-wide scope of administrators and city offices.
 *
 * <p>Queries apply it with {@link #exactCodes()} and {@link #likePatterns()} on an RT-level code
 * column: {@code (rt_code = any(:exact) or rt_code like any(:patterns))}.
 */
public record AreaScope(Set<RegionCode> roots, boolean unrestricted) {

    public static AreaScope everything() {
        return new AreaScope(Set.of(), true);
    }

    public static AreaScope nothing() {
        return new AreaScope(Set.of(), false);
    }

    public static AreaScope of(Set<RegionCode> roots) {
        return new AreaScope(Set.copyOf(roots), false);
    }

    public boolean covers(RegionCode code) {
        return unrestricted || roots.stream().anyMatch(root -> root.contains(code));
    }

    public boolean isEmpty() {
        return !unrestricted && roots.isEmpty();
    }

    /** Codes matched exactly (the roots themselves). */
    public String[] exactCodes() {
        return roots.stream().map(RegionCode::value).toArray(String[]::new);
    }

    /** SQL LIKE patterns for everything strictly inside the roots; `%` alone when unrestricted. */
    public String[] likePatterns() {
        if (unrestricted) {
            return new String[] {"%"};
        }
        List<String> patterns = new ArrayList<>();
        roots.forEach(root -> patterns.add(root.value() + ".%"));
        return patterns.toArray(String[]::new);
    }
}
