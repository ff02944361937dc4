package id.warga.access.internal;

import id.warga.access.AccessControl;
import id.warga.access.SignedInUser;
import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import id.warga.shared.web.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts and other systems: {@code Authorization: Bearer wrg_…}. A token
 * has 256 random bits, so a SHA-256 of it is all that is kept (no slow hash needed, and a check
 * costs one indexed lookup); the token itself is shown once. It acts with its owner's current
 * roles and areas, and stops working when revoked, expired, or the account is disabled.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "wrg_";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final AccountGrants grants;
    private final AccessSettings settings;
    private final AuditLog audit;
    private final AccessControl access;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AccountGrants grants, AccessSettings settings, AuditLog audit, AccessControl access) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.settings = settings;
        this.audit = audit;
        this.access = access;
    }

    /** A token as listed: never the token itself. */
    public record TokenView(
            long id,
            String name,
            String prefix,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            boolean active) {}

    /** A token just made: the only time {@code token} is known. */
    public record NewToken(long id, String name, String token, Instant expiresAt) {}

    @Transactional
    public NewToken create(SignedInUser owner, String name, Integer days) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 60) {
            throw new BadRequestException(
                    "invalid_token",
                    List.of(new ApiError.Violation("name", "required", "access.token.name")),
                    "error.validation-failed");
        }
        if (days != null && (days < 1 || days > 730)) {
            throw new BadRequestException(
                    "invalid_token",
                    List.of(new ApiError.Violation("expiresInDays", "range", "access.token.days")),
                    "error.validation-failed");
        }
        long active = jdbc.sql("""
                        select count(*) from access.api_token where account_id = ? and revoked_at is null
                        and (expires_at is null or expires_at > now())
                        """).param(owner.id()).query(Long.class).single();
        if (active >= settings.tokens().maxPerUser()) {
            throw new BadRequestException(
                    "too_many_tokens",
                    "access.token.too-many",
                    settings.tokens().maxPerUser());
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires =
                Instant.now().plus(days == null ? settings.tokens().defaultLifetime() : Duration.ofDays(days));
        long id = jdbc.sql("""
                        insert into access.api_token (account_id, name, token_hash, prefix, expires_at)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(owner.id(), label, sha256(token), token.substring(0, 8), java.sql.Timestamp.from(expires))
                .query(Long.class)
                .single();
        audit.appendWithTransaction(audit.record(
                owner.username(),
                AuditAction.TOKEN_CREATED,
                "api_token",
                Long.toString(id),
                null,
                Map.of("name", label)));
        return new NewToken(id, label, token, expires);
    }

    public List<TokenView> list(long accountId) {
        return jdbc.sql("""
                        select id, name, prefix, created_at, expires_at, last_used_at,
                               revoked_at is null and (expires_at is null or expires_at > now()) as active
                        from access.api_token where account_id = ? order by created_at desc, id desc
                        """)
                .param(accountId)
                .query((rs, n) -> new TokenView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        rs.getBoolean("active")))
                .list();
    }

    @Transactional
    public void revoke(long accountId, long tokenId) {
        int changed = jdbc.sql("""
                        update access.api_token set revoked_at = coalesce(revoked_at, now())
                        where id = ? and account_id = ?
                        """).params(tokenId, accountId).update();
        if (changed == 0) {
            throw new NotFoundException("access.token.not-found", tokenId);
        }
        audit.appendWithTransaction(audit.record(
                access.currentUsername().orElse("(sistem)"),
                AuditAction.TOKEN_REVOKED,
                "api_token",
                Long.toString(tokenId),
                null,
                null));
    }

    /** The owner of a valid token, as signed-in user; empty for anything else. */
    public Optional<SignedInUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        record Row(long id, long accountId, Instant lastUsed) {}
        Optional<Row> row = jdbc.sql("""
                        select id, account_id, last_used_at from access.api_token
                        where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
                        """)
                .param(sha256(token))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), instant(rs.getObject(3, OffsetDateTime.class))))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<SignedInUser> owner = grants.byId(row.get().accountId());
        if (owner.isPresent()
                && (row.get().lastUsed() == null
                        || row.get().lastUsed().isBefore(Instant.now().minus(TOUCH_EVERY)))) {
            jdbc.sql("update access.api_token set last_used_at = now() where id = ?")
                    .param(row.get().id())
                    .update();
        }
        return owner;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
