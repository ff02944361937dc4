package id.warga.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attestations as made, one per unit and month; a second for the same month is refused by the database too. */
@Repository
class AttestationRepository {

    private static final String COLUMNS = """
            unit_code, level, month, deadline, attested_by, attested_at, on_time, households, households_not_reviewed,
            review_months, working_age, labour_not_current, open_warnings, pending_submissions, rts, rts_attested,
            rts_attested_on_time""";

    private final JdbcClient jdbc;

    AttestationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the attestation; false when the unit's month was attested already (by a request racing this one). */
    boolean insert(AttestationView a) {
        return jdbc.sql("insert into verification.attestation (" + COLUMNS
                                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict (unit_code, month) do nothing")
                        .params(
                                a.unitCode(),
                                a.level(),
                                a.month().atDay(1),
                                a.deadline(),
                                a.attestedBy(),
                                Timestamp.from(a.attestedAt()),
                                a.onTime(),
                                a.households(),
                                a.householdsNotReviewed(),
                                a.reviewMonths(),
                                a.workingAge(),
                                a.labourNotCurrent(),
                                a.openWarnings(),
                                a.pendingSubmissions(),
                                a.rts(),
                                a.rtsAttested(),
                                a.rtsAttestedOnTime())
                        .update()
                == 1;
    }

    Optional<AttestationView> find(String unitCode, YearMonth month) {
        return jdbc.sql("select " + COLUMNS + " from verification.attestation where unit_code = ? and month = ?")
                .params(unitCode, month.atDay(1))
                .query(AttestationRepository::map)
                .optional();
    }

    /** Every attestation of the month made for the area's units (the area's own included). */
    List<AttestationView> inArea(String areaCode, YearMonth month) {
        return jdbc.sql("select " + COLUMNS + " from verification.attestation"
                        + " where month = ? and (unit_code = ? or unit_code like ?) order by unit_code")
                .params(month.atDay(1), areaCode, areaCode + ".%")
                .query(AttestationRepository::map)
                .list();
    }

    static AttestationView map(ResultSet rs, int row) throws SQLException {
        LocalDate month = rs.getObject("month", LocalDate.class);
        return new AttestationView(
                rs.getString("unit_code"),
                rs.getString("level"),
                YearMonth.from(month),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("attested_by"),
                rs.getTimestamp("attested_at").toInstant(),
                rs.getBoolean("on_time"),
                rs.getObject("households", Integer.class),
                rs.getObject("households_not_reviewed", Integer.class),
                rs.getObject("review_months", Integer.class),
                rs.getObject("working_age", Integer.class),
                rs.getObject("labour_not_current", Integer.class),
                rs.getObject("open_warnings", Integer.class),
                rs.getObject("pending_submissions", Integer.class),
                rs.getObject("rts", Integer.class),
                rs.getObject("rts_attested", Integer.class),
                rs.getObject("rts_attested_on_time", Integer.class));
    }
}
