package id.warga.population;

/**
 * One field of a change as a person reads it, in their language: its label, the value the
 * registry holds now (empty for something new) and the value the change asks for.
 */
public record ChangeLine(String field, String label, String current, String proposed) {

    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean changed() {
        return !java.util.Objects.equals(blank(current), blank(proposed));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() || value.equals("—") ? null : value.strip();
    }
}
