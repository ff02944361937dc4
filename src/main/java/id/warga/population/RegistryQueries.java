package id.warga.population;

import id.warga.access.AreaScope;
import id.warga.population.RegistryStore.HouseholdRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registry's lists and records, each query named for the question it answers. Every list
 * walks an index on the RT code in order ({@code rt_code like '<area>%'} is a range scan: codes
 * have fixed-width segments), filtered by the scope; totals come from the per-RT tally or stop
 * counting at a bound.
 */
@Repository
class RegistryQueries {

    /**
     * The ids of every resident, living or not, holding the NIK {@code :number}: asked of the two
     * partial NIK indexes (living, departed) in turn, since neither alone covers every resident.
     */
    static final String RESIDENTS_WITH_NIK =
            "select id from population.resident where nik = :number::bpchar and life_status = 'ALIVE'"
                    + " union all select id from population.resident where nik = :number::bpchar and life_status <> 'ALIVE'";

    /** Counting past this many matches tells nobody anything; the total is then a lower bound. */
    static final int COUNT_BOUND = 10_000;
    /** A name search stops counting sooner: its matches are read from the table, not an index. */
    static final int SEARCH_COUNT_BOUND = 1_000;

    private final JdbcClient jdbc;

    RegistryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- households

    Listing<HouseholdSummary> households(
            AreaScope scope, SearchTerms terms, String areaPrefix, int offset, int size, LocalDate checkedBefore) {
        StringBuilder where = new StringBuilder(RegistryStore.inScope("h.rt_code"))
                .append(" and h.rt_code like ")
                .append(literal(areaPrefix))
                .append(" and h.dissolved_on is null");
        if (checkedBefore != null) {
            where.append(" and (h.checked_on is null or h.checked_on < :checkedBefore)");
        }
        if (terms.number() != null) {
            where.append(" and h.id in (select id from population.household where kk_number = :number::bpchar"
                    + " union select household_id from population.resident where id in (" + RESIDENTS_WITH_NIK + "))");
        } else if (!terms.words().isEmpty()) {
            where.append(
                            " and h.id in (select r.household_id from population.resident r where r.life_status = 'ALIVE' and ")
                    .append(RegistryStore.inScope("r.rt_code"))
                    .append(" and r.rt_code like ")
                    .append(literal(areaPrefix))
                    .append(nameFilter("r.name", terms))
                    .append(")");
        }
        // the page is chosen on the index alone; heads and member counts are looked up for its rows only
        String sql = """
                with page as (
                    select h.id, h.kk_number, h.address, h.rt_code, h.version, h.checked_on from population.household h
                    where %s
                    order by h.rt_code using ~<~, h.id
                    limit :size offset :offset)
                select p.id, p.kk_number, p.address, p.rt_code, p.version, p.checked_on, head.id as head_id,
                       head.name as head_name,
                       (select count(*) from population.resident m where m.household_id = p.id and m.life_status = 'ALIVE') as members
                from page p
                left join lateral (
                    select r.id, r.name from population.resident r
                    where r.household_id = p.id and r.relation = 1 and r.life_status = 'ALIVE' limit 1) head on true
                order by p.rt_code using ~<~, p.id
                """.formatted(where);
        JdbcClient.StatementSpec spec = bind(jdbc.sql(sql), scope, terms);
        if (checkedBefore != null) {
            spec = spec.param("checkedBefore", checkedBefore);
        }
        List<HouseholdSummary> items = spec.param("size", size)
                .param("offset", offset)
                .query((rs, n) -> new HouseholdSummary(
                        rs.getLong("id"),
                        rs.getString("kk_number"),
                        rs.getString("address"),
                        rs.getString("rt_code"),
                        rs.getObject("head_id", Long.class),
                        rs.getString("head_name"),
                        rs.getInt("members"),
                        rs.getInt("version"),
                        rs.getObject("checked_on", LocalDate.class)))
                .list();
        if (checkedBefore != null) {
            return bounded(
                    items,
                    "select 1 from population.household h where " + where,
                    scope,
                    terms,
                    Map.of("checkedBefore", checkedBefore));
        }
        if (terms.isEmpty()) {
            return new Listing<>(items, tally(scope, areaPrefix, "households"), true);
        }
        return bounded(items, "select 1 from population.household h where " + where, scope, terms);
    }

    // ---- residents

    Listing<ResidentSummary> residents(
            AreaScope scope, SearchTerms terms, String areaPrefix, LifeStatus status, int offset, int size) {
        StringBuilder where = new StringBuilder(RegistryStore.inScope("r.rt_code"))
                .append(" and r.rt_code like ")
                .append(literal(areaPrefix));
        if (status == LifeStatus.ALIVE) {
            where.append(" and r.life_status = 'ALIVE'");
        } else if (status != null) {
            // stated twice so the planner takes the small index of those no longer living here
            where.append(" and r.life_status <> 'ALIVE' and r.life_status = '")
                    .append(status.name())
                    .append("'");
        }
        if (terms.number() != null) {
            where.append(" and r.id in (" + RESIDENTS_WITH_NIK
                    + " union all select m.id from population.resident m join population.household k on k.id = m.household_id"
                    + " where k.kk_number = :number::bpchar)");
        } else {
            where.append(nameFilter("r.name", terms));
        }
        String sql = "with page as (select r.id from population.resident r where " + where
                + " order by r.rt_code using ~<~, r.id limit :size offset :offset) select "
                + RegistryStore.RESIDENT_COLUMNS
                + " from page join population.resident r on r.id = page.id"
                + " join population.household h on h.id = r.household_id order by r.rt_code using ~<~, r.id";
        LocalDate today = LocalDate.now();
        List<ResidentSummary> items = bind(jdbc.sql(sql), scope, terms)
                .param("size", size)
                .param("offset", offset)
                .query((rs, n) -> summary(RegistryStore.resident(rs, today)))
                .list();
        if (terms.isEmpty() && status == LifeStatus.ALIVE) {
            return new Listing<>(items, tally(scope, areaPrefix, "residents"), true);
        }
        return bounded(items, "select 1 from population.resident r where " + where, scope, terms);
    }

    /** Who lived in the area on a date: residence periods covering it, with that date's household and RT. */
    Listing<ResidentSummary> livingOn(
            AreaScope scope, SearchTerms terms, String areaPrefix, LocalDate on, int offset, int size) {
        StringBuilder where = new StringBuilder(RegistryStore.inScope("p.rt_code"))
                .append(" and p.rt_code like ")
                .append(literal(areaPrefix))
                .append(" and p.valid_from <= :on and (p.valid_to is null or p.valid_to > :on)");
        if (terms.number() != null) {
            where.append(" and p.id in (select q.id from population.residence q where q.resident_id in ("
                    + RESIDENTS_WITH_NIK + ")"
                    + " union all select q.id from population.residence q"
                    + " join population.household k on k.id = q.household_id where k.kk_number = :number::bpchar)");
        } else {
            where.append(nameFilter("r.name", terms));
        }
        // the resident's row is needed to choose the page only when searching by NIK or name
        String join = terms.isEmpty() ? "" : "join population.resident r on r.id = p.resident_id";
        String sql = """
                with page as (
                    select p.resident_id, p.household_id, p.rt_code from population.residence p
                    %s
                    where %s
                    order by p.rt_code using ~<~, p.resident_id
                    limit :size offset :offset)
                select r.id, r.nik, r.name, r.sex, r.birth_date, r.relation, r.life_status, r.labour_activity,
                       r.labour_reference_date, r.version, p.household_id, p.rt_code, h.kk_number
                from page p
                join population.resident r on r.id = p.resident_id
                join population.household h on h.id = p.household_id
                order by p.rt_code using ~<~, p.resident_id
                """.formatted(join, where);
        LocalDate today = LocalDate.now();
        List<ResidentSummary> items = bind(jdbc.sql(sql), scope, terms)
                .param("on", on)
                .param("size", size)
                .param("offset", offset)
                .query((rs, n) -> {
                    String activity = rs.getString("labour_activity");
                    LocalDate birthDate = rs.getObject("birth_date", LocalDate.class);
                    return new ResidentSummary(
                            rs.getLong("id"),
                            rs.getString("nik"),
                            rs.getString("name"),
                            Sex.ofCode(rs.getString("sex")),
                            birthDate,
                            Math.max(0, RegistryRules.age(birthDate, today)),
                            rs.getObject("relation", Integer.class),
                            rs.getLong("household_id"),
                            rs.getString("kk_number"),
                            rs.getString("rt_code"),
                            LifeStatus.valueOf(rs.getString("life_status")),
                            activity == null
                                    ? null
                                    : LabourActivity.valueOf(activity).status(),
                            rs.getObject("labour_reference_date", LocalDate.class),
                            rs.getInt("version"));
                })
                .list();
        String count = "select 1 from population.residence p " + join + " where " + where;
        return bounded(items, count, scope, terms, Map.of("on", on));
    }

    // ---- records

    HouseholdView householdView(long id) {
        HouseholdRow h = jdbc.sql(
                        "select " + RegistryStore.HOUSEHOLD_COLUMNS + " from population.household h where h.id = ?")
                .param(id)
                .query(RegistryStore::household)
                .single();
        List<ResidentView> members = new ArrayList<>();
        List<ResidentView> former = new ArrayList<>();
        for (ResidentView member : residentsOf(id)) {
            (member.lifeStatus() == LifeStatus.ALIVE ? members : former).add(member);
        }
        return new HouseholdView(
                h.id(),
                h.kkNumber(),
                h.address(),
                h.rtCode(),
                h.dissolvedOn(),
                h.version(),
                members,
                former,
                h.checkedOn());
    }

    /** A household's own fields without its members: what an audit record of a household change holds. */
    HouseholdView householdOnly(HouseholdRow h) {
        return new HouseholdView(
                h.id(),
                h.kkNumber(),
                h.address(),
                h.rtCode(),
                h.dissolvedOn(),
                h.version(),
                List.of(),
                List.of(),
                h.checkedOn());
    }

    List<ResidentView> residentsOf(long householdId) {
        return jdbc.sql("select " + RegistryStore.RESIDENT_COLUMNS
                        + " from population.resident r join population.household h on h.id = r.household_id"
                        + " where r.household_id = ? order by r.life_status <> 'ALIVE', r.relation, r.birth_date, r.id")
                .param(householdId)
                .query((rs, n) -> RegistryStore.resident(rs, LocalDate.now()))
                .list();
    }

    ResidentHistory history(long residentId, LocalDate on) {
        List<ResidentHistory.ResidencePeriod> periods = jdbc.sql("""
                        select p.household_id, h.kk_number, p.rt_code, p.valid_from, p.valid_to
                        from population.residence p join population.household h on h.id = p.household_id
                        where p.resident_id = ? order by p.valid_from, p.id""")
                .param(residentId)
                .query((rs, n) -> new ResidentHistory.ResidencePeriod(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
        List<LifeEventView> events = jdbc.sql("""
                        select id, kind, resident_id, household_id, from_household_id, occurred_on, from_rt_code,
                               to_rt_code, note, recorded_by, recorded_at
                        from population.life_event where resident_id = ? order by occurred_on, id""")
                .param(residentId)
                .query((rs, n) -> new LifeEventView(
                        rs.getLong("id"),
                        LifeEventKind.valueOf(rs.getString("kind")),
                        rs.getObject("resident_id", Long.class),
                        rs.getObject("household_id", Long.class),
                        rs.getObject("from_household_id", Long.class),
                        rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("from_rt_code"),
                        rs.getString("to_rt_code"),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
        return new ResidentHistory(
                residentId, periods, events, on == null ? null : ResidentHistory.derive(periods, events, on));
    }

    /** Living residents of an area (an RT or an RW: a few hundred to a few thousand) in household order. */
    List<ResidentView> livingIn(AreaScope scope, String areaPrefix) {
        String sql = "select " + RegistryStore.RESIDENT_COLUMNS
                + " from population.resident r join population.household h on h.id = r.household_id where "
                + RegistryStore.inScope("r.rt_code") + " and r.rt_code like " + literal(areaPrefix)
                + " and r.life_status = 'ALIVE' order by r.rt_code using ~<~, r.household_id, r.relation, r.id";
        LocalDate today = LocalDate.now();
        return RegistryStore.bindScope(jdbc.sql(sql), scope)
                .query((rs, n) -> RegistryStore.resident(rs, today))
                .list();
    }

    /** The living resident with this NIK, where the scope holds them. */
    java.util.Optional<PopulationDirectory.Registered> livingByNik(AreaScope scope, String nik) {
        return RegistryStore.bindScope(
                        jdbc.sql("select r.id, r.rt_code, r.name from population.resident r where r.nik = :nik"
                                + " and r.life_status = 'ALIVE' and " + RegistryStore.inScope("r.rt_code")),
                        scope)
                .param("nik", nik)
                .query((rs, n) -> new PopulationDirectory.Registered(
                        rs.getLong("id"), rs.getString("rt_code"), rs.getString("name")))
                .optional();
    }

    /**
     * Of these households, those that moved into the RT from another RT of the city and were not
     * checked there since: the last such move of each, where the scope holds the RT.
     */
    Map<Long, PopulationDirectory.Arrival> arrivalsToCheck(AreaScope scope, String rtCode, List<Long> householdIds) {
        Map<Long, PopulationDirectory.Arrival> arrivals = new LinkedHashMap<>();
        if (householdIds.isEmpty()) {
            return arrivals;
        }
        RegistryStore.bindScope(jdbc.sql("""
                                select distinct on (e.household_id) e.household_id, e.from_rt_code, e.occurred_on
                                from population.life_event e
                                join population.household h on h.id = e.household_id
                                where e.household_id = any(:ids) and e.kind = 'MOVE_WITHIN'
                                  and e.to_rt_code = :rt and h.rt_code = :rt and h.checked_on is null
                                  and %s
                                order by e.household_id, e.occurred_on desc, e.id desc""".formatted(RegistryStore.inScope("h.rt_code"))), scope)
                .param("ids", householdIds.toArray(Long[]::new))
                .param("rt", rtCode)
                .query((rs, n) -> new PopulationDirectory.Arrival(
                        rs.getLong(1), rs.getString(2), null, rs.getObject(3, LocalDate.class)))
                .list()
                .forEach(a -> arrivals.put(a.householdId(), a));
        return arrivals;
    }

    Map<Long, Long> currentHouseholds(java.util.Collection<Long> residentIds) {
        Map<Long, Long> households = new LinkedHashMap<>();
        if (residentIds.isEmpty()) {
            return households;
        }
        jdbc.sql("select id, household_id from population.resident where id = any(:ids)")
                .param("ids", residentIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .forEach(e -> households.put(e.getKey(), e.getValue()));
        return households;
    }

    List<Long> livingMemberIds(long householdId) {
        return jdbc.sql("select id from population.resident where household_id = ? and life_status = 'ALIVE'"
                        + " order by id")
                .param(householdId)
                .query(Long.class)
                .list();
    }

    /** The household with this KK number that still has a living member, where the scope holds it; named by its head. */
    java.util.Optional<PopulationDirectory.Registered> currentByKk(AreaScope scope, String kkNumber) {
        return RegistryStore.bindScope(jdbc.sql("""
                                select h.id, h.rt_code,
                                       coalesce((select r.name from population.resident r
                                                 where r.household_id = h.id and r.life_status = 'ALIVE'
                                                 order by r.relation, r.id limit 1), '') name
                                from population.household h
                                where h.kk_number = :kk
                                  and exists (select 1 from population.resident r
                                              where r.household_id = h.id and r.life_status = 'ALIVE')
                                  and """ + RegistryStore.inScope("h.rt_code")), scope)
                .param("kk", kkNumber)
                .query((rs, n) -> new PopulationDirectory.Registered(
                        rs.getLong("id"), rs.getString("rt_code"), rs.getString("name")))
                .optional();
    }

    Map<Long, Set<String>> confirmedWarnings(List<Long> residentIds) {
        Map<Long, Set<String>> confirmed = new LinkedHashMap<>();
        if (residentIds.isEmpty()) {
            return confirmed;
        }
        jdbc.sql("select resident_id, code from population.confirmed_warning where resident_id = any(:ids)")
                .param("ids", residentIds.toArray(Long[]::new))
                .query(rs -> {
                    confirmed
                            .computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>())
                            .add(rs.getString(2));
                });
        return confirmed;
    }

    // ---- helpers

    private long tally(AreaScope scope, String areaPrefix, String column) {
        String sql = "select coalesce(sum(" + column + "), 0) from population.rt_tally t where "
                + RegistryStore.inScope("t.rt_code") + " and t.rt_code like " + literal(areaPrefix);
        return RegistryStore.bindScope(jdbc.sql(sql), scope).query(Long.class).single();
    }

    private <T> Listing<T> bounded(List<T> items, String select, AreaScope scope, SearchTerms terms) {
        return bounded(items, select, scope, terms, Map.of());
    }

    private <T> Listing<T> bounded(
            List<T> items, String select, AreaScope scope, SearchTerms terms, Map<String, Object> params) {
        int bound = terms.words().isEmpty() ? COUNT_BOUND : SEARCH_COUNT_BOUND;
        JdbcClient.StatementSpec spec =
                bind(jdbc.sql("select count(*) from (" + select + " limit " + (bound + 1) + ") bounded"), scope, terms);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        long count = spec.query(Long.class).single();
        return count > bound ? new Listing<>(items, bound, false) : new Listing<>(items, count, true);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AreaScope scope, SearchTerms terms) {
        spec = RegistryStore.bindScope(spec, scope);
        if (terms.number() != null) {
            spec = spec.param("number", terms.number());
        }
        return spec;
    }

    /**
     * One {@code ilike} per word, written into the SQL so the planner sees the text and can use the
     * trigram index (a parameter would hide it in a generic plan). Words were checked to hold only
     * letters, digits, spaces, dots, hyphens and apostrophes.
     */
    private static String nameFilter(String column, SearchTerms terms) {
        StringBuilder filter = new StringBuilder();
        for (String word : terms.words()) {
            filter.append(" and ").append(column).append(" ilike ").append(literal("%" + word + "%"));
        }
        return filter.toString();
    }

    /** A SQL string literal of a checked value (region prefixes, search words): quotes doubled. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static ResidentSummary summary(ResidentView r) {
        return new ResidentSummary(
                r.id(),
                r.nik(),
                r.name(),
                r.sex(),
                r.birthDate(),
                r.age(),
                r.relation(),
                r.householdId(),
                r.kkNumber(),
                r.rtCode(),
                r.lifeStatus(),
                r.labour().status(),
                r.labour().referenceDate(),
                r.version());
    }

    /** What to search for: a 16-digit NIK or KK number, or the words of a name. */
    record SearchTerms(String number, List<String> words) {

        static final SearchTerms NONE = new SearchTerms(null, List.of());

        boolean isEmpty() {
            return number == null && words.isEmpty();
        }
    }
}
