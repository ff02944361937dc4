package id.warga.access.internal;

import id.warga.access.SignedInUser;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The current roles and areas of each enabled account, cached briefly so that checking them on
 * every request costs no query. Every change through {@link UserAccounts} evicts the account at
 * once; the time limit covers changes made by another instance.
 */
@Component
public class AccountGrants {

    private static final long TTL_NANOS = 30_000_000_000L;

    private final AccountRepository accounts;
    private final ConcurrentHashMap<Long, Cached> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Long> idByUsername = new ConcurrentHashMap<>();

    AccountGrants(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account as signed-in user, if it exists and is enabled. */
    public Optional<SignedInUser> byId(long id) {
        Cached cached = byId.get(id);
        if (cached == null || System.nanoTime() - cached.loadedAt > TTL_NANOS) {
            cached = new Cached(accounts.find(id).filter(Account::enabled).map(Account::signedIn), System.nanoTime());
            byId.put(id, cached);
        }
        return cached.user;
    }

    public Optional<SignedInUser> byUsername(String username) {
        Long id = idByUsername.get(username);
        if (id == null) {
            Optional<Account> account = accounts.find(username);
            if (account.isEmpty()) {
                return Optional.empty();
            }
            id = account.get().id();
            idByUsername.put(username, id);
        }
        return byId(id);
    }

    public void evict(long id) {
        byId.remove(id);
        idByUsername.values().removeIf(value -> value == id);
    }

    private record Cached(Optional<SignedInUser> user, long loadedAt) {}
}
