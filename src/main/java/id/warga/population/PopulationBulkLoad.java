package id.warga.population;

import id.warga.access.AccessControl;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes already-validated households and their members with PostgreSQL COPY: the path for a
 * demo city or a city-sized import. Runs inside the caller's transaction, so a batch is all or
 * nothing.
 */
@Service
public class PopulationBulkLoad {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final RegistryStore store;
    private final AccessControl access;

    PopulationBulkLoad(
            DataSource dataSource,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            RegistryStore store,
            AccessControl access) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.events = events;
        this.store = store;
        this.access = access;
    }

    /**
     * The households with these KK numbers that lie in the acting user's scope, each with its
     * living and former members, keyed by KK number: what an import compares its rows with. Read
     * in two queries for any number of households; not audited, since nothing is shown (the
     * caller audits what it shows or writes).
     */
    @Transactional(readOnly = true)
    public Map<String, HouseholdView> households(Collection<String> kkNumbers) {
        return store.householdsByKk(kkNumbers, access.currentScope());
    }

    /** True while the registry holds no household at all (a new installation). */
    public boolean registryIsEmpty() {
        return jdbc.sql("select not exists (select 1 from population.household)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Lets the caller's transaction commit without waiting for its write-ahead log to reach the
     * disk. For a batch of an import only: if the server stops before the log is flushed, the
     * batch is lost whole, and so is the progress saved after it (its own commit waits for every
     * record before it), so the job resumes from before that batch.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void commitWithoutWaiting() {
        jdbc.sql("set local synchronous_commit = off").update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void load(List<NewHousehold> households) {
        if (households.isEmpty()) {
            return;
        }
        int memberCount = households.stream().mapToInt(h -> h.members().size()).sum();
        long[] householdIds = reserve("population.household", households.size());
        long[] residentIds = reserve("population.resident", memberCount);

        StringBuilder householdRows = new StringBuilder(households.size() * 80);
        StringBuilder residenceRows = new StringBuilder(memberCount * 50);
        Written[] written = new Written[memberCount];
        Set<String> rts = new TreeSet<>();
        LocalDate today = LocalDate.now();
        LocalDate adult = today.minusYears(RegistryRules.LABOUR_MIN_AGE);
        LocalDate current = today.minusMonths(RegistryRules.LABOUR_CURRENT_MONTHS);
        Map<String, RtTallyDelta> tallies = new TreeMap<>();
        List<ResidentProfile> profiles = new ArrayList<>(memberCount);
        int r = 0;
        for (int h = 0; h < households.size(); h++) {
            NewHousehold household = households.get(h);
            rts.add(household.rtCode());
            long householdId = householdIds[h];
            row(householdRows, householdId, household.kkNumber(), household.address(), household.rtCode());
            RtTallyDelta tally = tallies.computeIfAbsent(household.rtCode(), k -> new RtTallyDelta());
            tally.households += household.members().isEmpty() ? 0 : 1;
            for (NewResident m : household.members()) {
                tally.residents++;
                if (!m.birthDate().isAfter(adult)) {
                    tally.workingAge++;
                    if (m.labourReferenceDate() != null
                            && !m.labourReferenceDate().isBefore(current)) {
                        tally.labourCurrent++;
                    }
                }
                profiles.add(new ResidentProfile(
                        household.rtCode(),
                        m.sex(),
                        m.birthDate(),
                        m.education(),
                        m.labourActivity(),
                        m.labourReferenceDate()));
                long residentId = residentIds[r];
                written[r++] = new Written(residentId, householdId, household.rtCode(), m);
                LocalDate since = household.since().isBefore(m.birthDate()) ? m.birthDate() : household.since();
                row(residenceRows, residentId, householdId, household.rtCode(), since);
            }
        }
        // written in NIK order: the two NIK indexes take the batch's keys in order, leaf by leaf,
        // instead of one random leaf per row (the ids stay in household order)
        Arrays.sort(written, BY_NIK);
        StringBuilder residentRows = new StringBuilder(memberCount * 160);
        for (Written w : written) {
            NewResident m = w.resident();
            row(
                    residentRows,
                    w.id(),
                    m.nik(),
                    w.householdId(),
                    m.name(),
                    m.sex().code(),
                    m.birthPlace(),
                    m.birthDate(),
                    m.religion(),
                    m.maritalStatus(),
                    m.education(),
                    m.occupation(),
                    m.relation(),
                    m.citizenship(),
                    w.rtCode(),
                    m.phone(),
                    m.labourActivity() == null ? null : m.labourActivity().name(),
                    m.labourReferenceDate(),
                    m.hoursWorked(),
                    m.employmentStatus(),
                    m.skills());
        }
        boolean setChecks = referenceChecksPerBatch();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (setChecks) {
                // every row below points at a household or resident written just before it in
                // this transaction, which no one else can see, let alone delete: the per-row
                // foreign-key triggers are switched off for these statements and the references
                // checked for the whole batch afterwards (checkReferences). Any other trigger of
                // these three tables would be skipped too: they have none, and a test says so
                setLocal(connection, "session_replication_role", "replica");
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "copy population.household (id, kk_number, address, rt_code) from stdin with (format csv)",
                    new StringReader(householdRows.toString()));
            copy.copyIn("""
                    copy population.resident (id, nik, household_id, name, sex, birth_place, birth_date, religion,
                        marital_status, education, occupation, relation, citizenship, rt_code, phone,
                        labour_activity, labour_reference_date, hours_worked, employment_status, skills)
                        from stdin with (format csv)""", new StringReader(residentRows.toString()));
            copy.copyIn(
                    "copy population.residence (resident_id, household_id, rt_code, valid_from) from stdin with (format csv)",
                    new StringReader(residenceRows.toString()));
            if (setChecks) {
                setLocal(connection, "session_replication_role", "origin");
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        if (setChecks) {
            checkReferences(householdIds, residentIds);
        }
        // the households are new, so each RT's tally grows by what this batch holds: no recount
        store.addToTallies(tallies, today);
        // open warnings of a whole batch are counted in the background (RtTallyRefresh)
        jdbc.sql("update population.rt_tally set open_warnings = null where rt_code = any(?)")
                .param(rts.toArray(String[]::new))
                .update();
        events.publishEvent(new PopulationBulkLoaded(rts, households.size(), memberCount, profiles));
    }

    /** A resident row on its way to COPY. */
    private record Written(long id, long householdId, String rtCode, NewResident resident) {}

    private static final Comparator<Written> BY_NIK =
            Comparator.comparing((Written w) -> w.resident().nik(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** What a batch adds to one RT's tally. */
    static final class RtTallyDelta {
        int households;
        int residents;
        int workingAge;
        int labourCurrent;
    }

    private volatile Boolean perBatch;

    /**
     * True when this database lets the bulk load switch off the row-by-row foreign-key triggers
     * for its own statements and check the references per batch instead: the embedded database's
     * superuser does, and so does an account granted it
     * ({@code grant set on parameter session_replication_role to warga}, PostgreSQL 15 and later).
     * Otherwise every row is checked by its trigger, as in any other write.
     */
    boolean referenceChecksPerBatch() {
        Boolean known = perBatch;
        if (known == null) {
            known = jdbc.sql("select current_setting('is_superuser') = 'on'")
                    .query(Boolean.class)
                    .single();
            int version = jdbc.sql("select current_setting('server_version_num')::int")
                    .query(Integer.class)
                    .single();
            if (!known && version >= 150000) {
                // privileges on settings came with PostgreSQL 15
                known = jdbc.sql("select has_parameter_privilege('session_replication_role', 'SET')")
                        .query(Boolean.class)
                        .single();
            }
            perBatch = known;
        }
        return known;
    }

    private static void setLocal(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, name);
            statement.setString(2, value);
            statement.execute();
        }
    }

    /**
     * The batch's rows point only at the households and residents whose ids it reserved (it
     * builds them so); this checks that every one of those exists, in one query for the batch,
     * and fails the batch, which rolls back whole, if one does not.
     */
    void checkReferences(long[] householdIds, long[] residentIds) {
        long found = jdbc.sql("""
                        select (select count(*) from population.household where id = any(:households))
                             + (select count(*) from population.resident where id = any(:residents))""")
                .param("households", householdIds)
                .param("residents", residentIds)
                .query(Long.class)
                .single();
        if (found != (long) householdIds.length + residentIds.length) {
            throw new IllegalStateException(
                    "bulk load: a written row points at a household or resident that is not there");
        }
    }

    private final Map<String, String> sequences = new ConcurrentHashMap<>();

    /** Ids for new rows of a table from its identity sequence (named once, not once per id). */
    private long[] reserve(String table, int count) {
        String sequence = sequences.computeIfAbsent(
                table,
                t -> jdbc.sql("select pg_get_serial_sequence(?, 'id')")
                        .param(t)
                        .query(String.class)
                        .single());
        return jdbc
                .sql("select nextval(cast(? as regclass)) from generate_series(1, ?)")
                .params(sequence, count)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value == null) {
                continue;
            }
            String text = value.toString();
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.isEmpty()) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        out.append('\n');
    }
}
