package id.warga.access.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access settings: demo accounts, login throttling and lockout, password strength, API token
 * lifetime, the audit trail's write-behind, and the Content-Security-Policy of every response.
 */
@ConfigurationProperties("warga.access")
public record AccessSettings(
        @DefaultValue("false") boolean demoAccounts,
        @DefaultValue Login login,
        @DefaultValue Password password,
        @DefaultValue Tokens tokens,
        @DefaultValue Audit audit,
        @DefaultValue(DEFAULT_POLICY) String contentSecurityPolicy,
        String bootstrapAdminPassword) {

    static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * An account locks for {@code lockout} after {@code maxFailures} wrong passwords in a row; a
     * client address is refused for the rest of {@code clientWindow} after {@code maxFailuresPerClient}.
     */
    public record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration lockout,
            @DefaultValue("50") int maxFailuresPerClient,
            @DefaultValue("15m") Duration clientWindow) {}

    public record Password(@DefaultValue("10") int minLength) {}

    public record Tokens(
            @DefaultValue("180d") Duration defaultLifetime,
            @DefaultValue("20") int maxPerUser) {}

    /** Entries are written behind within {@code flushInterval}; the chain is checked every {@code checkInterval}. */
    public record Audit(
            @DefaultValue("1s") Duration flushInterval,
            @DefaultValue("24h") Duration checkInterval,
            @DefaultValue("50000") int queueCapacity) {}
}
