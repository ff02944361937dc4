package id.warga.programmes;

import id.warga.access.AreaScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans of the environment fund in the {@code programmes} schema; every read applies the caller's scope to the RW code. */
@Repository
class RwFundRepository {

    static final String IN_SCOPE = AreaScope.sqlFilter("p.rw_code");

    private final JdbcClient jdbc;

    RwFundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static JdbcClient.StatementSpec bindScope(JdbcClient.StatementSpec spec, AreaScope scope) {
        return scope.bind(spec);
    }

    Optional<RwFundPlan> find(long id, AreaScope scope) {
        return load(id, scope, "");
    }

    /** The plan, locked until the transaction ends, so two actions on it follow each other. */
    Optional<RwFundPlan> lock(long id, AreaScope scope) {
        return load(id, scope, " for update");
    }

    private Optional<RwFundPlan> load(long id, AreaScope scope, String lock) {
        return bindScope(
                        jdbc.sql("select p.id, p.rw_code, p.year, p.allocation, p.status, p.return_reason, p.version"
                                + " from programmes.rw_fund_plan p where p.id = :id and " + IN_SCOPE + lock),
                        scope)
                .param("id", id)
                .query((rs, n) -> new RwFundPlan(
                        rs.getLong("id"),
                        rs.getString("rw_code"),
                        rs.getInt("year"),
                        Rupiah.of(rs.getLong("allocation")),
                        PlanStatus.valueOf(rs.getString("status")),
                        planned(rs.getLong("id")),
                        rs.getString("return_reason"),
                        rs.getInt("version")))
                .optional();
    }

    Optional<Long> idOf(String rwCode, int year) {
        return jdbc.sql("select id from programmes.rw_fund_plan where rw_code = ? and year = ?")
                .params(rwCode, year)
                .query(Long.class)
                .optional();
    }

    private List<PlannedActivity> planned(long planId) {
        return jdbc.sql("select name, category, budget, description, rt_code from programmes.rw_fund_activity"
                        + " where plan_id = ? order by position")
                .param(planId)
                .query((rs, n) -> new PlannedActivity(
                        rs.getString("name"),
                        ActivityCategory.valueOf(rs.getString("category")),
                        Rupiah.of(rs.getLong("budget")),
                        rs.getString("description"),
                        rs.getString("rt_code")))
                .list();
    }

    /** Writes a new plan; answers its id. */
    long insert(RwFundPlan plan, String by) {
        long id = jdbc.sql("insert into programmes.rw_fund_plan (rw_code, year, allocation, status, created_by)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(
                        plan.rwCode(),
                        plan.year(),
                        plan.allocation().amount(),
                        plan.status().name(),
                        by)
                .query(Long.class)
                .single();
        plan.identify(id);
        writeSteps(plan);
        return id;
    }

    /** Writes the plan's new state, steps and (when changed) activities; false when its version moved on. */
    boolean update(RwFundPlan plan) {
        int rows = jdbc.sql("update programmes.rw_fund_plan set status = ?, return_reason = ?, updated_at = now(),"
                        + " version = version + 1 where id = ? and version = ?")
                .params(plan.status().name(), plan.returnReason(), plan.id(), plan.version())
                .update();
        if (rows == 0) {
            return false;
        }
        if (plan.activitiesChanged()) {
            jdbc.sql("delete from programmes.rw_fund_activity where plan_id = ?")
                    .param(plan.id())
                    .update();
            int position = 1;
            for (PlannedActivity a : plan.activities()) {
                jdbc.sql("insert into programmes.rw_fund_activity"
                                + " (plan_id, position, name, category, budget, description, rt_code)"
                                + " values (?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                plan.id(),
                                position++,
                                a.name().strip(),
                                a.category().name(),
                                a.budget().amount(),
                                blankToNull(a.description()),
                                blankToNull(a.rtCode()))
                        .update();
            }
        }
        writeSteps(plan);
        return true;
    }

    /** Bumps the plan's version after a report on it (spending, progress), so a stale page is told. */
    void touch(long planId) {
        jdbc.sql("update programmes.rw_fund_plan set version = version + 1, updated_at = now() where id = ?")
                .param(planId)
                .update();
    }

    private void writeSteps(RwFundPlan plan) {
        for (PlanStep step : plan.newSteps()) {
            jdbc.sql("insert into programmes.rw_fund_step (plan_id, action, from_status, to_status, actor, at, reason)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            plan.id(),
                            step.action().name(),
                            step.from() == null ? null : step.from().name(),
                            step.to().name(),
                            step.actor(),
                            Timestamp.from(step.at()),
                            step.reason())
                    .update();
        }
    }

    List<PlanStep> steps(long planId) {
        return jdbc.sql("select action, from_status, to_status, actor, at, reason from programmes.rw_fund_step"
                        + " where plan_id = ? order by id")
                .param(planId)
                .query((rs, n) -> new PlanStep(
                        PlanStep.Action.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : PlanStatus.valueOf(rs.getString("from_status")),
                        PlanStatus.valueOf(rs.getString("to_status")),
                        rs.getString("actor"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("reason")))
                .list();
    }

    /** The activities of a plan with their spending and progress. */
    List<ActivityView> activities(long planId) {
        Map<Long, List<SpendingView>> spending = new HashMap<>();
        jdbc.sql("""
                        select s.id, s.activity_id, s.spent_on, s.amount, s.description, s.receipt_number, s.recorded_by
                        from programmes.rw_fund_spending s
                        join programmes.rw_fund_activity a on a.id = s.activity_id
                        where a.plan_id = ?
                        order by s.spent_on, s.id
                        """).param(planId).query((ResultSet rs) -> {
            spending.computeIfAbsent(rs.getLong("activity_id"), k -> new ArrayList<>())
                    .add(new SpendingView(
                            rs.getLong("id"),
                            rs.getDate("spent_on").toLocalDate(),
                            Rupiah.of(rs.getLong("amount")),
                            rs.getString("description"),
                            rs.getString("receipt_number"),
                            rs.getString("recorded_by")));
        });
        return jdbc.sql("""
                        select a.id, a.position, a.name, a.category, a.budget, a.description, a.rt_code, a.progress,
                               a.progress_at, exists (select 1 from programmes.rw_fund_photo f where f.activity_id = a.id) photo
                        from programmes.rw_fund_activity a
                        where a.plan_id = ?
                        order by a.position
                        """)
                .param(planId)
                .query((rs, n) -> {
                    List<SpendingView> spent = spending.getOrDefault(rs.getLong("id"), List.of());
                    return new ActivityView(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            rs.getString("name"),
                            ActivityCategory.valueOf(rs.getString("category")),
                            Rupiah.of(rs.getLong("budget")),
                            rs.getString("description"),
                            rs.getString("rt_code"),
                            spent.stream().map(SpendingView::amount).reduce(Rupiah.ZERO, Rupiah::plus),
                            rs.getInt("progress"),
                            instant(rs, "progress_at"),
                            rs.getBoolean("photo"),
                            List.copyOf(spent));
                })
                .list();
    }

    /** Summaries of plans matching {@code where} (which may use the scope's and the given parameters). */
    List<PlanSummary.Row> summaries(String where, AreaScope scope, Map<String, Object> params, int limit) {
        JdbcClient.StatementSpec spec = bindScope(
                jdbc.sql("""
                        select p.id, p.rw_code, p.year, p.allocation, p.status, p.return_reason, p.version, p.updated_at,
                               coalesce(a.budgeted, 0) budgeted, coalesce(a.weighted, 0) weighted,
                               coalesce(s.spent, 0) spent
                        from programmes.rw_fund_plan p
                        left join (select plan_id, sum(budget) budgeted, sum(budget * progress) weighted
                                   from programmes.rw_fund_activity group by plan_id) a on a.plan_id = p.id
                        left join (select a.plan_id, sum(s.amount) spent
                                   from programmes.rw_fund_spending s
                                   join programmes.rw_fund_activity a on a.id = s.activity_id
                                   group by a.plan_id) s on s.plan_id = p.id
                        where """ + IN_SCOPE + " and " + where + " order by p.year desc, p.rw_code limit " + limit), scope);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec.query((rs, n) -> new PlanSummary.Row(
                        rs.getLong("id"),
                        rs.getString("rw_code"),
                        rs.getInt("year"),
                        rs.getLong("allocation"),
                        rs.getLong("budgeted"),
                        rs.getLong("spent"),
                        PlanStatus.valueOf(rs.getString("status")),
                        progress(rs.getLong("weighted"), rs.getLong("budgeted")),
                        rs.getString("return_reason"),
                        rs.getInt("version"),
                        instant(rs, "updated_at")))
                .list();
    }

    static int progress(long weighted, long budgeted) {
        return budgeted == 0 ? 0 : (int) Math.round((double) weighted / budgeted);
    }

    /** An activity of the plan, locked; with what it spent so far. */
    Optional<long[]> lockActivity(long planId, long activityId) {
        return jdbc.sql("""
                        select a.id, a.budget, coalesce((select sum(amount) from programmes.rw_fund_spending s
                                                         where s.activity_id = a.id), 0) spent
                        from programmes.rw_fund_activity a where a.id = ? and a.plan_id = ? for update
                        """)
                .params(activityId, planId)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("budget"), rs.getLong("spent")})
                .optional();
    }

    void insertSpending(long activityId, NewSpending s, String by) {
        jdbc.sql("insert into programmes.rw_fund_spending (activity_id, spent_on, amount, description, receipt_number,"
                        + " recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(
                        activityId,
                        s.spentOn(),
                        s.amount().amount(),
                        s.description().strip(),
                        s.receiptNumber().strip(),
                        by)
                .update();
    }

    void progress(long activityId, int percent, ProgressPhoto photo, String by) {
        jdbc.sql(
                        "update programmes.rw_fund_activity set progress = ?, progress_at = now(), progress_by = ? where id = ?")
                .params(percent, by, activityId)
                .update();
        if (photo != null) {
            jdbc.sql("""
                            insert into programmes.rw_fund_photo (activity_id, content_type, bytes, uploaded_by)
                            values (?, ?, ?, ?)
                            on conflict (activity_id) do update
                            set content_type = excluded.content_type, bytes = excluded.bytes,
                                uploaded_by = excluded.uploaded_by, uploaded_at = now()
                            """)
                    .params(activityId, photo.contentType(), photo.bytes(), by)
                    .update();
        }
    }

    Optional<ProgressPhoto> photo(long planId, long activityId) {
        return jdbc.sql("""
                        select f.content_type, f.bytes from programmes.rw_fund_photo f
                        join programmes.rw_fund_activity a on a.id = f.activity_id
                        where f.activity_id = ? and a.plan_id = ?
                        """)
                .params(activityId, planId)
                .query((rs, n) -> new ProgressPhoto(rs.getString("content_type"), rs.getBytes("bytes")))
                .optional();
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
