package id.warga.shared.privacy;

/** How personal identifiers look to those whose area they are not (UU 27/2022). */
public final class Masking {

    private Masking() {}

    /** A NIK or KK number as `3672**********01`: only the first four and the last two digits. */
    public static String identifier(String value) {
        if (value == null || value.length() < 6) {
            return value;
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 6) + value.substring(value.length() - 2);
    }
}
