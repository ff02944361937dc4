package id.warga.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Honor lists of months that are over, kept as they were made: a month header and one row per unit. */
@Repository
class HonorRepository {

    private final JdbcClient jdbc;

    HonorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The settings a closed month was made under. */
    record ClosedMonth(
            YearMonth month, LocalDate deadline, long amount, String rule, Instant closedAt, String closedBy) {}

    /** Claims the month for closing; false when it was closed already (or is being closed right now). */
    boolean claim(YearMonth month, LocalDate deadline, long amount, HonorRule rule, String by) {
        return jdbc.sql("""
                                insert into verification.honor_month (month, deadline, amount, rule, closed_at, closed_by)
                                values (?, ?, ?, ?, now(), ?) on conflict (month) do nothing""")
                        .params(month.atDay(1), deadline, amount, rule.name(), by)
                        .update()
                == 1;
    }

    Optional<ClosedMonth> closed(YearMonth month) {
        return jdbc.sql("select month, deadline, amount, rule, closed_at, closed_by from verification.honor_month"
                        + " where month = ?")
                .param(month.atDay(1))
                .query((rs, n) -> new ClosedMonth(
                        YearMonth.from(rs.getObject(1, LocalDate.class)),
                        rs.getObject(2, LocalDate.class),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .optional();
    }

    /** Keeps the entries of a month in one statement (a city's few thousand units). */
    void insert(YearMonth month, List<HonorEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into verification.honor_entry (month, unit_code, level, head_id, head_name, sk_number,
                            amount, eligible, reason, attested_by, attested_at)
                        select :month, u.* from unnest(:units::text[], :levels::text[], :heads::bigint[], :names::text[],
                            :sks::text[], :amounts::bigint[], :eligible::boolean[], :reasons::text[], :by::text[],
                            :at::timestamptz[]) as u""")
                .param("month", month.atDay(1))
                .param("units", entries.stream().map(HonorEntry::unitCode).toArray(String[]::new))
                .param("levels", entries.stream().map(HonorEntry::level).toArray(String[]::new))
                .param("heads", texts(entries, HonorEntry::headId))
                .param("names", entries.stream().map(HonorEntry::headName).toArray(String[]::new))
                .param("sks", entries.stream().map(HonorEntry::skNumber).toArray(String[]::new))
                .param("amounts", texts(entries, HonorEntry::amount))
                .param("eligible", texts(entries, HonorEntry::eligible))
                .param("reasons", entries.stream().map(HonorEntry::reason).toArray(String[]::new))
                .param("by", entries.stream().map(HonorEntry::attestedBy).toArray(String[]::new))
                .param("at", texts(entries, HonorEntry::attestedAt))
                .update();
    }

    /** A column as text, cast back to its type in SQL (the driver binds text arrays everywhere). */
    private static String[] texts(List<HonorEntry> entries, java.util.function.Function<HonorEntry, Object> column) {
        return entries.stream()
                .map(column)
                .map(v -> v == null ? null : v.toString())
                .toArray(String[]::new);
    }

    /** The kept rows of a closed month for the units inside the area, in code order. */
    List<Row> entries(YearMonth month, String areaCode) {
        return jdbc.sql("""
                        select unit_code, level, head_id, head_name, sk_number, amount, eligible, reason, attested_by,
                               attested_at
                        from verification.honor_entry
                        where month = ? and (unit_code = ? or unit_code like ?) order by unit_code""")
                .params(month.atDay(1), areaCode, areaCode + ".%")
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getBoolean(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
                .list();
    }

    /** A kept row, before the names of its places are added. */
    record Row(
            String unitCode,
            String level,
            Long headId,
            String headName,
            String skNumber,
            long amount,
            boolean eligible,
            String reason,
            String attestedBy,
            Instant attestedAt) {}
}
