package id.warga.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.population.LabourActivity;
import id.warga.population.LifeStatus;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one exported row holds: formulas neutralised, personal data masked where it is not revealed. */
class ExportCellsTests {

    static ResidentView resident(String name, String place, String phone) {
        return new ResidentView(
                1,
                "3672015207900001",
                name,
                Sex.FEMALE,
                place,
                LocalDate.of(1990, 7, 12),
                35,
                1,
                2,
                5,
                15,
                3,
                1,
                phone,
                9,
                "3672011501150001",
                "36.72.01.1002.001.001",
                LifeStatus.ALIVE,
                new ResidentView.LabourView(
                        LabourActivity.WORKED,
                        LabourActivity.WORKED.status(),
                        LocalDate.of(2026, 11, 1),
                        40,
                        4,
                        "=cmd|' /C calc'!A0",
                        true),
                0);
    }

    @Test
    void neutralisesEveryCellThatASpreadsheetWouldTakeAsAFormula() {
        for (String formula : List.of("=1+1", "+62 812", "-2+3", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SafeCells.text(formula)).startsWith("'").endsWith(formula);
        }
        assertThat(SafeCells.text("Jl. Melati")).isEqualTo("Jl. Melati");
        assertThat(SafeCells.text("")).isEmpty();
        List<String> cells = Exports.cells(resident("SITI", "=SERANG", "+62812"), "@Jl. Uji", area -> true);
        assertThat(cells.get(2)).isEqualTo("'@Jl. Uji");
        assertThat(cells.get(6)).isEqualTo("'=SERANG");
        assertThat(cells.get(14)).isEqualTo("'+62812");
        assertThat(cells.get(19)).isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    void showsIdentifiersNamesAndAddressesInFullWhereTheyAreRevealed() {
        List<String> cells = Exports.cells(resident("SITI", "CILEGON", "0812"), "Jl. Uji", area -> true);
        assertThat(cells.subList(0, 6))
                .containsExactly(
                        "36.72.01.1002.001.001", "3672011501150001", "Jl. Uji", "3672015207900001", "SITI", "P");
    }

    @Test
    void masksIdentifiersAndHidesNamesAddressesAndPhonesWhereTheyAreNot() {
        List<String> cells = Exports.cells(resident("SITI", "CILEGON", "0812"), "Jl. Uji", area -> false);
        assertThat(cells.get(1)).isEqualTo("3672**********01");
        assertThat(cells.get(3)).isEqualTo("3672**********01");
        assertThat(cells.get(2)).isEqualTo(Exports.HIDDEN);
        assertThat(cells.get(4)).isEqualTo(Exports.HIDDEN);
        assertThat(cells.get(14)).isEqualTo(Exports.HIDDEN);
    }
}
