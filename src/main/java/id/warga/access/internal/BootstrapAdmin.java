package id.warga.access.internal;

import id.warga.access.Role;
import java.util.EnumSet;
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
 * The first administrator of a new installation: when no enabled administrator exists, an
 * account {@code admin} is made with the password of {@code warga.access.bootstrap-admin-password},
 * or a generated one printed once to the log. It must be changed at the first sign-in.
 */
@Component
@Order(1)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AccessSettings settings;
    private final TransactionTemplate transaction;

    BootstrapAdmin(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            AccessSettings settings,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.settings = settings;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(tx -> {
            if (accounts.enabledAdministrators() > 0) {
                return;
            }
            String given = settings.bootstrapAdminPassword();
            String password = given == null || given.isBlank() ? policy.temporary() : given;
            String username = accounts.usernameTaken("admin") ? "admin-" + System.currentTimeMillis() % 10000 : "admin";
            accounts.insert(
                    username,
                    "Administrator",
                    encoder.encode(password),
                    true,
                    false,
                    null,
                    EnumSet.of(Role.ADMIN),
                    List.of());
            if (given == null || given.isBlank()) {
                log.warn(
                        "No administrator existed: created '{}' with the temporary password {} (to be changed at the first sign-in)",
                        username,
                        password);
            } else {
                log.warn("No administrator existed: created '{}' with the configured bootstrap password", username);
            }
        });
    }
}
