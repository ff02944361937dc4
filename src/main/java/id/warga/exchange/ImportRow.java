package id.warga.exchange;

import id.warga.exchange.ImportLayout.Field;
import id.warga.population.LabourAnswer;
import id.warga.population.ResidentDetails;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One resident row of a file, read: the KK it belongs to, where it lives (RW and RT numbers in the
 * target kelurahan), who the resident is, the labour block if the file carries one, the values as
 * written (for the report) and what was wrong with reading them.
 */
final class ImportRow {

    private final String sheet;
    private final int number;
    final Map<Field, String> written = new EnumMap<>(Field.class);
    final List<Problem> problems = new ArrayList<>();
    ImportLayout.Columns columns;

    String kkNumber;
    String address;
    String dusun;
    Integer rw;
    Integer rt;
    ResidentDetails details;
    LabourAnswer labour;
    boolean nikPending;

    ImportRow(String sheet, int number) {
        this.sheet = sheet;
        this.number = number;
    }

    String sheet() {
        return sheet;
    }

    int number() {
        return number;
    }

    boolean rejected() {
        // asked of every row several times: most rows have no problem at all
        for (int i = 0; i < problems.size(); i++) {
            if (problems.get(i).isError()) {
                return true;
            }
        }
        return false;
    }

    String column(Field field) {
        return columns.name(field);
    }

    String value(Field field) {
        String value = written.get(field);
        return value == null ? "" : XlsxRows.text(value);
    }

    void problem(Field field, String code, Object... arguments) {
        problems.add(Problem.error(this, column(field), value(field), code, arguments));
    }
}
