package id.warga.exchange;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The import jobs' table: every status change is made against the status it expects. */
@Repository
class ImportJobs {

    private static final String COLUMNS = """
            id, kelurahan, mode, status, create_units, file_name, file_path, file_size, file_format, layout, notices,
            units_to_create, started_by, created_at, finished_at, phase, phase_started_at, rows_total, rows_read,
            rows_imported, rows_unchanged, rows_rejected, households_created, households_updated, committed_row,
            cancel_requested, failure, now() as now""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(
            UUID id,
            String kelurahan,
            ImportMode mode,
            boolean createUnits,
            String fileName,
            String filePath,
            long fileSize,
            String format,
            String startedBy) {
        jdbc.sql("""
                        insert into exchange.import_job (id, kelurahan, mode, status, create_units, file_name, file_path,
                            file_size, file_format, started_by)
                        values (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?, ?)""")
                .params(id, kelurahan, mode.name(), createUnits, fileName, filePath, fileSize, format, startedBy)
                .update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from exchange.import_job where id = ?")
                .param(id)
                .query(this::job)
                .optional();
    }

    List<ImportJob> recent(String startedBy, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from exchange.import_job where started_by = ? order by created_at desc limit ?")
                .params(startedBy, limit)
                .query(this::job)
                .list();
    }

    /** Moves a job to {@code to} if it stands where that status may be reached from; false otherwise. */
    boolean move(UUID id, ImportStatus to) {
        String[] from = to.from().stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql("""
                        update exchange.import_job
                        set status = :to, updated_at = now(),
                            finished_at = case when :finished then now() else null end,
                            cancel_requested = case when :to in ('QUEUED', 'CHECKING', 'IMPORTING') then cancel_requested
                                                    else false end
                        where id = :id and status = any(:from)""")
                        .param("to", to.name())
                        .param("finished", to.finished())
                        .param("id", id)
                        .param("from", from)
                        .update()
                == 1;
    }

    void startPhase(UUID id, String phase, Integer rowsTotal) {
        jdbc.sql("""
                        update exchange.import_job
                        set phase = ?, phase_started_at = now(), rows_total = coalesce(?, rows_total), rows_read = 0,
                            rows_imported = 0, rows_unchanged = 0, rows_rejected = 0, households_created = 0,
                            households_updated = 0, updated_at = now()
                        where id = ?""").params(phase, rowsTotal, id).update();
    }

    void progress(UUID id, ImportCounts counts) {
        jdbc.sql("""
                        update exchange.import_job
                        set rows_read = ?, rows_imported = ?, rows_unchanged = ?, rows_rejected = ?,
                            households_created = ?, households_updated = ?, committed_row = greatest(committed_row, ?),
                            updated_at = now()
                        where id = ?""")
                .params(
                        counts.rowsRead,
                        counts.rowsImported,
                        counts.rowsUnchanged,
                        counts.rowsRejected,
                        counts.householdsCreated,
                        counts.householdsUpdated,
                        counts.committedRow,
                        id)
                .update();
    }

    void checked(UUID id, String format, String layout, List<String> notices, List<String> units, int rowsTotal) {
        jdbc.sql("""
                        update exchange.import_job
                        set file_format = ?, layout = ?, notices = ?::jsonb, units_to_create = ?, rows_total = ?,
                            updated_at = now()
                        where id = ?""")
                .params(format, layout, json.writeValueAsString(notices), units.toArray(String[]::new), rowsTotal, id)
                .update();
    }

    void fail(UUID id, String failure) {
        jdbc.sql("update exchange.import_job set failure = ?, updated_at = now() where id = ?")
                .params(failure, id)
                .update();
    }

    void confirmUnits(UUID id) {
        jdbc.sql("update exchange.import_job set create_units = true, updated_at = now() where id = ?")
                .param(id)
                .update();
    }

    void forgetFile(UUID id) {
        jdbc.sql("update exchange.import_job set file_path = null where id = ?")
                .param(id)
                .update();
    }

    void requestCancel(UUID id) {
        jdbc.sql("update exchange.import_job set cancel_requested = true, updated_at = now() where id = ?")
                .param(id)
                .update();
    }

    boolean cancelRequested(UUID id) {
        return jdbc.sql("select cancel_requested from exchange.import_job where id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Jobs that were running when the server stopped: after a start nothing of this server runs them. */
    List<UUID> markInterrupted() {
        return jdbc.sql("""
                        update exchange.import_job set status = 'INTERRUPTED', updated_at = now(),
                            failure = null
                        where status in ('QUEUED', 'CHECKING', 'IMPORTING') returning id""").query(UUID.class).list();
    }

    private ImportJob job(ResultSet rs, int n) throws SQLException {
        return new ImportJob(
                rs.getObject("id", UUID.class),
                rs.getString("kelurahan"),
                ImportMode.valueOf(rs.getString("mode")),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getBoolean("create_units"),
                rs.getString("file_name"),
                rs.getString("file_path"),
                rs.getLong("file_size"),
                rs.getString("file_format"),
                rs.getString("layout"),
                Arrays.asList(json.readValue(rs.getString("notices"), String[].class)),
                strings(rs.getArray("units_to_create")),
                rs.getString("started_by"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getString("phase"),
                instant(rs.getTimestamp("phase_started_at")),
                rs.getObject("rows_total", Integer.class),
                rs.getInt("rows_read"),
                rs.getInt("rows_imported"),
                rs.getInt("rows_unchanged"),
                rs.getInt("rows_rejected"),
                rs.getInt("households_created"),
                rs.getInt("households_updated"),
                rs.getInt("committed_row"),
                rs.getBoolean("cancel_requested"),
                rs.getString("failure"),
                instant(rs.getTimestamp("now")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
