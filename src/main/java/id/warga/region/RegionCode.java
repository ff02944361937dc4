package id.warga.region;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code, dotted (`36.72.01.1001`), extended below the kelurahan by our own RW and
 * RT segments (`36.72.01.1001.005` and `36.72.01.1001.005.003`). "Everything inside X" is a prefix
 * test on the code, so containment needs no lookup.
 */
public record RegionCode(String value) implements Comparable<RegionCode> {

    private static final Pattern SHAPE =
            Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4}(\\.\\d{3}(\\.\\d{3})?)?)?)?)?");

    public RegionCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidRegionCodeException(value);
        }
        for (String segment : value.split("\\.")) {
            if (Integer.parseInt(segment) == 0) {
                throw new InvalidRegionCodeException(value);
            }
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value == null ? null : value.trim());
    }

    public static Optional<RegionCode> tryParse(String value) {
        try {
            return Optional.of(of(value));
        } catch (InvalidRegionCodeException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String value) {
        return tryParse(value).isPresent();
    }

    public RegionLevel level() {
        return RegionLevel.ofDepth(segments().length);
    }

    public Optional<RegionCode> parent() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(new RegionCode(value.substring(0, dot)));
    }

    /** The enclosing code at the given level, or this code if it already is at that level. */
    public RegionCode ancestorAt(RegionLevel level) {
        if (level.depth() > level().depth()) {
            throw new IllegalArgumentException(value + " has no ancestor at level " + level);
        }
        String[] parts = segments();
        return new RegionCode(String.join(".", java.util.Arrays.copyOf(parts, level.depth())));
    }

    /** True when the other code is this code or lies inside it. */
    public boolean contains(RegionCode other) {
        return other.value.equals(value) || other.value.startsWith(value + ".");
    }

    public RegionCode child(int number) {
        RegionLevel next = RegionLevel.ofDepth(segments().length + 1);
        return new RegionCode(value + "." + next.format(number));
    }

    /** The last segment as a number: the RT number of an RT, the RW number of an RW. */
    public int localNumber() {
        String[] parts = segments();
        return Integer.parseInt(parts[parts.length - 1]);
    }

    /** The code without dots, as NIK and KK numbers carry it (`367201`). */
    public String digits() {
        return value.replace(".", "");
    }

    private String[] segments() {
        return value.split("\\.");
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
