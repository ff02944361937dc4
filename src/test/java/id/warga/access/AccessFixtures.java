package id.warga.access;

import id.warga.access.internal.UserAccounts;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts for tests, made through {@link UserAccounts} like an administrator would, then ready to
 * use (the password an administrator sets must normally be changed at the first sign-in). Each
 * gets a unique name, since the tests share one database.
 */
@Component
public class AccessFixtures {

    public static final String PASSWORD = "kopi pahit di pos ronda";
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final RegionDirectory regions;
    private final RegionUnits units;

    AccessFixtures(UserAccounts accounts, JdbcClient jdbc, RegionDirectory regions, RegionUnits units) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.regions = regions;
        this.units = units;
    }

    /** Creates the RW or RT (and its RW) unless another test already did. */
    public RegionCode ensureUnit(String value) {
        RegionCode code = RegionCode.of(value);
        if (regions.find(code).isEmpty()) {
            RegionCode parent = code.parent().orElseThrow();
            ensureUnit(parent.value());
            units.create(parent, code.localNumber(), null);
        }
        return code;
    }

    /** A ready account named {@code prefix} plus a serial, with the password {@link #PASSWORD}. */
    public String user(String prefix, Role role, String... scopes) {
        for (String scope : scopes) {
            ensureUnit(scope);
        }
        String username = prefix + "." + SERIAL.incrementAndGet() + "." + (System.nanoTime() % 100000);
        accounts.create(
                new UserAccounts.NewAccount(username, prefix, PASSWORD, EnumSet.of(role), List.of(scopes)), null);
        jdbc.sql("update access.account set password_must_change = false where username = ?")
                .param(username)
                .update();
        return username;
    }
}
