package id.warga.region;

import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Heads of units over time. A new appointment ends an open-ended predecessor the day before it
 * starts; any other overlap with an existing term of the same unit is refused. One person may
 * head several units.
 */
@Service
public class RegionHeads {

    private static final String TERM_COLUMNS = """
            t.id, t.head_id, h.name, t.region_code, t.office, t.sk_number, t.starts_on, t.ends_on
            from region.head_term t join region.head h on h.id = t.head_id
            """;

    private final RegionDirectory directory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    RegionHeads(RegionDirectory directory, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
    }

    public static String officeOf(String level) {
        return switch (level) {
            case "kota", "kabupaten" -> "WALIKOTA";
            case "kecamatan" -> "CAMAT";
            case "kelurahan" -> "LURAH";
            case "rw" -> "KETUA_RW";
            case "rt" -> "KETUA_RT";
            default -> throw new BadRequestException("no_head_office", "error.head.no-office", level);
        };
    }

    @Transactional
    public HeadTerm appoint(RegionCode unit, HeadAppointment appointment) {
        Region region = directory.require(unit);
        String office = officeOf(region.level());
        if (appointment.endsOn() != null && appointment.endsOn().isBefore(appointment.startsOn())) {
            throw invalid("endsOn", "order", "error.head.dates");
        }
        long headId = appointment.headId() != null ? existingHead(appointment.headId()) : newHead(appointment);

        jdbc.sql("""
                        update region.head_term set ends_on = ?
                        where region_code = ? and ends_on is null and starts_on < ?
                        """)
                .params(appointment.startsOn().minusDays(1), unit.value(), appointment.startsOn())
                .update();
        LocalDate end = appointment.endsOn() == null ? LocalDate.of(9999, 12, 31) : appointment.endsOn();
        int overlapping = jdbc.sql("""
                        select count(*) from region.head_term
                        where region_code = ? and starts_on <= ? and coalesce(ends_on, date '9999-12-31') >= ?
                        """)
                .params(unit.value(), end, appointment.startsOn())
                .query(Integer.class)
                .single();
        if (overlapping > 0) {
            throw invalid("startsOn", "overlap", "error.head.overlap");
        }
        long termId = jdbc.sql("""
                        insert into region.head_term (head_id, region_code, office, sk_number, starts_on, ends_on)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        headId,
                        unit.value(),
                        office,
                        appointment.skNumber().trim(),
                        appointment.startsOn(),
                        appointment.endsOn())
                .query(Long.class)
                .single();
        events.publishEvent(new HeadAppointed(termId, headId, unit, office));
        return term(termId).orElseThrow();
    }

    /** Every term of the unit, newest first. */
    public List<HeadTerm> terms(RegionCode unit) {
        return jdbc.sql("select " + TERM_COLUMNS + " where t.region_code = ? order by t.starts_on desc")
                .param(unit.value())
                .query(RegionHeads::map)
                .list();
    }

    /** Who held the office of the unit on a given day (the honor list asks this of the deadline day). */
    public Optional<HeadTerm> headOn(RegionCode unit, LocalDate day) {
        return jdbc.sql("select " + TERM_COLUMNS
                        + " where t.region_code = ? and t.starts_on <= ? and (t.ends_on is null or t.ends_on >= ?)"
                        + " order by t.starts_on desc limit 1")
                .params(unit.value(), day, day)
                .query(RegionHeads::map)
                .optional();
    }

    /**
     * Who held the office of each unit inside an area (the area's own unit included) on a day:
     * one query for the thousands of RTs and RWs of a city, as the honor list needs them.
     */
    public java.util.Map<RegionCode, HeadTerm> headsOn(RegionCode area, LocalDate day) {
        java.util.Map<RegionCode, HeadTerm> heads = new java.util.TreeMap<>();
        jdbc.sql("select distinct on (t.region_code) " + TERM_COLUMNS
                        + " where (t.region_code = ? or t.region_code like ?) and t.starts_on <= ?"
                        + " and (t.ends_on is null or t.ends_on >= ?) order by t.region_code, t.starts_on desc")
                .params(area.value(), area.value() + ".%", day, day)
                .query(RegionHeads::map)
                .list()
                .forEach(term -> heads.put(term.regionCode(), term));
        return heads;
    }

    /** Every unit a person heads or headed. */
    public List<HeadTerm> termsOf(long headId) {
        return jdbc.sql("select " + TERM_COLUMNS + " where t.head_id = ? order by t.starts_on desc")
                .param(headId)
                .query(RegionHeads::map)
                .list();
    }

    private Optional<HeadTerm> term(long id) {
        return jdbc.sql("select " + TERM_COLUMNS + " where t.id = ?")
                .param(id)
                .query(RegionHeads::map)
                .optional();
    }

    private long existingHead(long id) {
        return jdbc.sql("select id from region.head where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("error.head.not-found", id));
    }

    private long newHead(HeadAppointment appointment) {
        if (appointment.name() == null || appointment.name().isBlank()) {
            throw invalid("name", "required", "error.head.name-required");
        }
        return jdbc.sql("insert into region.head (name, nik, phone) values (?, ?, ?) returning id")
                .params(appointment.name().trim(), appointment.nik(), appointment.phone())
                .query(Long.class)
                .single();
    }

    private static BadRequestException invalid(String field, String code, String key) {
        return new BadRequestException("invalid_appointment", List.of(new ApiError.Violation(field, code, key)), key);
    }

    private static HeadTerm map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Date ends = rs.getDate("ends_on");
        return new HeadTerm(
                rs.getLong("id"),
                rs.getLong("head_id"),
                rs.getString("name"),
                new RegionCode(rs.getString("region_code")),
                rs.getString("office"),
                rs.getString("sk_number"),
                rs.getDate("starts_on").toLocalDate(),
                ends == null ? null : ends.toLocalDate());
    }
}
