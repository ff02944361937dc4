package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenCountsTests {

    static OpenCounts.Cell cell(String code, long n) {
        return new OpenCounts.Cell(code, code, n);
    }

    @Test
    void publishesCountsOfFiveAndMore() {
        OpenCounts counts = OpenCounts.suppressed("BLT", 17, List.of(cell("a", 5), cell("b", 12)), 5);
        assertThat(counts.total()).isEqualTo(17);
        assertThat(counts.areas()).extracting(OpenCounts.Cell::count).containsExactly(5L, 12L);
    }

    @Test
    void withholdsASmallCountAndTheSmallestOtherSoNoSubtractionRevealsIt() {
        OpenCounts counts = OpenCounts.suppressed(
                "BLT", 3 + 20 + 9 + 40, List.of(cell("a", 3), cell("b", 20), cell("c", 9), cell("d", 40)), 5);
        assertThat(counts.areas()).extracting(OpenCounts.Cell::count).containsExactly(null, 20L, null, 40L);
        assertThat(counts.total()).isEqualTo(72);
    }

    @Test
    void publishesAProgrammeWithoutRecipientsAsZero() {
        assertThat(OpenCounts.suppressed("BLT", 0, List.of(), 5).total()).isZero();
    }

    @Test
    void withholdsTheTotalWhenTheOnlyAreaIsSmall() {
        assertThat(OpenCounts.suppressed("BLT", 4, List.of(cell("a", 4)), 5).total())
                .isNull();
    }

    @Test
    void withholdsTheTotalWhenASmallAreaHasNoPublishedNeighbour() {
        OpenCounts counts = OpenCounts.suppressed("BLT", 30, List.of(cell("a", 2), cell("b", 28)), 5);
        assertThat(counts.areas()).extracting(OpenCounts.Cell::count).containsOnlyNulls();
        assertThat(counts.total()).isEqualTo(30);
    }

    @Test
    void twoSmallAreasNeedNoFurtherComplement() {
        OpenCounts counts =
                OpenCounts.suppressed("BLT", 1 + 2 + 50, List.of(cell("a", 1), cell("b", 2), cell("c", 50)), 5);
        assertThat(counts.areas()).extracting(OpenCounts.Cell::count).containsExactly(null, null, 50L);
    }
}
