package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.region.RegionCode;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AreaScopeTests {

    static final RegionCode RT = RegionCode.of("36.72.01.1002.001.001");

    @Test
    void anRtScopeCoversItsOwnRt() {
        assertThat(AreaScope.of(Set.of(RT)).covers(RT)).isTrue();
    }

    @Test
    void aKelurahanScopeCoversEveryRwAndRtInside() {
        AreaScope kelurahan = AreaScope.of(Set.of(RegionCode.of("36.72.01.1002")));
        assertThat(kelurahan.covers(RegionCode.of("36.72.01.1002.001"))).isTrue();
        assertThat(kelurahan.covers(RegionCode.of("36.72.01.1002.015.010"))).isTrue();
    }

    @Test
    void severalScopesCoverTheirUnion() {
        AreaScope two = AreaScope.of(Set.of(RT, RegionCode.of("36.72.03.1004.002")));
        assertThat(two.covers(RT)).isTrue();
        assertThat(two.covers(RegionCode.of("36.72.03.1004.002.007"))).isTrue();
        assertThat(two.covers(RegionCode.of("36.72.01.1002.001.002"))).isFalse();
    }

    @Test
    void everythingCoversTheWholeCountryAndMatchesEveryCodeInSql() {
        assertThat(AreaScope.everything().covers(RegionCode.of("31.74.01.1001")))
                .isTrue();
        assertThat(AreaScope.everything().likePatterns()).containsExactly("%");
        assertThat(AreaScope.everything().isEmpty()).isFalse();
    }

    @Test
    void givesTheRootsExactlyAndEverythingInsideAsLikePatterns() {
        AreaScope rw = AreaScope.of(Set.of(RegionCode.of("36.72.01.1002.001")));
        assertThat(rw.exactCodes()).containsExactly("36.72.01.1002.001");
        assertThat(rw.likePatterns()).containsExactly("36.72.01.1002.001.%");
    }

    /** Containment is exactly "the code, or the code followed by a dot", over many random codes. */
    @Test
    void coversExactlyTheCodesThatStartWithTheRootAndADot() {
        Random random = new Random(3672);
        for (int i = 0; i < 20_000; i++) {
            RegionCode root = randomCode(random);
            RegionCode other = random.nextInt(4) == 0 ? descend(root, random) : randomCode(random);
            boolean expected =
                    other.value().equals(root.value()) || other.value().startsWith(root.value() + ".");
            assertThat(AreaScope.of(Set.of(root)).covers(other))
                    .as(root + " covers " + other)
                    .isEqualTo(expected);
        }
    }

    @Nested
    class DoesNotCover {

        @Test
        void aNeighbouringRtInTheSameRw() {
            assertThat(AreaScope.of(Set.of(RT)).covers(RegionCode.of("36.72.01.1002.001.002")))
                    .isFalse();
        }

        @Test
        void theRwOrKelurahanAroundIt() {
            AreaScope rt = AreaScope.of(Set.of(RT));
            assertThat(rt.covers(RegionCode.of("36.72.01.1002.001"))).isFalse();
            assertThat(rt.covers(RegionCode.of("36.72.01.1002"))).isFalse();
        }

        @Test
        void aCodeThatOnlySharesTheDigits() {
            AreaScope kelurahan = AreaScope.of(Set.of(RegionCode.of("36.72.01.1001")));
            assertThat(kelurahan.covers(RegionCode.of("36.72.01.1002"))).isFalse();
            AreaScope rw = AreaScope.of(Set.of(RegionCode.of("36.72.01.1001.001")));
            assertThat(rw.covers(RegionCode.of("36.72.01.1001.010.001"))).isFalse();
        }

        @Test
        void anythingForAnonymousVisitors() {
            assertThat(AreaScope.nothing().covers(RT)).isFalse();
            assertThat(AreaScope.nothing().isEmpty()).isTrue();
            assertThat(AreaScope.nothing().likePatterns()).isEmpty();
        }
    }

    static RegionCode randomCode(Random random) {
        RegionCode code = RegionCode.of("36.72");
        int depth = 2 + random.nextInt(5);
        for (int level = 3; level <= depth; level++) {
            code = code.child(1 + random.nextInt(level == 4 ? 12 : 12));
        }
        return code;
    }

    static RegionCode descend(RegionCode root, Random random) {
        RegionCode code = root;
        int more = random.nextInt(3);
        for (int i = 0; i < more && code.level().depth() < 6; i++) {
            code = code.child(1 + random.nextInt(12));
        }
        return code;
    }
}
