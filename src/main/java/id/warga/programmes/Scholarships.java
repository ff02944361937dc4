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
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's scholarships: applications entered by kelurahan staff or the city for a living
 * resident of their area, the award (never beyond the quota, even when officers award at the same
 * moment: awards take one lock and count), rejections, ends, and payments per semester.
 */
@Service
public class Scholarships {

    public static final int LIST_LIMIT = 200;
    private static final long AWARD_LOCK = 7_002;

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final AuditTrail audit;
    private final PopulationDirectory population;
    private final RegionDirectory regions;
    private final ProgrammeSettings settings;

    Scholarships(
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

    /** How many scholarships were awarded (including those that ended since), and the quota. */
    public record Quota(int quota, long awarded) {
        public long left() {
            return Math.max(0, quota - awarded);
        }
    }

    @Transactional(readOnly = true)
    public Quota quota() {
        return new Quota(settings.scholarship().quota(), awarded());
    }

    // ---- reading

    /** Scholarships in the reader's area (of a state, if given), newest first. */
    @Transactional(readOnly = true)
    public List<ScholarshipView> list(ScholarshipStatus status) {
        AreaScope scope = access.currentScope();
        Map<String, String> places = new HashMap<>();
        return RwFundRepository.bindScope(
                        jdbc.sql("select * from programmes.scholarship s where"
                                + " " + AreaScope.sqlFilter("s.rt_code")
                                + " and (:status::text is null or s.status = :status) order by s.id desc limit "
                                + LIST_LIMIT),
                        scope)
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> row(rs, places))
                .list()
                .stream()
                .map(r -> r.view(List.of(), Set.of()))
                .toList();
    }

    /** One scholarship with its payments and the reader's possible actions; the read is audited. */
    @Transactional(readOnly = true)
    public ScholarshipView get(long id) {
        Row row = find(id, false);
        audit.recordRead("scholarship", String.valueOf(id), RegionCode.of(row.rtCode));
        return full(row);
    }

    // ---- the workflow

    /** Kelurahan staff or the city enter an application for a living resident of their area. */
    @Transactional
    public ScholarshipView apply(NewScholarship s) {
        access.requireRole(Role.KELURAHAN, Role.CITY, Role.ADMIN);
        ProgrammeSettings.Scholarship rules = settings.scholarship();
        List<RuleViolation> broken = new ArrayList<>();
        String university =
                s == null || s.university() == null ? "" : s.university().strip();
        String programme = s == null || s.studyProgramme() == null
                ? ""
                : s.studyProgramme().strip();
        if (university.isEmpty() || university.length() > 120) {
            broken.add(RuleViolation.error("UNIVERSITY_REQUIRED", "university", 120));
        }
        if (programme.isEmpty() || programme.length() > 120) {
            broken.add(RuleViolation.error("STUDY_PROGRAMME_REQUIRED", "studyProgramme", 120));
        }
        Integer semester = s == null ? null : s.semester();
        if (semester == null || semester < 1 || semester > rules.maxSemesters()) {
            broken.add(RuleViolation.error("SEMESTER_RANGE", "semester", rules.maxSemesters()));
        }
        BigDecimal gpa = s == null ? null : s.gpa();
        if (gpa != null && (gpa.signum() < 0 || gpa.compareTo(BigDecimal.valueOf(4)) > 0 || gpa.scale() > 2)) {
            broken.add(RuleViolation.error("GPA_RANGE", "gpa"));
        } else if (semester != null && semester > 1 && gpa == null) {
            broken.add(RuleViolation.error("GPA_REQUIRED", "gpa"));
        }
        Registered resident = s == null
                ? null
                : population
                        .livingResident(s.nik() == null ? "" : s.nik().replaceAll("\\s", ""))
                        .orElse(null);
        if (resident == null) {
            broken.add(RuleViolation.error("SCHOLARSHIP_NIK_NOT_FOUND", "nik"));
        }
        if (!broken.isEmpty()) {
            throw ProgrammeRuleException.invalid(broken);
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into programmes.scholarship (nik, resident_id, rt_code, university, study_programme,
                                                                semester, gpa, status, applied_by)
                            values (?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?) returning id
                            """)
                    .params(
                            s.nik().replaceAll("\\s", ""),
                            resident.id(),
                            resident.rtCode(),
                            university,
                            programme,
                            semester,
                            gpa,
                            access.currentUsername().orElseThrow())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SCHOLARSHIP_ALREADY_OPEN");
        }
        audit.recordChange(
                "scholarship", String.valueOf(id), RegionCode.of(resident.rtCode()), null, Map.of("status", "APPLIED"));
        return full(find(id, false));
    }

    /** The city awards an application, if the quota allows. */
    @Transactional
    public ScholarshipView award(long id, Integer version) {
        return act(id, version, s -> {
            // every award waits here for the one before it, so the count below is the truth
            jdbc.sql("select pg_advisory_xact_lock(?)")
                    .param(AWARD_LOCK)
                    .query()
                    .singleRow();
            s.award(settings.scholarship(), awarded());
        });
    }

    @Transactional
    public ScholarshipView reject(long id, Integer version, String reason) {
        return act(id, version, s -> s.reject(reason));
    }

    @Transactional
    public ScholarshipView end(long id, Integer version, String reason) {
        return act(id, version, s -> s.end(reason));
    }

    /** The city records the payment of a semester (the amount is the setting's). */
    @Transactional
    public ScholarshipView disburse(long id, Integer semester, BigDecimal gpa) {
        access.requireRole(Role.CITY, Role.ADMIN);
        Row row = find(id, true);
        List<Integer> paid = jdbc.sql(
                        "select semester from programmes.scholarship_disbursement where scholarship_id = ?")
                .param(id)
                .query(Integer.class)
                .list();
        row.aggregate().checkDisbursement(settings.scholarship(), semester == null ? 0 : semester, gpa, paid);
        try {
            jdbc.sql("insert into programmes.scholarship_disbursement (scholarship_id, semester, gpa, amount, paid_on,"
                            + " recorded_by) values (?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            semester,
                            gpa,
                            settings.scholarship().perSemester(),
                            settings.today(),
                            access.currentUsername().orElseThrow())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SEMESTER_ALREADY_PAID", semester);
        }
        audit.recordChange(
                "scholarship", String.valueOf(id), RegionCode.of(row.rtCode), null, Map.of("paidSemester", semester));
        return full(find(id, false));
    }

    private ScholarshipView act(long id, Integer version, java.util.function.Consumer<Scholarship> step) {
        Row row = find(id, true);
        access.requireRole(Role.CITY, Role.ADMIN);
        if (version != null && version != row.version) {
            throw new ProgrammeRuleException(Kind.CONFLICT, "SCHOLARSHIP_CHANGED");
        }
        Scholarship s = row.aggregate();
        ScholarshipStatus before = s.status();
        step.accept(s);
        jdbc.sql("update programmes.scholarship set status = ?, reason = ?, decided_by = ?, decided_at = now(),"
                        + " version = version + 1 where id = ?")
                .params(s.status().name(), s.reason(), access.currentUsername().orElseThrow(), id)
                .update();
        audit.recordChange(
                "scholarship",
                String.valueOf(id),
                RegionCode.of(row.rtCode),
                Map.of("status", before.name()),
                Map.of("status", s.status().name()));
        return full(find(id, false));
    }

    // ---- open figures

    /** Awarded scholarships per kecamatan (small counts withheld), with the quota and what is left. */
    @Transactional(readOnly = true)
    public OpenCounts openFigures() {
        Map<String, String> names = new HashMap<>();
        for (Region k : regions.descendants(RegionCode.of(settings.city()), "kecamatan")) {
            names.put(k.code().value(), k.name());
        }
        List<OpenCounts.Cell> cells = jdbc.sql("""
                        select left(rt_code, 8) kecamatan, count(distinct nik) n from programmes.scholarship
                        where status in ('AWARDED', 'ENDED') group by 1 order by 1
                        """)
                .query((rs, n) -> new OpenCounts.Cell(
                        rs.getString(1), names.getOrDefault(rs.getString(1), rs.getString(1)), rs.getLong(2)))
                .list();
        return OpenCounts.suppressed("beasiswa", awarded(), cells, settings.openDataMinimumCount());
    }

    // ---- helpers

    private long awarded() {
        return jdbc.sql("select count(*) from programmes.scholarship where status in ('AWARDED', 'ENDED')")
                .query(Long.class)
                .single();
    }

    private Row find(long id, boolean lock) {
        return RwFundRepository.bindScope(
                        jdbc.sql("select * from programmes.scholarship s where s.id = :id"
                                + " and " + AreaScope.sqlFilter("s.rt_code")
                                + (lock ? " for update" : "")),
                        access.currentScope())
                .param("id", id)
                .query((rs, n) -> row(rs, new HashMap<>()))
                .optional()
                .orElseThrow(() -> new NotFoundException("programmes.error.scholarship-not-found", id));
    }

    private ScholarshipView full(Row row) {
        List<ScholarshipView.Disbursement> paid = jdbc.sql("""
                        select semester, gpa, amount, paid_on, recorded_by from programmes.scholarship_disbursement
                        where scholarship_id = ? order by semester
                        """)
                .param(row.id)
                .query((rs, n) -> new ScholarshipView.Disbursement(
                        rs.getInt("semester"),
                        rs.getBigDecimal("gpa"),
                        Rupiah.of(rs.getLong("amount")),
                        rs.getDate("paid_on").toLocalDate(),
                        rs.getString("recorded_by")))
                .list();
        Set<String> actions = new LinkedHashSet<>();
        if (access.hasRole(Role.CITY) || access.hasRole(Role.ADMIN)) {
            switch (row.status) {
                case APPLIED -> {
                    actions.add("award");
                    actions.add("reject");
                }
                case AWARDED -> {
                    actions.add("disburse");
                    actions.add("end");
                }
                default -> {}
            }
        }
        return row.view(paid, actions);
    }

    private Row row(ResultSet rs, Map<String, String> places) throws SQLException {
        String rt = rs.getString("rt_code");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(
                rs.getLong("id"),
                access.identifier(rs.getString("nik"), RegionCode.of(rt)),
                rt,
                places.computeIfAbsent(rt, population::placeName),
                rs.getString("university"),
                rs.getString("study_programme"),
                rs.getInt("semester"),
                rs.getBigDecimal("gpa"),
                ScholarshipStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getString("applied_by"),
                rs.getTimestamp("applied_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getInt("version"));
    }

    private record Row(
            long id,
            String nik,
            String rtCode,
            String place,
            String university,
            String studyProgramme,
            int semester,
            BigDecimal gpa,
            ScholarshipStatus status,
            String reason,
            String appliedBy,
            java.time.Instant appliedAt,
            String decidedBy,
            java.time.Instant decidedAt,
            int version) {

        Scholarship aggregate() {
            return new Scholarship(id, status, semester, gpa, reason, version);
        }

        ScholarshipView view(List<ScholarshipView.Disbursement> paid, Set<String> actions) {
            return new ScholarshipView(
                    id,
                    nik,
                    rtCode,
                    place,
                    university,
                    studyProgramme,
                    semester,
                    gpa,
                    status,
                    reason,
                    appliedBy,
                    appliedAt,
                    decidedBy,
                    decidedAt,
                    version,
                    paid,
                    actions);
        }
    }
}
