package id.warga.population;

/** Sex as recorded on the KK; the NIK encodes it too (women add 40 to the birth day). */
public enum Sex {
    MALE("M"),
    FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The one-letter code stored in the registry. */
    public String code() {
        return code;
    }

    public static Sex ofCode(String code) {
        return "F".equals(code) ? FEMALE : MALE;
    }
}
