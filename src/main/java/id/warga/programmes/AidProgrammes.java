package id.warga.programmes;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.access.AuditTrail;
import id.warga.access.Role;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationDirectory.Registered;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import id.warga.shared.web.RefusedException.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aid programmes and their recipients. The city creates programmes and says which exclude each
 * other; kelurahan staff add recipients of their own area by NIK or KK number, found in the
 * registry as living (or a household with a living member). The rules hold under concurrent adds:
 * one recipient per programme by a unique index, the quota under the programme's row lock, and
 * excluded combinations under a lock on the identifier. Recipients are counted distinct.
 */
@Service
public class AidProgrammes {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditTrail audit;
    private final PopulationDirectory population;
    private final RegionDirectory regions;
    private final ProgrammeSettings settings;

    AidProgrammes(
            JdbcClient jdbc,
            AccessControl access,
            AuditTrail audit,
            PopulationDirectory population,
            RegionDirectory regions,
            ProgrammeSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.population = population;
        this.regions = regions;
        this.settings = settings;
    }

    // ---- programmes

    /** Every programme (of a year, if given), newest first, with its recipients in all and in the reader's area. */
    @Transactional(readOnly = true)
    public List<AidProgrammeView> list(Integer year) {
        List<Long> ids = jdbc.sql("select id from programmes.aid_programme where (:year::int is null or year = :year)"
                        + " order by year desc, name")
                .param("year", year)
                .query(Long.class)
                .list();
        return ids.stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public AidProgrammeView get(long id) {
        return view(id);
    }

    /** The city creates a programme. */
    @Transactional
    public AidProgrammeView create(NewAidProgramme p) {
        access.requireRole(Role.CITY, Role.ADMIN);
        List<RuleViolation> broken = new ArrayList<>();
        String name = p == null || p.name() == null ? "" : p.name().strip();
        if (name.isEmpty()) {
            broken.add(RuleViolation.error("AID_NAME_REQUIRED", "name"));
        } else if (name.length() > 120) {
            broken.add(RuleViolation.error("AID_NAME_TOO_LONG", "name", 120));
        }
        if (p == null || p.source() == null) {
            broken.add(RuleViolation.error("AID_SOURCE_REQUIRED", "source"));
        }
        if (p == null || p.target() == null) {
            broken.add(RuleViolation.error("AID_TARGET_REQUIRED", "target"));
        }
        int thisYear = settings.today().getYear();
        int year = p == null || p.year() == null ? thisYear : p.year();
        if (year < 2000 || year > thisYear + 5) {
            broken.add(RuleViolation.error("AID_YEAR_RANGE", "year", 2000, thisYear + 5));
        }
        if (p == null || p.amount() == null || p.amount().isZero()) {
            broken.add(RuleViolation.error("AMOUNT_POSITIVE", "amount"));
        }
        if (p != null && p.quota() != null && p.quota() < 1) {
            broken.add(RuleViolation.error("AID_QUOTA_POSITIVE", "quota"));
        }
        if (!broken.isEmpty()) {
            throw ProgrammeRuleException.invalid(broken);
        }
        long id;
        try {
            id = jdbc.sql("insert into programmes.aid_programme (name, source, target, year, amount, quota, created_by)"
                            + " values (?, ?, ?, ?, ?, ?, ?) returning id")
                    .params(
                            name,
                            p.source().name(),
                            p.target().name(),
                            year,
                            p.amount().amount(),
                            p.quota(),
                            access.currentUsername().orElseThrow())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "AID_PROGRAMME_EXISTS", name, year);
        }
        audit.recordChange(
                "aid_programme", String.valueOf(id), RegionCode.of(settings.city()), null, Map.of("name", name));
        return view(id);
    }

    /**
     * The city says two programmes exclude each other: nobody may receive both. Between a person
     * programme and a household programme this means: no person may receive the one while their
     * household receives the other.
     */
    @Transactional
    public AidProgrammeView exclude(long id, long otherId) {
        access.requireRole(Role.CITY, Role.ADMIN);
        AidProgrammeView a = view(id);
        AidProgrammeView b = view(otherId);
        if (a.id() == b.id()) {
            throw new ProgrammeRuleException(Kind.INVALID, "AID_EXCLUDES_ITSELF");
        }
        lockProgramme(Math.min(id, otherId));
        lockProgramme(Math.max(id, otherId));
        long both = a.target() == b.target()
                ? jdbc.sql("""
                                select count(distinct x.identifier) from programmes.aid_recipient x
                                join programmes.aid_recipient y on y.identifier = x.identifier and y.programme_id = ?
                                where x.programme_id = ?
                                """).params(otherId, id).query(Long.class).single()
                : peopleWhoseHouseholdAlsoReceives(
                        a.target() == AidTarget.PERSON ? a : b, a.target() == AidTarget.PERSON ? b : a);
        if (both > 0) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "AID_EXCLUSION_ALREADY_BROKEN", both, a.name(), b.name());
        }
        jdbc.sql("insert into programmes.aid_exclusion (programme_id, excluded_id) values (?, ?), (?, ?)"
                        + " on conflict do nothing")
                .params(id, otherId, otherId, id)
                .update();
        audit.recordChange(
                "aid_exclusion", id + "-" + otherId, RegionCode.of(settings.city()), null, Map.of("excludes", otherId));
        return view(id);
    }

    /** How many recipients of the person programme live in a household that receives the household programme. */
    private long peopleWhoseHouseholdAlsoReceives(AidProgrammeView persons, AidProgrammeView households) {
        List<Long> people = subjects(persons.id());
        java.util.Set<Long> receiving = new java.util.HashSet<>(subjects(households.id()));
        return population.currentHouseholds(people).values().stream()
                .filter(receiving::contains)
                .count();
    }

    private List<Long> subjects(long programmeId) {
        return jdbc.sql("select subject_id from programmes.aid_recipient where programme_id = ?")
                .param(programmeId)
                .query(Long.class)
                .list();
    }

    // ---- recipients

    /**
     * Kelurahan staff (or the city) add a recipient by NIK or KK number, as the programme's target
     * says: living and in their area; never twice in a programme, never in an excluded one, never
     * beyond the quota. All or nothing.
     */
    @Transactional
    public RecipientView addRecipient(long programmeId, String identifier) {
        access.requireRole(Role.KELURAHAN, Role.CITY, Role.ADMIN);
        AidProgrammeView programme = view(programmeId);
        String id = identifier == null ? "" : identifier.replaceAll("\\s", "");
        Optional<Registered> found = programme.target() == AidTarget.PERSON
                ? population.livingResident(id)
                : population.currentHousehold(id);
        Registered subject = found.orElseThrow(() -> new ProgrammeRuleException(
                Kind.INVALID,
                "INPUT_INVALID",
                List.of(RuleViolation.error(
                        programme.target() == AidTarget.PERSON ? "AID_NIK_NOT_FOUND" : "AID_KK_NOT_FOUND",
                        "identifier"))));
        lockProgramme(programmeId);
        // the same identifier, whichever programmes two officers add it to at once, waits here
        jdbc.sql("select pg_advisory_xact_lock(7001, hashtext(?))")
                .param(id)
                .query()
                .singleRow();
        boolean person = programme.target() == AidTarget.PERSON;
        long household = person
                ? population.currentHouseholds(List.of(subject.id())).getOrDefault(subject.id(), -1L)
                : subject.id();
        // a person and their household, added at once to programmes that exclude each other, wait here
        jdbc.sql("select pg_advisory_xact_lock(7002, hashtext(?))")
                .param(String.valueOf(household))
                .query()
                .singleRow();
        Optional<String> conflicting = jdbc.sql("""
                        select p.name || ' ' || p.year from programmes.aid_exclusion e
                        join programmes.aid_programme p on p.id = e.excluded_id and p.target = ?
                        join programmes.aid_recipient r on r.programme_id = e.excluded_id and r.identifier = ?
                        where e.programme_id = ?
                        order by p.id limit 1
                        """)
                .params(programme.target().name(), id, programmeId)
                .query(String.class)
                .optional();
        if (conflicting.isPresent()) {
            throw new ProgrammeRuleException(
                    Kind.CONFLICT, "AID_EXCLUDED_COMBINATION", conflicting.get(), programme.name());
        }
        // across targets: the person's household, or a member of the household, in an excluded programme
        List<Long> across = person ? List.of(household) : population.livingMemberIds(household);
        Optional<String> acrossConflict = across.isEmpty()
                ? Optional.empty()
                : jdbc.sql("""
                                select p.name || ' ' || p.year from programmes.aid_exclusion e
                                join programmes.aid_programme p on p.id = e.excluded_id and p.target <> ?
                                join programmes.aid_recipient r on r.programme_id = e.excluded_id
                                                               and r.subject_id = any(?)
                                where e.programme_id = ?
                                order by p.id limit 1
                                """)
                        .params(programme.target().name(), across.toArray(Long[]::new), programmeId)
                        .query(String.class)
                        .optional();
        if (acrossConflict.isPresent()) {
            throw new ProgrammeRuleException(
                    Kind.CONFLICT,
                    person ? "AID_EXCLUDED_VIA_HOUSEHOLD" : "AID_EXCLUDED_VIA_MEMBER",
                    acrossConflict.get(),
                    programme.name());
        }
        if (programme.quota() != null) {
            long count = jdbc.sql("select count(*) from programmes.aid_recipient where programme_id = ?")
                    .param(programmeId)
                    .query(Long.class)
                    .single();
            if (count >= programme.quota()) {
                throw new ProgrammeRuleException(
                        Kind.CONFLICT, "AID_QUOTA_REACHED", programme.name(), programme.quota());
            }
        }
        long recipientId;
        try {
            recipientId = jdbc.sql(
                            "insert into programmes.aid_recipient (programme_id, identifier, subject_id, rt_code,"
                                    + " added_by) values (?, ?, ?, ?, ?) returning id")
                    .params(
                            programmeId,
                            id,
                            subject.id(),
                            subject.rtCode(),
                            access.currentUsername().orElseThrow())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "AID_ALREADY_RECIPIENT", programme.name());
        }
        audit.recordChange(
                "aid_recipient",
                String.valueOf(recipientId),
                RegionCode.of(subject.rtCode()),
                null,
                Map.of("programme", programmeId, "subject", subject.id()));
        return new RecipientView(
                recipientId,
                programmeId,
                id,
                subject.rtCode(),
                population.placeName(subject.rtCode()),
                access.currentUsername().orElseThrow(),
                settings.now());
    }

    /**
     * A page of a programme's recipients inside the reader's area (and {@code area}, if given),
     * identifiers masked where the reader's area does not hold them. The read is audited.
     */
    @Transactional(readOnly = true)
    public List<RecipientView> recipients(long programmeId, String area, int page) {
        view(programmeId);
        AreaScope scope = access.currentScope();
        String prefix = "%";
        RegionCode areaCode = null;
        if (area != null && !area.isBlank()) {
            areaCode = RegionCode.tryParse(area.strip())
                    .orElseThrow(() -> ProgrammeRuleException.invalid(
                            List.of(RuleViolation.error("REGION_INVALID", "area", area))));
            prefix = areaCode.value() + "%";
        }
        if (page < 0 || page > 1000) {
            throw ProgrammeRuleException.invalid(List.of(RuleViolation.error("PAGE_RANGE", "page")));
        }
        Map<String, String> places = new HashMap<>();
        List<RecipientView> rows = RwFundRepository.bindScope(
                        jdbc.sql("""
                                select r.id, r.programme_id, r.identifier, r.rt_code, r.added_by, r.added_at
                                from programmes.aid_recipient r
                                where r.programme_id = :programme and r.rt_code like :prefix
                                  and %s
                                order by r.rt_code, r.id limit :size offset :offset
                                """.formatted(AreaScope.sqlFilter("r.rt_code"))), scope)
                .param("programme", programmeId)
                .param("prefix", prefix)
                .param("size", PAGE_SIZE)
                .param("offset", page * PAGE_SIZE)
                .query((rs, n) -> {
                    RegionCode rt = RegionCode.of(rs.getString("rt_code"));
                    return new RecipientView(
                            rs.getLong("id"),
                            rs.getLong("programme_id"),
                            access.identifier(rs.getString("identifier"), rt),
                            rt.value(),
                            places.computeIfAbsent(rt.value(), population::placeName),
                            rs.getString("added_by"),
                            rs.getTimestamp("added_at").toInstant());
                })
                .list();
        audit.recordRead(
                "aid_recipients",
                programmeId + (page > 0 ? "#" + page : ""),
                areaCode != null ? areaCode : RegionCode.of(settings.city()));
        return rows;
    }

    // ---- open figures

    /** Each programme of the year with its recipients per kelurahan, small counts withheld. */
    @Transactional(readOnly = true)
    public List<OpenCounts> openFigures(int year) {
        Map<String, String> kelurahanNames = new HashMap<>();
        for (Region k : regions.descendants(RegionCode.of(settings.city()), "kelurahan")) {
            kelurahanNames.put(k.code().value(), k.name());
        }
        List<OpenCounts> all = new ArrayList<>();
        for (AidProgrammeView p : list(year)) {
            long total = jdbc.sql(
                            "select count(distinct identifier) from programmes.aid_recipient where programme_id = ?")
                    .param(p.id())
                    .query(Long.class)
                    .single();
            List<OpenCounts.Cell> cells = jdbc.sql("""
                            select left(rt_code, 13) kelurahan, count(distinct identifier) n
                            from programmes.aid_recipient where programme_id = ?
                            group by 1 order by 1
                            """)
                    .param(p.id())
                    .query((rs, n) -> new OpenCounts.Cell(
                            rs.getString("kelurahan"),
                            kelurahanNames.getOrDefault(rs.getString("kelurahan"), rs.getString("kelurahan")),
                            rs.getLong("n")))
                    .list();
            all.add(OpenCounts.suppressed(
                    p.name() + " (" + p.source().name() + ", " + p.year() + ")",
                    total,
                    cells,
                    settings.openDataMinimumCount()));
        }
        return all;
    }

    // ---- helpers

    private void lockProgramme(long id) {
        jdbc.sql("select id from programmes.aid_programme where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("programmes.error.aid-not-found", id));
    }

    private AidProgrammeView view(long id) {
        AreaScope scope = access.currentScope();
        return RwFundRepository.bindScope(jdbc.sql("""
                                select p.id, p.name, p.source, p.target, p.year, p.amount, p.quota,
                                       (select count(distinct identifier) from programmes.aid_recipient r
                                        where r.programme_id = p.id) recipients,
                                       (select count(distinct identifier) from programmes.aid_recipient r
                                        where r.programme_id = p.id
                                          and %s) in_area
                                from programmes.aid_programme p where p.id = :id
                                """.formatted(AreaScope.sqlFilter("r.rt_code"))), scope)
                .param("id", id)
                .query((rs, n) -> new AidProgrammeView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        AidSource.valueOf(rs.getString("source")),
                        AidTarget.valueOf(rs.getString("target")),
                        rs.getInt("year"),
                        Rupiah.of(rs.getLong("amount")),
                        (Integer) rs.getObject("quota"),
                        excluded(id),
                        rs.getLong("recipients"),
                        rs.getLong("in_area")))
                .optional()
                .orElseThrow(() -> new NotFoundException("programmes.error.aid-not-found", id));
    }

    private List<AidProgrammeView.Excluded> excluded(long id) {
        return jdbc.sql("""
                        select p.id, p.name || ' ' || p.year from programmes.aid_exclusion e
                        join programmes.aid_programme p on p.id = e.excluded_id
                        where e.programme_id = ? order by p.id
                        """)
                .param(id)
                .query((rs, n) -> new AidProgrammeView.Excluded(rs.getLong(1), rs.getString(2)))
                .list();
    }
}
