package id.warga.analytics.internal;

import java.util.Comparator;

/** One row of the counts within a month: an area (at any depth) and a cell. */
public record CountKey(String areaCode, int depth, LabourCell cell) implements Comparable<CountKey> {

    private static final Comparator<CountKey> ORDER =
            Comparator.comparing(CountKey::areaCode).thenComparing(CountKey::cell);

    @Override
    public int compareTo(CountKey other) {
        return ORDER.compare(this, other);
    }
}
