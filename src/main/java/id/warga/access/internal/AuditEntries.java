package id.warga.access.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reading the audit trail: newest first, filtered by user, action, area and dates (WIB). */
@Service
public class AuditEntries {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final JdbcClient jdbc;
    private final AuditLog log;
    private final AuditSealer sealer;

    AuditEntries(JdbcClient jdbc, AuditLog log, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.log = log;
        this.sealer = sealer;
    }

    /** What to show; every part optional. {@code before} pages on: entries older than that id. */
    public record Filter(String username, String action, String area, LocalDate from, LocalDate to, Long before) {}

    /** One entry; {@code place} is its place in the hash chain (null until sealed, within a second). */
    public record Entry(
            long id,
            Instant at,
            String username,
            String action,
            String recordType,
            String recordId,
            String area,
            String client,
            String detail,
            Long place) {}

    public List<Entry> find(Filter filter, int limit) {
        log.flush();
        StringBuilder sql = new StringBuilder("""
                select e.id, e.at, e.username, e.action, e.record_type, e.record_id, e.area, e.client,
                       e.detail::text as detail, s.seq
                from access.audit_entry e left join access.audit_seal s on s.entry_id = e.id
                where true
                """);
        List<Object> params = new ArrayList<>();
        if (present(filter.username())) {
            sql.append(" and e.username = ?");
            params.add(filter.username().trim().toLowerCase());
        }
        if (present(filter.action())) {
            sql.append(" and e.action = ?");
            params.add(filter.action().trim().toUpperCase());
        }
        if (present(filter.area())) {
            sql.append(" and (e.area = ? or e.area like ?)");
            params.add(filter.area().trim());
            params.add(filter.area().trim() + ".%");
        }
        if (filter.from() != null) {
            sql.append(" and e.at >= ?");
            params.add(filter.from().atStartOfDay(WIB).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and e.at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(WIB).toOffsetDateTime());
        }
        if (filter.before() != null) {
            sql.append(" and e.id < ?");
            params.add(filter.before());
        }
        sql.append(" order by e.id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getString("record_type"),
                        rs.getString("record_id"),
                        rs.getString("area"),
                        rs.getString("client"),
                        rs.getString("detail"),
                        rs.getObject("seq") == null ? null : rs.getLong("seq")))
                .list();
    }

    /** Seals what is pending, then walks the whole chain. */
    public AuditChainReport check() {
        log.flush();
        return sealer.check();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
