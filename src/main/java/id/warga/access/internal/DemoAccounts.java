package id.warga.access.internal;

import id.warga.access.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo accounts, one per role, all with password {@code demo}. They exist only while
 * {@code warga.access.demo-accounts} is on (the demo profile and the tests); with it off, any
 * left in the database are disabled, so a demo database can never open a production system.
 */
@Component
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";

    record Demo(String username, String displayName, Role role, List<String> scopes) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Admin TI Kota (demo)", Role.ADMIN, List.of()),
            new Demo("kota", "Kantor Wali Kota (demo)", Role.CITY, List.of()),
            new Demo("camat", "Camat Cibeber (demo)", Role.KECAMATAN, List.of("36.72.01")),
            new Demo("lurah", "Lurah Kedaleman (demo)", Role.KELURAHAN, List.of("36.72.01.1002")),
            new Demo("rw", "Ketua RW 001 Kedaleman (demo)", Role.RW, List.of("36.72.01.1002.001")),
            new Demo("rt", "Ketua RT 001/001 Kedaleman (demo)", Role.RT, List.of("36.72.01.1002.001.001")));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AccessSettings settings;
    private final TransactionTemplate transaction;

    DemoAccounts(
            AccountRepository accounts,
            PasswordEncoder encoder,
            AccessSettings settings,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.settings = settings;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.demoAccounts()) {
            int disabled = transaction.execute(tx -> accounts.disableDemoAccounts());
            if (disabled > 0) {
                log.warn(
                        "Demo accounts are off (warga.access.demo-accounts): disabled {} left in the database",
                        disabled);
            }
            return;
        }
        String hash = encoder.encode(PASSWORD);
        transaction.executeWithoutResult(tx -> ACCOUNTS.forEach(
                demo -> accounts.upsertDemo(demo.username(), demo.displayName(), hash, demo.role(), demo.scopes())));
        StringBuilder table = new StringBuilder("Demo accounts, all with password \"demo\":");
        for (Demo demo : ACCOUNTS) {
            table.append(String.format(
                    "%n  %-6s %-9s %s",
                    demo.username(),
                    demo.role(),
                    demo.scopes().isEmpty() ? "seluruh kota (whole city)" : String.join(", ", demo.scopes())));
        }
        log.info(table.toString());
    }
}
