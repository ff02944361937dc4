package id.warga.population;

import id.warga.access.AreaScope;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's tables as the commands read and write them. Every read that starts a command
 * takes the acting user's scope into its SQL and locks the row it will change; households are
 * locked before their residents, always, so two commands never wait on each other in a circle.
 */
@Repository
class RegistryStore implements RegistryLookups {

    static final String RESIDENT_COLUMNS = """
            r.id, r.nik, r.household_id, r.name, r.sex, r.birth_place, r.birth_date, r.religion, r.marital_status,
            r.education, r.occupation, r.relation, r.citizenship, r.rt_code, r.life_status, r.phone,
            r.labour_activity, r.labour_reference_date, r.hours_worked, r.employment_status, r.skills, r.version,
            h.kk_number""";

    static final String HOUSEHOLD_COLUMNS =
            "h.id, h.kk_number, h.address, h.rt_code, h.dissolved_on, h.version, h.checked_on";

    private final JdbcClient jdbc;

    RegistryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL filter of a scope on an RT-code column; binds {@code :scopeExact} and {@code :scopePatterns}. */
    static String inScope(String column) {
        return AreaScope.sqlFilter(column);
    }

    static JdbcClient.StatementSpec bindScope(JdbcClient.StatementSpec spec, AreaScope scope) {
        return scope.bind(spec);
    }

    // ---- households

    Optional<HouseholdRow> lockHousehold(long id, AreaScope scope) {
        return bindScope(
                        jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from population.household h where h.id = :id and "
                                        + inScope("h.rt_code") + " for update")
                                .param("id", id),
                        scope)
                .query(RegistryStore::household)
                .optional();
    }

    /** The household anywhere in the city with this KK number: the destination of a move. */
    Optional<Long> householdIdByKk(String kkNumber) {
        return jdbc.sql("select id from population.household where kk_number = ?::bpchar")
                .param(kkNumber)
                .query(Long.class)
                .optional();
    }

    /** A household if the scope covers it, unlocked: for reading. */
    Optional<HouseholdRow> household(long id, AreaScope scope) {
        return bindScope(
                        jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from population.household h where h.id = :id and "
                                        + inScope("h.rt_code"))
                                .param("id", id),
                        scope)
                .query(RegistryStore::household)
                .optional();
    }

    Optional<HouseholdRow> household(long id) {
        return jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from population.household h where h.id = ?")
                .param(id)
                .query(RegistryStore::household)
                .optional();
    }

    @Override
    public boolean kkTaken(String kkNumber, Long exceptHouseholdId) {
        return jdbc.sql("select exists (select 1 from population.household where kk_number = ?::bpchar and id <> ?)")
                .param(kkNumber)
                .param(exceptHouseholdId == null ? -1L : exceptHouseholdId)
                .query(Boolean.class)
                .single();
    }

    long insertHousehold(String kkNumber, String address, String rtCode) {
        return jdbc.sql("""
                        insert into population.household (kk_number, address, rt_code)
                        values (?, ?, ?) returning id""").params(kkNumber, address, rtCode).query(Long.class).single();
    }

    void updateHousehold(HouseholdRow h) {
        jdbc.sql("""
                        update population.household
                        set kk_number = ?, address = ?, rt_code = ?, dissolved_on = ?, version = version + 1, updated_at = now()
                        where id = ?""")
                .params(h.kkNumber(), h.address(), h.rtCode(), date(h.dissolvedOn()), h.id())
                .update();
    }

    /** The household's data count as not checked (a household that moved in awaits its new RT's check). */
    void clearCheck(long householdId) {
        jdbc.sql("update population.household set checked_on = null, checked_by = null where id = ?")
                .param(householdId)
                .update();
    }

    // ---- residents

    /** Which household a resident belongs to, if the scope covers them: the first step before locking. */
    Optional<Long> householdOf(long residentId, AreaScope scope) {
        return bindScope(
                        jdbc.sql("select r.household_id from population.resident r where r.id = :id and "
                                        + inScope("r.rt_code"))
                                .param("id", residentId),
                        scope)
                .query(Long.class)
                .optional();
    }

    Optional<ResidentView> lockResident(long id) {
        return jdbc.sql("select " + RESIDENT_COLUMNS
                        + " from population.resident r join population.household h on h.id = r.household_id"
                        + " where r.id = ? for update of r")
                .param(id)
                .query((rs, n) -> resident(rs, LocalDate.now()))
                .optional();
    }

    Optional<ResidentView> resident(long id) {
        return jdbc.sql(
                        "select " + RESIDENT_COLUMNS
                                + " from population.resident r join population.household h on h.id = r.household_id where r.id = ?")
                .param(id)
                .query((rs, n) -> resident(rs, LocalDate.now()))
                .optional();
    }

    /** Everyone ever recorded in the household, living members first, the head first among them. */
    List<ResidentView> members(long householdId) {
        return jdbc.sql("select " + RESIDENT_COLUMNS
                        + " from population.resident r join population.household h on h.id = r.household_id"
                        + " where r.household_id = ? order by r.life_status <> 'ALIVE', r.relation, r.birth_date, r.id")
                .param(householdId)
                .query((rs, n) -> resident(rs, LocalDate.now()))
                .list();
    }

    /** The living resident holding a NIK, wherever they live. */
    @Override
    public Optional<ResidentView> livingByNik(String nik) {
        return jdbc.sql("select " + RESIDENT_COLUMNS
                        + " from population.resident r join population.household h on h.id = r.household_id"
                        + " where r.nik = ?::bpchar and r.life_status = 'ALIVE'")
                .param(nik)
                .query((rs, n) -> resident(rs, LocalDate.now()))
                .optional();
    }

    /** The most recent record of a NIK whose holder is no longer living in the city (dead, moved out, missing). */
    @Override
    public Optional<ResidentView> formerByNik(String nik) {
        return jdbc.sql(
                        "select " + RESIDENT_COLUMNS
                                + " from population.resident r join population.household h on h.id = r.household_id"
                                + " where r.nik = ?::bpchar and r.life_status <> 'ALIVE' order by r.updated_at desc, r.id desc limit 1")
                .param(nik)
                .query((rs, n) -> resident(rs, LocalDate.now()))
                .optional();
    }

    long insertResident(long householdId, String rtCode, ResidentDetails d, LabourAnswer labour) {
        LabourAnswer l = labour == null ? new LabourAnswer(null, null, null, null, null) : labour;
        return jdbc.sql("""
                        insert into population.resident (nik, household_id, name, sex, birth_place, birth_date, religion,
                            marital_status, education, occupation, relation, citizenship, rt_code, phone,
                            labour_activity, labour_reference_date, hours_worked, employment_status, skills)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        blankToNull(d.nik()),
                        householdId,
                        d.name().strip(),
                        d.sex().code(),
                        blankToNull(d.birthPlace()),
                        date(d.birthDate()),
                        d.religion(),
                        d.maritalStatus(),
                        d.education(),
                        d.occupation(),
                        d.relation(),
                        d.citizenship() == null ? 1 : d.citizenship(),
                        rtCode,
                        blankToNull(d.phone()),
                        l.activity() == null ? null : l.activity().name(),
                        date(l.referenceDate()),
                        l.hoursWorked(),
                        l.employmentStatus(),
                        blankToNull(l.skills()))
                .query(Long.class)
                .single();
    }

    /** Writes the resident's identity, household, RT and status; bumps the version. */
    void updateResident(long id, long householdId, String rtCode, LifeStatus status, ResidentDetails d) {
        jdbc.sql("""
                        update population.resident
                        set nik = ?, household_id = ?, name = ?, sex = ?, birth_place = ?, birth_date = ?, religion = ?,
                            marital_status = ?, education = ?, occupation = ?, relation = ?, citizenship = ?,
                            rt_code = ?, life_status = ?, phone = ?, version = version + 1, updated_at = now()
                        where id = ?""")
                .params(
                        blankToNull(d.nik()),
                        householdId,
                        d.name().strip(),
                        d.sex().code(),
                        blankToNull(d.birthPlace()),
                        date(d.birthDate()),
                        d.religion(),
                        d.maritalStatus(),
                        d.education(),
                        d.occupation(),
                        d.relation(),
                        d.citizenship() == null ? 1 : d.citizenship(),
                        rtCode,
                        status.name(),
                        blankToNull(d.phone()),
                        id)
                .update();
    }

    void updateLabour(long id, LabourAnswer a) {
        jdbc.sql("""
                        update population.resident
                        set labour_activity = ?, labour_reference_date = ?, hours_worked = ?, employment_status = ?,
                            skills = ?, version = version + 1, updated_at = now()
                        where id = ?""")
                .params(
                        a.activity().name(),
                        date(a.referenceDate()),
                        a.hoursWorked(),
                        a.employmentStatus(),
                        blankToNull(a.skills()),
                        id)
                .update();
    }

    // ---- residence history and events

    Optional<LocalDate> openResidenceSince(long residentId) {
        return jdbc.sql("select valid_from from population.residence where resident_id = ? and valid_to is null")
                .param(residentId)
                .query(LocalDate.class)
                .optional();
    }

    /** The day the latest period ended: a return cannot be dated before it. */
    @Override
    public Optional<LocalDate> lastResidenceEnd(long residentId) {
        return jdbc.sql("select max(valid_to) from population.residence where resident_id = ?")
                .param(residentId)
                .query(LocalDate.class)
                .optional();
    }

    void openResidence(long residentId, long householdId, String rtCode, LocalDate from) {
        jdbc.sql(
                        "insert into population.residence (resident_id, household_id, rt_code, valid_from) values (?, ?, ?, ?)")
                .params(residentId, householdId, rtCode, date(from))
                .update();
    }

    void closeResidence(long residentId, LocalDate on) {
        jdbc.sql("update population.residence set valid_to = ? where resident_id = ? and valid_to is null")
                .params(date(on), residentId)
                .update();
    }

    long insertEvent(
            LifeEventKind kind,
            Long residentId,
            Long householdId,
            Long fromHouseholdId,
            LocalDate occurredOn,
            String fromRt,
            String toRt,
            String note,
            String recordedBy,
            UUID commandKey) {
        return jdbc.sql("""
                        insert into population.life_event (kind, resident_id, household_id, from_household_id, occurred_on,
                            from_rt_code, to_rt_code, note, recorded_by, command_key)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        kind.name(),
                        residentId,
                        householdId,
                        fromHouseholdId,
                        date(occurredOn),
                        fromRt,
                        toRt,
                        blankToNull(note),
                        recordedBy,
                        commandKey)
                .query(Long.class)
                .single();
    }

    /**
     * Recounts, in the given RTs, living residents, households with a living member, residents 15+
     * and those of them with a current labour block (answered within six months of {@code today}).
     * RTs are written in code order, so two recounts never wait on each other in a circle.
     */
    void recount(Collection<String> rtCodes, LocalDate today) {
        if (rtCodes.isEmpty()) {
            return;
        }
        String[] rts = new java.util.TreeSet<>(rtCodes).toArray(String[]::new);
        jdbc.sql("""
                        insert into population.rt_tally (rt_code, households, residents, working_age, labour_current, counted_on)
                        select rt, coalesce(c.households, 0), coalesce(c.residents, 0), coalesce(c.working_age, 0),
                               coalesce(c.labour_current, 0), :today
                        from unnest(:rts::text[]) with ordinality as u(rt, n)
                        left join lateral (
                            select count(distinct household_id) as households, count(*) as residents,
                                   count(*) filter (where birth_date <= :adult) as working_age,
                                   count(*) filter (where birth_date <= :adult and labour_reference_date >= :current) as labour_current
                            from population.resident where rt_code = u.rt and life_status = 'ALIVE') c on true
                        order by u.n
                        on conflict (rt_code) do update set households = excluded.households, residents = excluded.residents,
                            working_age = excluded.working_age, labour_current = excluded.labour_current,
                            counted_on = excluded.counted_on
                        """)
                .param("rts", rts)
                .param("today", today)
                .param("adult", today.minusYears(RegistryRules.LABOUR_MIN_AGE))
                .param("current", today.minusMonths(RegistryRules.LABOUR_CURRENT_MONTHS))
                .update();
    }

    /**
     * Adds a bulk load's new households and residents to the RTs' tallies. An RT without a tally
     * gets one counted today; an existing tally keeps its count date, so one counted before today
     * is still recounted by the daily refresh.
     */
    void addToTallies(Map<String, PopulationBulkLoad.RtTallyDelta> deltas, LocalDate today) {
        if (deltas.isEmpty()) {
            return;
        }
        List<String> rts = new ArrayList<>(new java.util.TreeSet<>(deltas.keySet()));
        jdbc.sql("""
                        insert into population.rt_tally as t (rt_code, households, residents, working_age, labour_current, counted_on)
                        select d.rt, d.households, d.residents, d.working_age, d.labour_current, :today
                        from unnest(:rts::text[], :households::int[], :residents::int[], :working::int[], :current::int[])
                            as d(rt, households, residents, working_age, labour_current)
                        order by d.rt
                        on conflict (rt_code) do update set households = t.households + excluded.households,
                            residents = t.residents + excluded.residents,
                            working_age = t.working_age + excluded.working_age,
                            labour_current = t.labour_current + excluded.labour_current
                        """)
                .param("rts", rts.toArray(String[]::new))
                .param(
                        "households",
                        rts.stream().map(rt -> deltas.get(rt).households).toArray(Integer[]::new))
                .param(
                        "residents",
                        rts.stream().map(rt -> deltas.get(rt).residents).toArray(Integer[]::new))
                .param(
                        "working",
                        rts.stream().map(rt -> deltas.get(rt).workingAge).toArray(Integer[]::new))
                .param(
                        "current",
                        rts.stream().map(rt -> deltas.get(rt).labourCurrent).toArray(Integer[]::new))
                .param("today", today)
                .update();
    }

    void recount(Collection<String> rtCodes) {
        recount(rtCodes, LocalDate.now());
    }

    /** Stores the number of open warnings counted in an RT. */
    void storeOpenWarnings(String rtCode, int count) {
        jdbc.sql("update population.rt_tally set open_warnings = ? where rt_code = ?")
                .params(count, rtCode)
                .update();
    }

    /** Marks households as checked on a day, by someone (a visit, or an approved change touching them). */
    void markChecked(Collection<Long> householdIds, LocalDate on, String by) {
        if (householdIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update population.household set checked_on = :on, checked_by = :by
                        where id = any(:ids) and (checked_on is null or checked_on <= :on)""")
                .param("ids", new java.util.TreeSet<>(householdIds).toArray(Long[]::new))
                .param("on", on)
                .param("by", by)
                .update();
    }

    int livingMembers(long householdId) {
        return jdbc.sql("select count(*) from population.resident where household_id = ? and life_status = 'ALIVE'")
                .param(householdId)
                .query(Integer.class)
                .single();
    }

    void confirmWarning(long residentId, String code, String by) {
        jdbc.sql("""
                        insert into population.confirmed_warning (resident_id, code, confirmed_by) values (?, ?, ?)
                        on conflict (resident_id, code) do update set confirmed_by = excluded.confirmed_by, confirmed_at = now()
                        """).params(residentId, code, by).update();
    }

    // ---- many at once

    /**
     * The registry rows that rules on many new households need, read in three queries: the KK
     * numbers already taken, the living holders of the NIKs, and the latest former holder of each.
     */
    RegistryLookups prefetch(Collection<String> kkNumbers, Collection<String> niks) {
        Set<String> taken = new HashSet<>(
                jdbc.sql("select kk_number from population.household where kk_number = any(cast(:kks as bpchar[]))")
                        .param("kks", kkNumbers.toArray(String[]::new))
                        .query(String.class)
                        .list());
        Map<String, ResidentView> living = new HashMap<>();
        Map<String, ResidentView> former = new HashMap<>();
        if (!niks.isEmpty()) {
            LocalDate today = LocalDate.now();
            // most NIKs of a new household are held by no one: find the few that are, then read those
            String[] held = jdbc.sql(
                            "select nik from population.resident where nik = any(cast(:niks as bpchar[])) and life_status = 'ALIVE'")
                    .param("niks", niks.toArray(String[]::new))
                    .query(String.class)
                    .list()
                    .toArray(String[]::new);
            if (held.length > 0) {
                jdbc.sql("select " + RESIDENT_COLUMNS
                                + " from population.resident r join population.household h on h.id = r.household_id"
                                + " where r.nik = any(cast(:niks as bpchar[])) and r.life_status = 'ALIVE'")
                        .param("niks", held)
                        .query((rs, n) -> resident(rs, today))
                        .list()
                        .forEach(r -> living.put(r.nik(), r));
            }
            jdbc.sql("select distinct on (r.nik) " + RESIDENT_COLUMNS
                            + " from population.resident r join population.household h on h.id = r.household_id"
                            + " where r.nik = any(cast(:niks as bpchar[])) and r.life_status <> 'ALIVE'"
                            + " order by r.nik, r.updated_at desc, r.id desc")
                    .param("niks", niks.toArray(String[]::new))
                    .query((rs, n) -> resident(rs, today))
                    .list()
                    .forEach(r -> former.put(r.nik(), r));
        }
        RegistryStore store = this;
        return new RegistryLookups() {
            @Override
            public boolean kkTaken(String kkNumber, Long exceptHouseholdId) {
                return taken.contains(kkNumber);
            }

            @Override
            public Optional<ResidentView> livingByNik(String nik) {
                return Optional.ofNullable(living.get(nik));
            }

            @Override
            public Optional<ResidentView> formerByNik(String nik) {
                return Optional.ofNullable(former.get(nik));
            }

            @Override
            public Optional<LocalDate> lastResidenceEnd(long residentId) {
                return store.lastResidenceEnd(residentId);
            }
        };
    }

    /** Households with these KK numbers inside the scope, with everyone ever recorded in them, in two queries. */
    Map<String, HouseholdView> householdsByKk(Collection<String> kkNumbers, AreaScope scope) {
        Map<String, HouseholdView> found = new LinkedHashMap<>();
        if (kkNumbers.isEmpty()) {
            return found;
        }
        List<HouseholdRow> rows = bindScope(
                        jdbc.sql("select " + HOUSEHOLD_COLUMNS + " from population.household h"
                                        + " where h.kk_number = any(cast(:kks as bpchar[])) and "
                                        + inScope("h.rt_code"))
                                .param("kks", kkNumbers.toArray(String[]::new)),
                        scope)
                .query(RegistryStore::household)
                .list();
        if (rows.isEmpty()) {
            return found;
        }
        Long[] ids = rows.stream().map(HouseholdRow::id).toArray(Long[]::new);
        LocalDate today = LocalDate.now();
        Map<Long, List<ResidentView>> members = new HashMap<>();
        jdbc.sql("select " + RESIDENT_COLUMNS
                        + " from population.resident r join population.household h on h.id = r.household_id"
                        + " where r.household_id = any(:ids) order by r.household_id, r.relation, r.birth_date, r.id")
                .param("ids", ids)
                .query((rs, n) -> resident(rs, today))
                .list()
                .forEach(r -> members.computeIfAbsent(r.householdId(), k -> new ArrayList<>())
                        .add(r));
        for (HouseholdRow h : rows) {
            List<ResidentView> all = members.getOrDefault(h.id(), List.of());
            found.put(
                    h.kkNumber(),
                    new HouseholdView(
                            h.id(),
                            h.kkNumber(),
                            h.address(),
                            h.rtCode(),
                            h.dissolvedOn(),
                            h.version(),
                            all.stream()
                                    .filter(r -> r.lifeStatus() == LifeStatus.ALIVE)
                                    .toList(),
                            all.stream()
                                    .filter(r -> r.lifeStatus() != LifeStatus.ALIVE)
                                    .toList(),
                            h.checkedOn()));
        }
        return found;
    }

    /**
     * Every living resident whose RT lies in {@code prefix} and in the scope, household by household
     * (RT, KK number, then the head first), streamed from a cursor: a city's worth never sits in memory.
     */
    long forEachLiving(String prefix, AreaScope scope, java.util.function.BiConsumer<ResidentView, String> each) {
        LocalDate today = LocalDate.now();
        long[] count = {0};
        bindScope(
                        jdbc.sql("select " + RESIDENT_COLUMNS + ", h.address as household_address"
                                        + " from population.resident r join population.household h on h.id = r.household_id"
                                        + " where r.life_status = 'ALIVE' and (r.rt_code = :area or r.rt_code like :areaPrefix)"
                                        + " and " + inScope("r.rt_code")
                                        + " order by h.rt_code, h.kk_number, r.relation, r.birth_date, r.id")
                                .param("area", prefix)
                                .param("areaPrefix", prefix + ".%")
                                .withFetchSize(2000),
                        scope)
                .query(rs -> {
                    each.accept(resident(rs, today), rs.getString("household_address"));
                    count[0]++;
                });
        return count[0];
    }

    // ---- applied commands

    /** Claims a key for a command; false when it was applied before (or is being applied right now). */
    boolean claim(UUID key, String type, String json, String by) {
        return jdbc.sql("""
                                insert into population.applied_command (key, type, command, applied_by)
                                values (?, ?, ?::jsonb, ?) on conflict (key) do nothing""").params(key, type, json, by).update() == 1;
    }

    void recordOutcome(UUID key, Long householdId, Long residentId) {
        jdbc.sql("update population.applied_command set household_id = ?, resident_id = ? where key = ?")
                .params(householdId, residentId, key)
                .update();
    }

    Optional<Applied> outcome(UUID key) {
        return jdbc.sql("select type, household_id, resident_id from population.applied_command where key = ?")
                .param(key)
                .query((rs, n) ->
                        new Applied(rs.getString(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class), true))
                .optional();
    }

    // ---- mapping

    static HouseholdRow household(ResultSet rs, int row) throws SQLException {
        return new HouseholdRow(
                rs.getLong("id"),
                rs.getString("kk_number"),
                rs.getString("address"),
                rs.getString("rt_code"),
                rs.getObject("dissolved_on", LocalDate.class),
                rs.getInt("version"),
                rs.getObject("checked_on", LocalDate.class));
    }

    static ResidentView resident(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate birthDate = rs.getObject("birth_date", LocalDate.class);
        String activity = rs.getString("labour_activity");
        LabourActivity labourActivity = activity == null ? null : LabourActivity.valueOf(activity);
        LocalDate reference = rs.getObject("labour_reference_date", LocalDate.class);
        return new ResidentView(
                rs.getLong("id"),
                rs.getString("nik"),
                rs.getString("name"),
                Sex.ofCode(rs.getString("sex")),
                rs.getString("birth_place"),
                birthDate,
                Math.max(0, RegistryRules.age(birthDate, today)),
                rs.getObject("religion", Integer.class),
                rs.getObject("marital_status", Integer.class),
                rs.getObject("education", Integer.class),
                rs.getObject("occupation", Integer.class),
                rs.getObject("relation", Integer.class),
                rs.getObject("citizenship", Integer.class),
                rs.getString("phone"),
                rs.getLong("household_id"),
                rs.getString("kk_number"),
                rs.getString("rt_code"),
                LifeStatus.valueOf(rs.getString("life_status")),
                new ResidentView.LabourView(
                        labourActivity,
                        labourActivity == null ? null : labourActivity.status(),
                        reference,
                        rs.getObject("hours_worked", Integer.class),
                        rs.getObject("employment_status", Integer.class),
                        rs.getString("skills"),
                        reference != null
                                && !reference.isBefore(today.minusMonths(RegistryRules.LABOUR_CURRENT_MONTHS))),
                rs.getInt("version"));
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A household row as a command sees it. */
    record HouseholdRow(
            long id,
            String kkNumber,
            String address,
            String rtCode,
            LocalDate dissolvedOn,
            int version,
            LocalDate checkedOn) {

        HouseholdRow with(String kk, String addr, String rt, LocalDate dissolved) {
            return new HouseholdRow(id, kk, addr, rt, dissolved, version, checkedOn);
        }
    }
}
