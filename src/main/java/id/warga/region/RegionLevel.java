package id.warga.region;

/** The depth of a code in the tree. Kota and kabupaten share a depth; the region table says which. */
public enum RegionLevel {
    PROVINSI(1, 2),
    KABUPATEN_KOTA(2, 2),
    KECAMATAN(3, 2),
    KELURAHAN(4, 4),
    RW(5, 3),
    RT(6, 3);

    private final int depth;
    private final int width;

    RegionLevel(int depth, int width) {
        this.depth = depth;
        this.width = width;
    }

    public int depth() {
        return depth;
    }

    static RegionLevel ofDepth(int depth) {
        for (RegionLevel level : values()) {
            if (level.depth == depth) {
                return level;
            }
        }
        throw new IllegalArgumentException("no region level at depth " + depth);
    }

    String format(int number) {
        String text = Integer.toString(number);
        if (number <= 0 || text.length() > width) {
            throw new IllegalArgumentException(this + " number out of range: " + number);
        }
        return "0".repeat(width - text.length()) + text;
    }
}
