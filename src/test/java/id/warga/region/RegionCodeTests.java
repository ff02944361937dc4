package id.warga.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

    @Test
    void knowsTheLevelOfEachDepth() {
        assertThat(RegionCode.of("36").level()).isEqualTo(RegionLevel.PROVINSI);
        assertThat(RegionCode.of("36.72").level()).isEqualTo(RegionLevel.KABUPATEN_KOTA);
        assertThat(RegionCode.of("36.72.01").level()).isEqualTo(RegionLevel.KECAMATAN);
        assertThat(RegionCode.of("36.72.01.1001").level()).isEqualTo(RegionLevel.KELURAHAN);
        assertThat(RegionCode.of("36.72.01.1001.005").level()).isEqualTo(RegionLevel.RW);
        assertThat(RegionCode.of("36.72.01.1001.005.003").level()).isEqualTo(RegionLevel.RT);
    }

    @Test
    void walksUpToItsParent() {
        assertThat(RegionCode.of("36.72.01.1001.005.003").parent()).contains(RegionCode.of("36.72.01.1001.005"));
        assertThat(RegionCode.of("36.72.01.1001").parent()).contains(RegionCode.of("36.72.01"));
        assertThat(RegionCode.of("36").parent()).isEmpty();
    }

    @Test
    void findsTheAncestorAtALevel() {
        assertThat(RegionCode.of("36.72.01.1001.005.003").ancestorAt(RegionLevel.KELURAHAN))
                .isEqualTo(RegionCode.of("36.72.01.1001"));
        assertThat(RegionCode.of("36.72.01").ancestorAt(RegionLevel.KECAMATAN)).isEqualTo(RegionCode.of("36.72.01"));
    }

    @Test
    void containsItselfAndEverythingBelowIt() {
        RegionCode kelurahan = RegionCode.of("36.72.01.1001");
        assertThat(kelurahan.contains(kelurahan)).isTrue();
        assertThat(kelurahan.contains(RegionCode.of("36.72.01.1001.005.003"))).isTrue();
        assertThat(RegionCode.of("36.72").contains(kelurahan)).isTrue();
    }

    @Test
    void doesNotContainASiblingThatSharesItsDigits() {
        assertThat(RegionCode.of("36.72.01.1001.005").contains(RegionCode.of("36.72.01.1001.050.001")))
                .isFalse();
        assertThat(RegionCode.of("36.72.01.1001").contains(RegionCode.of("36.72.01.1002")))
                .isFalse();
        assertThat(RegionCode.of("36.72.01.1001.005.003").contains(RegionCode.of("36.72.01.1001.005")))
                .isFalse();
    }

    @Test
    void makesChildCodesWithTheirPadding() {
        assertThat(RegionCode.of("36.72.01.1001").child(5)).isEqualTo(RegionCode.of("36.72.01.1001.005"));
        assertThat(RegionCode.of("36.72.01.1001.005").child(12)).isEqualTo(RegionCode.of("36.72.01.1001.005.012"));
        assertThat(RegionCode.of("36.72.01.1001.005.012").localNumber()).isEqualTo(12);
    }

    @Test
    void givesTheDigitsThatNikAndKkCarry() {
        assertThat(RegionCode.of("36.72.01").digits()).isEqualTo("367201");
    }

    @Test
    void trimsSurroundingSpaces() {
        assertThat(RegionCode.of(" 36.72.01 ")).isEqualTo(RegionCode.of("36.72.01"));
    }

    @Nested
    class Rejects {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "3",
                    "367201",
                    "36.7",
                    "36.72.1",
                    "36.72.01.101",
                    "36.72.01.1001.5",
                    "36.72.01.1001.005.003.001",
                    "36.72.01.1001.000",
                    "00",
                    "36..72",
                    "36.72.01.100a",
                    "36.72.01.1001.005.003 ; drop table"
                })
        void malformedCodes(String input) {
            assertThatThrownBy(() -> RegionCode.of(input)).isInstanceOf(InvalidRegionCodeException.class);
            assertThat(RegionCode.isValid(input)).isFalse();
        }

        @Test
        void aMissingCode() {
            assertThatThrownBy(() -> RegionCode.of(null)).isInstanceOf(InvalidRegionCodeException.class);
        }

        @Test
        void childNumbersOutOfRange() {
            assertThatThrownBy(() -> RegionCode.of("36.72.01.1001").child(0))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> RegionCode.of("36.72.01.1001").child(1000))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
