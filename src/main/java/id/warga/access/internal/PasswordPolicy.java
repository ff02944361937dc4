package id.warga.access.internal;

import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The minimum strength of a password that a person sets: long enough (a setting, 10 by default),
 * not the username, not one of the passwords that people everywhere pick first, and not one
 * character or a run of keys repeated. Length beats composition rules (NIST SP 800-63B).
 */
@Component
public class PasswordPolicy {

    static final int MAX_LENGTH = 128;
    private static final String READABLE = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Set<String> COMMON = Set.of(
            "password",
            "password1",
            "password12",
            "password123",
            "passw0rd",
            "p@ssw0rd",
            "p@ssword",
            "1234567890",
            "12345678910",
            "0123456789",
            "0987654321",
            "1122334455",
            "1234512345",
            "qwertyuiop",
            "qwerty1234",
            "qwerty12345",
            "asdfghjkl",
            "asdfghjkl1",
            "zxcvbnm123",
            "iloveyou123",
            "admin12345",
            "administrator",
            "adminadmin",
            "welcome123",
            "letmein123",
            "indonesia",
            "indonesia1",
            "indonesia123",
            "indonesia45",
            "bismillah",
            "bismillah1",
            "bismillah123",
            "alhamdulillah",
            "katasandi",
            "katasandi123",
            "rahasia123",
            "rahasiaku",
            "cilegon123",
            "cilegonkota",
            "kotacilegon",
            "banten1234",
            "bantenjaya",
            "merdeka45",
            "merdeka123",
            "sayangku123",
            "garuda1234",
            "jakarta123",
            "warga12345",
            "wargacilegon",
            "sandiku123",
            "superman123",
            "football123",
            "sunshine12",
            "princess12",
            "dragon1234");

    private final AccessSettings settings;
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy(AccessSettings settings) {
        this.settings = settings;
    }

    public int minLength() {
        return settings.password().minLength();
    }

    /** Throws a 400 naming every rule the password breaks. */
    public void require(String username, String password, String field) {
        List<ApiError.Violation> broken = violations(username, password, field);
        if (!broken.isEmpty()) {
            throw new BadRequestException("weak_password", broken, "access.password.weak", minLength());
        }
    }

    List<ApiError.Violation> violations(String username, String password, String field) {
        List<ApiError.Violation> broken = new ArrayList<>();
        String value = password == null ? "" : password;
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.codePointCount(0, value.length()) < minLength()) {
            broken.add(new ApiError.Violation(field, "too_short", "access.password.too-short"));
        }
        if (value.length() > MAX_LENGTH) {
            broken.add(new ApiError.Violation(field, "too_long", "access.password.too-long"));
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add(new ApiError.Violation(field, "contains_username", "access.password.contains-username"));
        }
        if (COMMON.contains(lower)) {
            broken.add(new ApiError.Violation(field, "too_common", "access.password.too-common"));
        } else if (!value.isEmpty() && (lower.chars().distinct().count() < 4 || isRun(lower))) {
            broken.add(new ApiError.Violation(field, "too_simple", "access.password.too-simple"));
        }
        return broken;
    }

    /** "abcdefghij", "9876543210": each character one step from the previous. */
    private static boolean isRun(String value) {
        if (value.length() < 3) {
            return false;
        }
        int step = value.charAt(1) - value.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < value.length(); i++) {
            if (value.charAt(i) - value.charAt(i - 1) != step) {
                return false;
            }
        }
        return true;
    }

    /** A temporary password an administrator hands over: 12 readable characters, e.g. {@code k7mq-4tzp-9xra}. */
    public String temporary() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                text.append('-');
            }
            text.append(READABLE.charAt(random.nextInt(READABLE.length())));
        }
        return text.toString();
    }
}
