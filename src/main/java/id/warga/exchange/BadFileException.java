package id.warga.exchange;

/**
 * A file that cannot be imported at all (empty, not a spreadsheet, too large, without the columns
 * it needs): the user is told why in a sentence, and nothing is changed.
 */
public class BadFileException extends RuntimeException {

    private final String code;
    private final Object[] arguments;

    public BadFileException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    /** A stable code; the message is {@code import.file.<code>} in the bundles. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "import.file." + code;
    }

    public Object[] arguments() {
        return arguments;
    }
}
