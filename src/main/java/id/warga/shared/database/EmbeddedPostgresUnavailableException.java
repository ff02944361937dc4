package id.warga.shared.database;

/** The embedded database cannot run here; the failure analyzer explains what to do instead. */
public class EmbeddedPostgresUnavailableException extends IllegalStateException {

    public EmbeddedPostgresUnavailableException(String message) {
        super(message);
    }

    public EmbeddedPostgresUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
