package id.warga.analytics.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The areas a resident's RT lies in, by code prefix: the city (depth 2), kecamatan, kelurahan,
 * RW and the RT itself. The rebuild's SQL expands codes the same way.
 */
public final class AreaCodes {

    private AreaCodes() {}

    /** Every enclosing code from depth 2 down to the code itself, with its depth. */
    public static List<Area> enclosing(String code) {
        String[] parts = code.split("\\.");
        List<Area> areas = new ArrayList<>(parts.length);
        StringBuilder prefix = new StringBuilder(parts[0]);
        for (int depth = 2; depth <= parts.length; depth++) {
            prefix.append('.').append(parts[depth - 1]);
            areas.add(new Area(prefix.toString(), depth));
        }
        return areas;
    }

    public static int depth(String code) {
        return code.split("\\.").length;
    }

    public record Area(String code, int depth) {}
}
