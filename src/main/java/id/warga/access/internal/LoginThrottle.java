package id.warga.access.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in attempts from a client address that failed too often lately, whichever
 * usernames it tried: the per-account lockout cannot stop one address guessing many accounts.
 */
@Component
class LoginThrottle {

    private final AccessSettings settings;
    private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    LoginThrottle(AccessSettings settings) {
        this.settings = settings;
    }

    boolean blocked(String client) {
        Deque<Long> times = failures.get(key(client));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= settings.login().maxFailuresPerClient();
        }
    }

    void failed(String client) {
        if (failures.size() > 100_000) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times);
                    return times.isEmpty();
                }
            });
        }
        Deque<Long> times = failures.computeIfAbsent(key(client), k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(System.nanoTime());
        }
    }

    private void prune(Deque<Long> times) {
        long oldest = System.nanoTime() - settings.login().clientWindow().toNanos();
        while (!times.isEmpty() && times.peekFirst() - oldest < 0) {
            times.removeFirst();
        }
    }

    private static String key(String client) {
        return client == null ? "?" : client;
    }
}
