package id.warga.access;

import id.warga.region.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The areas an acting user may see and change: a set of region codes, each covering every code
 * it contains. {@link #everything()} is the city-wide scope of administrators and city offices.
 *
 * <p>Queries apply it to a region-code column with {@link #sqlFilter(String)} and bind its
 * parameters with {@link #bind}: {@code (rt_code = any(:scopeExact) or rt_code like any(:scopePatterns))}.
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

    /** The SQL filter of a scope on a region-code column; its parameters are bound by {@link #bind}. */
    public static String sqlFilter(String column) {
        return "(" + column + " = any(:scopeExact) or " + column + " like any(:scopePatterns))";
    }

    /** Binds the parameters of {@link #sqlFilter(String)} to this scope. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return spec.param("scopeExact", exactCodes()).param("scopePatterns", likePatterns());
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
