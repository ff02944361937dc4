package id.warga.population;

import id.warga.access.AccessControl;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    @Transactional(propagation = Propagation.MANDATORY)
    public void load(List<NewHousehold> households) {
        if (households.isEmpty()) {
            return;
        }
        int memberCount = households.stream().mapToInt(h -> h.members().size()).sum();
        long[] householdIds = reserve("population.household", households.size());
        long[] residentIds = reserve("population.resident", memberCount);

        StringBuilder householdRows = new StringBuilder(households.size() * 80);
        StringBuilder residentRows = new StringBuilder(memberCount * 160);
        StringBuilder residenceRows = new StringBuilder(memberCount * 50);
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
                long residentId = residentIds[r++];
                row(
                        residentRows,
                        residentId,
                        m.nik(),
                        householdId,
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
                        household.rtCode(),
                        m.phone(),
                        m.labourActivity() == null ? null : m.labourActivity().name(),
                        m.labourReferenceDate(),
                        m.hoursWorked(),
                        m.employmentStatus(),
                        m.skills());
                LocalDate since = household.since().isBefore(m.birthDate()) ? m.birthDate() : household.since();
                row(residenceRows, residentId, householdId, household.rtCode(), since);
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
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
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        // the households are new, so each RT's tally grows by what this batch holds: no recount
        store.addToTallies(tallies, today);
        // open warnings of a whole batch are counted in the background (RtTallyRefresh)
        jdbc.sql("update population.rt_tally set open_warnings = null where rt_code = any(?)")
                .param(rts.toArray(String[]::new))
                .update();
        events.publishEvent(new PopulationBulkLoaded(rts, households.size(), memberCount, profiles));
    }

    /** What a batch adds to one RT's tally. */
    static final class RtTallyDelta {
        int households;
        int residents;
        int workingAge;
        int labourCurrent;
    }

    private long[] reserve(String table, int count) {
        return jdbc
                .sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                .params(table, count)
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
