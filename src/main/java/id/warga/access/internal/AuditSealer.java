package id.warga.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links audit entries into a hash chain: the entry at place n is sealed with
 * SHA-256(n, hash of place n-1, every field of the entry). Entries are sealed in the order they
 * become visible, so a long transaction that commits late simply gets a later place.
 */
@Component
public class AuditSealer {

    static final String GENESIS = "0".repeat(64);
    private static final long LOCK = 0x57_41_52_47_41_01L;
    private static final int BATCH = 2000;
    private static final String ENTRY_COLUMNS =
            "e.id, e.at, e.username, e.action, e.record_type, e.record_id, e.area, e.client, e.detail::text as detail";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    AuditSealer(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Seals every pending entry; returns how many. One sealer at a time, across instances too. */
    public int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = transaction.execute(tx -> sealBatch());
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch() {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
        List<Entry> entries = jdbc.query(
                "select " + ENTRY_COLUMNS
                        + " from access.audit_pending p join access.audit_entry e on e.id = p.entry_id"
                        + " order by p.entry_id limit " + BATCH,
                AuditSealer::entry);
        if (entries.isEmpty()) {
            return 0;
        }
        List<Object[]> seals = new ArrayList<>();
        List<Object[]> done = new ArrayList<>();
        Object[] last = jdbc
                .query("select seq, hash from access.audit_seal order by seq desc limit 1", (rs, n) ->
                        new Object[] {rs.getLong(1), rs.getString(2)})
                .stream()
                .findFirst()
                .orElse(new Object[] {0L, GENESIS});
        long seq = (Long) last[0];
        String previous = (String) last[1];
        for (Entry entry : entries) {
            seq++;
            String hash = hash(seq, previous, entry);
            seals.add(new Object[] {seq, entry.id(), previous, hash});
            done.add(new Object[] {entry.id()});
            previous = hash;
        }
        jdbc.batchUpdate("insert into access.audit_seal (seq, entry_id, prev_hash, hash) values (?, ?, ?, ?)", seals);
        jdbc.batchUpdate("delete from access.audit_pending where entry_id = ?", done);
        return entries.size();
    }

    /** Walks the whole chain in order and reports the first broken link. */
    public AuditChainReport check() {
        return transaction.execute(tx -> {
            long pending = jdbc.queryForObject("select count(*) from access.audit_pending", Long.class);
            Walk walk = new Walk();
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(1000);
            streaming.query(
                    "select s.seq, s.entry_id as sealed_id, s.prev_hash, s.hash, " + ENTRY_COLUMNS
                            + " from access.audit_seal s left join access.audit_entry e on e.id = s.entry_id"
                            + " order by s.seq",
                    rs -> {
                        if (walk.report == null) {
                            walk.next(rs);
                        }
                    });
            return walk.report != null
                    ? walk.report.withPending(pending)
                    : AuditChainReport.intact(walk.checked, pending, walk.previous);
        });
    }

    private static final class Walk {
        long expected = 1;
        long checked;
        String previous = GENESIS;
        Broken report;

        void next(ResultSet rs) throws SQLException {
            long seq = rs.getLong("seq");
            long sealedId = rs.getLong("sealed_id");
            if (seq != expected) {
                report = new Broken(checked, expected, null, "removed");
                return;
            }
            if (!previous.equals(rs.getString("prev_hash"))) {
                report = new Broken(checked, seq, sealedId, "relinked");
                return;
            }
            if (rs.getObject("id") == null) {
                report = new Broken(checked, seq, sealedId, "removed");
                return;
            }
            String hash = hash(seq, previous, entry(rs, 0));
            if (!hash.equals(rs.getString("hash"))) {
                report = new Broken(checked, seq, sealedId, "altered");
                return;
            }
            previous = hash;
            expected++;
            checked++;
        }
    }

    private record Broken(long checked, long place, Long entryId, String problem) {
        AuditChainReport withPending(long pending) {
            return AuditChainReport.broken(checked, pending, place, entryId, problem);
        }
    }

    record Entry(
            long id,
            Instant at,
            String username,
            String action,
            String recordType,
            String recordId,
            String area,
            String client,
            String detail) {}

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("area"),
                rs.getString("client"),
                rs.getString("detail"));
    }

    /** Each field length-prefixed, so no two different entries can produce the same text. */
    static String hash(long seq, String previous, Entry e) {
        StringBuilder text = new StringBuilder();
        long micros = e.at().getEpochSecond() * 1_000_000 + e.at().getNano() / 1000;
        for (Object field : new Object[] {
            seq,
            previous,
            e.id(),
            micros,
            e.username(),
            e.action(),
            e.recordType(),
            e.recordId(),
            e.area(),
            e.client(),
            e.detail()
        }) {
            if (field == null) {
                text.append("-1:;");
            } else {
                String value = field.toString();
                text.append(value.length()).append(':').append(value).append(';');
            }
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
