package id.warga.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellSuppressionTests {

    @Test
    void hidesASmallCountAndTheSmallestSiblingThatWouldGiveItAway() {
        CellSuppression table = new CellSuppression();
        int parent = table.cell(60);
        int small = table.cell(3);
        int middle = table.cell(20);
        int large = table.cell(37);
        table.sum(parent, List.of(small, middle, large));

        BitSet hidden = table.suppress(5);

        assertThat(hidden.get(small)).isTrue();
        assertThat(hidden.get(middle)).as("60 - 37 - 20 would give 3 away").isTrue();
        assertThat(hidden.get(parent)).isFalse();
        assertThat(hidden.get(large)).isFalse();
    }

    @Test
    void publishesEverythingWhenNoCountIsSmall() {
        CellSuppression table = new CellSuppression();
        int parent = table.cell(30);
        table.sum(parent, List.of(table.cell(10), table.cell(20)));

        assertThat(table.suppress(5).isEmpty()).isTrue();
    }

    @Test
    void followsASuppressionAcrossLinkedTablesUntilNothingCanBeSolved() {
        // a 2x2 table with margins: hiding one inner cell forces a rectangle of four
        CellSuppression table = new CellSuppression();
        int a = table.cell(2), b = table.cell(40), c = table.cell(30), d = table.cell(50);
        int row1 = table.cell(42), row2 = table.cell(80), col1 = table.cell(32), col2 = table.cell(90);
        int total = table.cell(122);
        table.sum(row1, List.of(a, b));
        table.sum(row2, List.of(c, d));
        table.sum(col1, List.of(a, c));
        table.sum(col2, List.of(b, d));
        table.sum(total, List.of(row1, row2));
        table.sum(total, List.of(col1, col2));

        BitSet hidden = table.suppress(5);

        assertThat(hidden.get(a)).isTrue();
        assertThat(hidden.cardinality()).isGreaterThanOrEqualTo(4);
        assertThat(CellSuppression.determined(table.equations(), hidden, table.size())
                        .isEmpty())
                .isTrue();
    }

    @Test
    void findsCellsThatOnlyTheEquationsTogetherDetermine() {
        // x + y = 10, x + z = 7, y + z = 9: each has two unknowns, yet x = 4, y = 6, z = 3
        CellSuppression table = new CellSuppression();
        int x = table.cell(4), y = table.cell(6), z = table.cell(3);
        int s1 = table.cell(10), s2 = table.cell(7), s3 = table.cell(9);
        table.sum(s1, List.of(x, y));
        table.sum(s2, List.of(x, z));
        table.sum(s3, List.of(y, z));
        BitSet hidden = new BitSet();
        hidden.set(x);
        hidden.set(y);
        hidden.set(z);

        assertThat(CellSuppression.determined(table.equations(), hidden, table.size())
                        .cardinality())
                .isEqualTo(3);
        BitSet safe = table.suppress(5);
        assertThat(CellSuppression.determined(table.equations(), safe, table.size())
                        .isEmpty())
                .isTrue();
    }
}
