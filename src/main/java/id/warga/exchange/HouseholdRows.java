package id.warga.exchange;

import java.util.ArrayList;
import java.util.List;

/** The rows of one KK in a file, in file order. */
final class HouseholdRows {

    final String kkNumber;
    final List<ImportRow> rows = new ArrayList<>();
    /** The position in the file of its latest row, counted over all sheets. */
    int lastSeen;

    HouseholdRows(String kkNumber) {
        this.kkNumber = kkNumber;
    }
}
