package id.warga.verification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Completeness of an area for the month it is now: the area's total and one row per unit inside
 * it ({@code rowLevel}: its children, or every RT), in the order asked for.
 */
public record CompletenessReport(
        String code,
        String name,
        String level,
        YearMonth month,
        LocalDate deadline,
        String rowLevel,
        CompletenessRow total,
        List<CompletenessRow> rows) {}
