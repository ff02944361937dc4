package id.warga.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The row problems of an import, kept with their messages in Indonesian and English for the page,
 * the API and the XLSX report. Written in batches outside the import's own transaction, so a
 * rolled-back import still explains itself.
 */
@Repository
class ImportProblems {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ImportProblems(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    void clear(UUID job) {
        jdbc.sql("delete from exchange.import_problem where job_id = ?")
                .param(job)
                .update();
    }

    /** Appends problems numbered from {@code firstSeq}. */
    void append(UUID job, int firstSeq, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("""
                insert into exchange.import_problem (job_id, seq, sheet, row_no, column_name, value, code, severity,
                    message_id, message_en) values """);
        List<Object> params = new ArrayList<>();
        int seq = firstSeq;
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            sql.append(i == 0 ? "" : ",").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.add(job);
            params.add(seq++);
            params.add(p.sheet() == null || p.sheet().isEmpty() ? null : p.sheet());
            params.add(p.row() == 0 ? null : p.row());
            params.add(p.column());
            params.add(p.value() == null ? null : truncate(p.value(), 500));
            params.add(p.code());
            params.add(p.severity().name());
            params.add(message(p, INDONESIAN));
            params.add(message(p, Locale.ENGLISH));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    String message(Problem p, Locale locale) {
        return messages.getMessage("rule." + p.code(), p.arguments().toArray(), p.code(), locale);
    }

    int count(UUID job) {
        return jdbc.sql("select count(*) from exchange.import_problem where job_id = ?")
                .param(job)
                .query(Integer.class)
                .single();
    }

    List<ReportedProblem> page(UUID job, int offset, int limit) {
        return jdbc.sql("""
                        select seq, sheet, row_no, column_name, value, code, severity, message_id, message_en
                        from exchange.import_problem where job_id = ? order by seq offset ? limit ?""")
                .params(job, offset, limit)
                .query((rs, n) -> new ReportedProblem(
                        rs.getString("sheet"),
                        rs.getObject("row_no", Integer.class),
                        rs.getString("column_name"),
                        rs.getString("value"),
                        rs.getString("code"),
                        rs.getString("severity"),
                        rs.getString("message_id"),
                        rs.getString("message_en")))
                .list();
    }

    /** Every problem of a job in order, read a page at a time, for the XLSX report. */
    void forEach(UUID job, Consumer<ReportedProblem> each) {
        int offset = 0;
        while (true) {
            List<ReportedProblem> page = page(job, offset, 5000);
            page.forEach(each);
            if (page.size() < 5000) {
                return;
            }
            offset += page.size();
        }
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    /** A stored problem, as the page, the API and the report show it. */
    record ReportedProblem(
            String sheet,
            Integer row,
            String column,
            String value,
            String code,
            String severity,
            String messageId,
            String messageEn) {

        String message(Locale locale) {
            return "en".equals(locale.getLanguage()) ? messageEn : messageId;
        }

        boolean error() {
            return "ERROR".equals(severity);
        }
    }
}
