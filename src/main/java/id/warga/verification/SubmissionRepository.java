package id.warga.verification;

import id.warga.access.AreaScope;
import id.warga.population.RegistryCommand;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Submissions and their trail as the aggregate reads and writes them. A transition loads its
 * submission with a row lock ({@link #lock}), so two reviewers acting at once take turns and the
 * second sees what the first did; an update also checks the version it read.
 */
@Repository
class SubmissionRepository {

    static final String COLUMNS = """
            s.id, s.command, s.subject_key, s.rt_code, s.household_id, s.resident_id, s.subject_name, s.status,
            s.review_levels, s.reviews_done, s.direct, s.revision, s.submitted_by, s.first_submitted_at, s.submitted_at,
            s.decided_by, s.decided_at, s.rejection_reason, s.applied_household_id, s.applied_resident_id, s.version""";

    static final String WAITING = "('SUBMITTED', 'VERIFIED')";
    static final String WAITING_OR_RETURNED = "('SUBMITTED', 'VERIFIED', 'REJECTED')";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubmissionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The SQL filter of a scope on an RT-code column; binds {@code :scopeExact} and {@code :scopePatterns}. */
    static String inScope(String column) {
        return AreaScope.sqlFilter(column);
    }

    static JdbcClient.StatementSpec bindScope(JdbcClient.StatementSpec spec, AreaScope scope) {
        return scope.bind(spec);
    }

    // ---- request keys

    /** Claims a request key; false when it was used before (waits while another request holds it). */
    boolean claim(UUID key) {
        return jdbc.sql("insert into verification.submission_key (key) values (?) on conflict (key) do nothing")
                        .param(key)
                        .update()
                == 1;
    }

    void bindKey(UUID key, long submissionId) {
        jdbc.sql("update verification.submission_key set submission_id = ? where key = ?")
                .params(submissionId, key)
                .update();
    }

    Optional<Long> submissionOfKey(UUID key) {
        return jdbc.sql("select submission_id from verification.submission_key where key = ?")
                .param(key)
                .query((rs, n) -> rs.getObject(1, Long.class))
                .optional()
                .flatMap(Optional::ofNullable);
    }

    // ---- the aggregate

    long insert(Submission s) {
        long id = jdbc.sql("""
                        insert into verification.submission (type, command, subject_key, rt_code, household_id,
                            resident_id, subject_name, status, review_levels, reviews_done, direct, revision,
                            submitted_by, first_submitted_at, submitted_at, decided_by, decided_at, rejection_reason,
                            applied_household_id, applied_resident_id)
                        values (:type, :command::jsonb, :subjectKey, :rtCode, :householdId, :residentId, :subjectName,
                            :status, :levels, :reviewsDone, :direct, :revision, :submittedBy, :firstSubmittedAt,
                            :submittedAt, :decidedBy, :decidedAt, :reason, :appliedHouseholdId, :appliedResidentId)
                        returning id""")
                .param("type", s.type())
                .param("command", json.writeValueAsString(s.command()))
                .param("subjectKey", s.subjectKey())
                .param("rtCode", s.rtCode())
                .param("householdId", s.householdId())
                .param("residentId", s.residentId())
                .param("subjectName", s.subjectName())
                .param("status", s.status().name())
                .param("levels", levels(s))
                .param("reviewsDone", s.reviewsDone())
                .param("direct", s.direct())
                .param("revision", s.revision())
                .param("submittedBy", s.submittedBy())
                .param("firstSubmittedAt", Timestamp.from(s.firstSubmittedAt()))
                .param("submittedAt", Timestamp.from(s.submittedAt()))
                .param("decidedBy", s.decidedBy())
                .param("decidedAt", timestamp(s.decidedAt()))
                .param("reason", s.rejectionReason())
                .param("appliedHouseholdId", s.appliedHouseholdId())
                .param("appliedResidentId", s.appliedResidentId())
                .query(Long.class)
                .single();
        s.identify(id);
        insertSteps(s);
        return id;
    }

    /** Writes the submission's new state and steps, if it is still at the version it was read at. */
    void update(Submission s) {
        int updated = jdbc.sql("""
                        update verification.submission
                        set command = :command::jsonb, status = :status, review_levels = :levels,
                            reviews_done = :reviewsDone, revision = :revision, submitted_at = :submittedAt,
                            decided_by = :decidedBy, decided_at = :decidedAt, rejection_reason = :reason,
                            applied_household_id = :appliedHouseholdId, applied_resident_id = :appliedResidentId,
                            version = version + 1
                        where id = :id and version = :version""")
                .param("command", json.writeValueAsString(s.command()))
                .param("status", s.status().name())
                .param("levels", levels(s))
                .param("reviewsDone", s.reviewsDone())
                .param("revision", s.revision())
                .param("submittedAt", Timestamp.from(s.submittedAt()))
                .param("decidedBy", s.decidedBy())
                .param("decidedAt", timestamp(s.decidedAt()))
                .param("reason", s.rejectionReason())
                .param("appliedHouseholdId", s.appliedHouseholdId())
                .param("appliedResidentId", s.appliedResidentId())
                .param("id", s.id())
                .param("version", s.version())
                .update();
        if (updated != 1) {
            throw new IllegalTransitionException(
                    IllegalTransitionException.Kind.CONFLICT, "SUBMISSION_CHANGED", s.id());
        }
        insertSteps(s);
    }

    /** The submission, locked until the transaction ends, if the scope covers its RT. */
    Optional<Submission> lock(long id, AreaScope scope) {
        return bindScope(
                        jdbc.sql("select " + COLUMNS + " from verification.submission s where s.id = :id and "
                                        + inScope("s.rt_code") + " for update")
                                .param("id", id),
                        scope)
                .query(this::map)
                .optional();
    }

    Optional<Submission> find(long id, AreaScope scope) {
        return bindScope(
                        jdbc.sql("select " + COLUMNS + " from verification.submission s where s.id = :id and "
                                        + inScope("s.rt_code"))
                                .param("id", id),
                        scope)
                .query(this::map)
                .optional();
    }

    /** The latest submission about the same thing still waiting or sent back, locked. */
    Optional<Submission> lockUnfinished(String subjectKey, String rtCode) {
        return jdbc.sql("select " + COLUMNS
                        + " from verification.submission s where s.subject_key = ? and s.rt_code = ?"
                        + " and s.status in " + WAITING_OR_RETURNED + " order by s.id desc limit 1 for update")
                .params(subjectKey, rtCode)
                .query(this::map)
                .optional();
    }

    List<SubmissionStep> steps(long submissionId) {
        return jdbc.sql("""
                        select revision, action, level, actor, acted_at, reason from verification.submission_step
                        where submission_id = ? order by id""")
                .param(submissionId)
                .query((rs, n) -> new SubmissionStep(
                        rs.getInt(1),
                        SubmissionStep.Action.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : ReviewLevel.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6)))
                .list();
    }

    /** Submissions waiting or sent back, of a household or of an RT, within the scope. */
    List<Submission> unfinished(String column, Object value, AreaScope scope) {
        return bindScope(
                        jdbc.sql("select " + COLUMNS + " from verification.submission s where s." + column
                                        + " = :value and s.status in " + WAITING_OR_RETURNED + " and "
                                        + inScope("s.rt_code") + " order by s.submitted_at, s.id")
                                .param("value", value),
                        scope)
                .query(this::map)
                .list();
    }

    /** Submissions of the area (an RT, or every RT inside a larger area) with one of the statuses. */
    int count(String areaCode, String statuses) {
        return jdbc.sql("select count(*) from verification.submission s where s.status in " + statuses
                        + " and (s.rt_code = ? or s.rt_code like ?)")
                .params(areaCode, areaCode + ".%")
                .query(Integer.class)
                .single();
    }

    /** Per RT inside the area: how many submissions wait for review, and since when the oldest waits. */
    java.util.Map<String, Waiting> waitingByRt(String areaCode) {
        java.util.Map<String, Waiting> waiting = new java.util.TreeMap<>();
        jdbc.sql("select s.rt_code, count(*), min(s.submitted_at) from verification.submission s where s.status in "
                        + WAITING + " and (s.rt_code = ? or s.rt_code like ?) group by s.rt_code")
                .params(areaCode, areaCode + ".%")
                .query(rs -> {
                    waiting.put(
                            rs.getString(1),
                            new Waiting(rs.getInt(2), rs.getTimestamp(3).toInstant()));
                });
        return waiting;
    }

    /** How many submissions wait in an RT, and since when the oldest. */
    record Waiting(int count, Instant oldest) {}

    private void insertSteps(Submission s) {
        for (SubmissionStep step : s.newSteps()) {
            boolean handedIn = step.action() == SubmissionStep.Action.SUBMITTED
                    || step.action() == SubmissionStep.Action.RESUBMITTED
                    || step.action() == SubmissionStep.Action.ENTERED;
            jdbc.sql("""
                            insert into verification.submission_step
                                (submission_id, revision, action, level, actor, acted_at, reason, command)
                            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                    .params(
                            s.id(),
                            step.revision(),
                            step.action().name(),
                            step.level() == null ? null : step.level().name(),
                            step.actor(),
                            Timestamp.from(step.at()),
                            step.reason(),
                            handedIn ? json.writeValueAsString(s.command()) : null)
                    .update();
        }
    }

    Submission map(ResultSet rs, int row) throws SQLException {
        String[] levels = (String[]) rs.getArray("review_levels").getArray();
        List<ReviewLevel> reviewLevels = new ArrayList<>();
        Arrays.stream(levels).map(ReviewLevel::valueOf).forEach(reviewLevels::add);
        return new Submission(
                rs.getLong("id"),
                json.readValue(rs.getString("command"), RegistryCommand.class),
                rs.getString("subject_key"),
                rs.getString("rt_code"),
                rs.getObject("household_id", Long.class),
                rs.getObject("resident_id", Long.class),
                rs.getString("subject_name"),
                SubmissionStatus.valueOf(rs.getString("status")),
                reviewLevels,
                rs.getInt("reviews_done"),
                rs.getBoolean("direct"),
                rs.getInt("revision"),
                rs.getString("submitted_by"),
                rs.getTimestamp("first_submitted_at").toInstant(),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getString("decided_by"),
                instant(rs.getTimestamp("decided_at")),
                rs.getString("rejection_reason"),
                rs.getObject("applied_household_id", Long.class),
                rs.getObject("applied_resident_id", Long.class),
                rs.getInt("version"));
    }

    private static String[] levels(Submission s) {
        return s.levels().stream().map(Enum::name).toArray(String[]::new);
    }

    static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
