package id.warga.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCityPlanTests {

    @Test
    void splitsATotalInProportionAndExactlyEvenWhenTotalTimesWeightPassesTwoBillion() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("a", 31_000);
        weights.put("b", 22_000);
        weights.put("c", 9_000);

        Map<String, Integer> parts = DemoCityPlan.largestRemainder(2_500_000, weights);

        assertThat(parts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_500_000);
        assertThat(parts.get("a")).isEqualTo(1_250_000);
        assertThat(parts.get("b")).isEqualTo(887_097);
        assertThat(parts.get("c")).isEqualTo(362_903);
    }

    @Test
    void theCityAtFiveTimesItsSizeHasFiveTimesItsResidents() {
        assertThat(DemoCityPlan.fromStatistics(5.0).total()).isBetween(5 * 483_015 - 8, 5 * 483_015 + 8);
        assertThat(DemoCityPlan.fromStatistics(1.0).total()).isEqualTo(483_015);
    }
}
