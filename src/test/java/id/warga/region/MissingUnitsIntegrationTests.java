package id.warga.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.shared.web.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class MissingUnitsIntegrationTests {

    static final RegionCode KELURAHAN = RegionCode.of("36.72.08.1003");

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    @Test
    void createsEachMissingRwAndRtOnceWithAPointInsideTheKelurahan() {
        units.create(KELURAHAN, 951, null);
        List<RegionCode> created = units.createMissing(List.of(
                RegionCode.of("36.72.08.1003.951.001"),
                RegionCode.of("36.72.08.1003.952.002"),
                RegionCode.of("36.72.08.1003.952.001"),
                RegionCode.of("36.72.08.1003.952.002")));

        assertThat(created)
                .extracting(RegionCode::value)
                .containsExactly(
                        "36.72.08.1003.951.001", "36.72.08.1003.952", "36.72.08.1003.952.001", "36.72.08.1003.952.002");
        Region rw = regions.require(RegionCode.of("36.72.08.1003.952"));
        assertThat(rw.level()).isEqualTo("rw");
        assertThat(rw.name()).isEqualTo("RW 952");
        assertThat(rw.longitude()).isNotNull();
        Region rt = regions.require(RegionCode.of("36.72.08.1003.952.002"));
        assertThat(rt.level()).isEqualTo("rt");
        assertThat(rt.longitude()).isNotNull();
        Region kelurahan = regions.require(KELURAHAN);
        assertThat(Math.abs(rt.longitude() - kelurahan.longitude())).isLessThan(0.05);

        assertThat(units.createMissing(List.of(RegionCode.of("36.72.08.1003.952.002"))))
                .as("nothing left to create")
                .isEmpty();
    }

    @Test
    void refusesCodesThatAreNotRts() {
        assertThatThrownBy(() -> units.createMissing(List.of(RegionCode.of("36.72.08.1003.953"))))
                .isInstanceOf(BadRequestException.class);
        assertThat(regions.find(RegionCode.of("36.72.08.1003.953"))).isEmpty();
    }
}
