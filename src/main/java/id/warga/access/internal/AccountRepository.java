package id.warga.access.internal;

import id.warga.access.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account tables. Roles and scopes come back aggregated with each account. */
@Repository
class AccountRepository {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.enabled, a.password_must_change, a.demo, a.failed_logins,
                   a.locked_until, a.last_login_at, a.head_id, a.created_at,
                   array(select r.role from access.account_role r where r.account_id = a.id order by r.role) as roles,
                   array(select s.region_code from access.account_scope s where s.account_id = a.id
                         order by s.region_code) as scopes
            from access.account a
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.sql(SELECT + " where a.username = ?")
                .param(username)
                .query(AccountRepository::map)
                .optional();
    }

    Optional<Account> find(long id) {
        return jdbc.sql(SELECT + " where a.id = ?")
                .param(id)
                .query(AccountRepository::map)
                .optional();
    }

    Optional<Account> findByHead(long headId) {
        return jdbc.sql(SELECT + " where a.head_id = ?")
                .param(headId)
                .query(AccountRepository::map)
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from access.account where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** A page of accounts, filtered by text (username or name), role and area (scopes inside it). */
    List<Account> list(String text, Role role, String area, int offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        filters(text, role, area, where, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " order by a.username limit ? offset ?")
                .params(params)
                .query(AccountRepository::map)
                .list();
    }

    long count(String text, Role role, String area) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        filters(text, role, area, where, params);
        return jdbc.sql("select count(*) from access.account a" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static void filters(String text, Role role, String area, StringBuilder where, List<Object> params) {
        if (text != null && !text.isBlank()) {
            where.append(" and (a.username like ? or lower(a.display_name) like ?)");
            String like = "%"
                    + text.trim()
                            .toLowerCase()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        if (role != null) {
            where.append(" and exists (select 1 from access.account_role r where r.account_id = a.id and r.role = ?)");
            params.add(role.name());
        }
        if (area != null && !area.isBlank()) {
            where.append(" and exists (select 1 from access.account_scope s where s.account_id = a.id"
                    + " and (s.region_code = ? or s.region_code like ?))");
            params.add(area);
            params.add(area + ".%");
        }
    }

    long insert(
            String username,
            String displayName,
            String passwordHash,
            boolean mustChange,
            boolean demo,
            Long headId,
            Set<Role> roles,
            List<String> scopes) {
        long id = jdbc.sql("""
                        insert into access.account (username, display_name, password_hash, password_must_change, demo, head_id)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(username, displayName, passwordHash, mustChange, demo, headId)
                .query(Long.class)
                .single();
        replaceRoles(id, roles);
        replaceScopes(id, scopes);
        return id;
    }

    void replaceRoles(long id, Set<Role> roles) {
        jdbc.sql("delete from access.account_role where account_id = ?")
                .param(id)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into access.account_role (account_id, role) values (?, ?)")
                    .params(id, role.name())
                    .update();
        }
        touch(id);
    }

    void replaceScopes(long id, List<String> scopes) {
        jdbc.sql("delete from access.account_scope where account_id = ?")
                .param(id)
                .update();
        for (String scope : scopes) {
            jdbc.sql("insert into access.account_scope (account_id, region_code) values (?, ?)")
                    .params(id, scope)
                    .update();
        }
        touch(id);
    }

    void rename(long id, String displayName) {
        jdbc.sql("update access.account set display_name = ?, changed_at = now() where id = ?")
                .params(displayName, id)
                .update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update access.account set enabled = ?, changed_at = now() where id = ?")
                .params(enabled, id)
                .update();
    }

    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                        update access.account set password_hash = ?, password_must_change = ?, failed_logins = 0,
                               locked_until = null, changed_at = now()
                        where id = ?
                        """).params(hash, mustChange, id).update();
    }

    /** Counts a wrong password; the failure that reaches the limit locks the account. Returns the lock's end. */
    Optional<Instant> recordFailure(long id, int maxFailures, Duration lockout) {
        return jdbc.sql("""
                        update access.account set
                            failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
                            locked_until = case when failed_logins + 1 >= ? then now() + ? * interval '1 second'
                                                else locked_until end
                        where id = ?
                        returning locked_until
                        """)
                .params(maxFailures, maxFailures, lockout.toSeconds(), id)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .single()
                .filter(until -> until.isAfter(Instant.now()));
    }

    void recordSuccess(long id, boolean signIn) {
        jdbc.sql("""
                        update access.account set failed_logins = 0, locked_until = null,
                               last_login_at = case when ? then now() else last_login_at end
                        where id = ?
                        """).params(signIn, id).update();
    }

    void unlock(long id) {
        jdbc.sql("update access.account set failed_logins = 0, locked_until = null where id = ?")
                .param(id)
                .update();
    }

    long enabledAdministratorsOtherThan(long id) {
        return jdbc.sql("""
                        select count(*) from access.account a join access.account_role r on r.account_id = a.id
                        where r.role = 'ADMIN' and a.enabled and a.id <> ?
                        """).param(id).query(Long.class).single();
    }

    long enabledAdministrators() {
        return enabledAdministratorsOtherThan(-1);
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from access.account where username = ?)")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    /** Demo accounts come back with their demo password, roles and scopes at every demo start. */
    void upsertDemo(String username, String displayName, String hash, Role role, List<String> scopes) {
        long id = jdbc.sql("""
                        insert into access.account (username, display_name, password_hash, demo)
                        values (?, ?, ?, true)
                        on conflict (username) do update set display_name = excluded.display_name,
                            password_hash = excluded.password_hash, enabled = true, demo = true,
                            password_must_change = false, failed_logins = 0, locked_until = null, changed_at = now()
                        returning id
                        """)
                .params(username, displayName, hash)
                .query(Long.class)
                .single();
        replaceRoles(id, EnumSet.of(role));
        replaceScopes(id, scopes);
    }

    int disableDemoAccounts() {
        return jdbc.sql("update access.account set enabled = false, changed_at = now() where demo and enabled")
                .update();
    }

    private void touch(long id) {
        jdbc.sql("update access.account set changed_at = now() where id = ?")
                .param(id)
                .update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role));
        }
        Long headId = rs.getObject("head_id") == null ? null : rs.getLong("head_id");
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getBoolean("enabled"),
                rs.getBoolean("password_must_change"),
                rs.getBoolean("demo"),
                rs.getInt("failed_logins"),
                instant(rs, "locked_until"),
                instant(rs, "last_login_at"),
                headId,
                instant(rs, "created_at"),
                roles,
                Arrays.asList((String[]) rs.getArray("scopes").getArray()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
