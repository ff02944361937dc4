package id.warga.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy(settings(10));

    static AccessSettings settings(int minLength) {
        return new AccessSettings(
                false,
                new AccessSettings.Login(5, Duration.ofMinutes(15), 50, Duration.ofMinutes(15)),
                new AccessSettings.Password(minLength),
                new AccessSettings.Tokens(Duration.ofDays(180), 20),
                new AccessSettings.Audit(Duration.ofSeconds(1), Duration.ofHours(24), 1000),
                AccessSettings.DEFAULT_POLICY,
                null);
    }

    List<String> broken(String username, String password) {
        return policy.violations(username, password, "password").stream()
                .map(ApiError.Violation::code)
                .toList();
    }

    @Test
    void acceptsALongSentenceThatIsEasyToRemember() {
        assertThat(broken("rt.kedaleman", "kopi pahit di pos ronda")).isEmpty();
    }

    @Test
    void acceptsExactlyTheMinimumLength() {
        assertThat(broken("budi", "q7m!zk2p#w")).isEmpty();
    }

    @Test
    void generatesTemporaryPasswordsThatPassItsOwnRules() {
        for (int i = 0; i < 200; i++) {
            String temporary = policy.temporary();
            assertThat(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
            assertThat(broken("budi", temporary)).isEmpty();
        }
    }

    @Test
    void takesTheMinimumLengthFromTheSettings() {
        assertThat(new PasswordPolicy(settings(14)).violations("x", "q7m!zk2p#wxy", "password"))
                .extracting(ApiError.Violation::code)
                .containsExactly("too_short");
    }

    @Nested
    class Refuses {

        @Test
        void aShortPassword() {
            assertThat(broken("budi", "q7m!zk2p#")).containsExactly("too_short");
        }

        @Test
        void aPasswordContainingTheUsername() {
            assertThat(broken("budi.santoso", "Budi.Santoso2024")).containsExactly("contains_username");
        }

        @Test
        void aCommonPasswordWhateverItsCase() {
            assertThat(broken("budi", "Bismillah123")).containsExactly("too_common");
            assertThat(broken("budi", "INDONESIA45")).containsExactly("too_common");
        }

        @Test
        void oneCharacterRepeatedOrARunOfKeys() {
            assertThat(broken("budi", "aaaaaaaaaaaa")).containsExactly("too_simple");
            assertThat(broken("budi", "abcdefghijkl")).containsExactly("too_simple");
            assertThat(broken("budi", "9876543210")).containsExactly("too_simple");
        }

        @Test
        void anOverlongPassword() {
            assertThat(broken("budi", "kopi pahit ".repeat(12) + "di pos")).containsExactly("too_long");
        }

        @Test
        void withA400NamingEveryRuleBroken() {
            assertThatThrownBy(() -> policy.require("budi", "budi", "newPassword"))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.error()).isEqualTo("weak_password");
                        assertThat(e.violations())
                                .extracting(ApiError.Violation::field)
                                .containsOnly("newPassword");
                        assertThat(e.violations())
                                .extracting(ApiError.Violation::code)
                                .contains("too_short", "contains_username");
                    });
        }
    }
}
