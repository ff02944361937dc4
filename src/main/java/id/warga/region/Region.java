package id.warga.region;

/** One area of the tree, as read: its code, name, level and a point inside it (may be null). */
public record Region(
        RegionCode code, String name, String level, RegionCode parentCode, Double longitude, Double latitude) {

    public boolean isRt() {
        return "rt".equals(level);
    }

    public boolean isRw() {
        return "rw".equals(level);
    }

    /** "RT 003", "RW 005", or the official name for the levels that have one. */
    public String label() {
        return switch (level) {
            case "rw" -> "RW " + code.value().substring(code.value().lastIndexOf('.') + 1);
            case "rt" -> "RT " + code.value().substring(code.value().lastIndexOf('.') + 1);
            default -> name;
        };
    }
}
