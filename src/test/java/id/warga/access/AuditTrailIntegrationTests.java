package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.warga.access.internal.AuditChainReport;
import id.warga.access.internal.AuditEntries;
import id.warga.region.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail, in a database of its own: these tests tamper with the chain on purpose, which
 * must not disturb the chain checks of other tests.
 */
@SpringBootTest(properties = "warga.database.embedded.data-directory=target/test-postgres-audit")
@AutoConfigureMockMvc
class AuditTrailIntegrationTests {

    static final RegionCode RT = RegionCode.of("36.72.01.1002.001.001");

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditEntries entries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    void actAs(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_KELURAHAN"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<AuditEntries.Entry> of(String username) {
        return entries.find(new AuditEntries.Filter(username, null, null, null, null, null), 100);
    }

    /** What an attacker with the database owner's rights could do: SQL behind the triggers' back. */
    void behindTheTriggers(String sql, Object... params) {
        transaction.executeWithoutResult(tx -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).params(params).update();
        });
    }

    @Test
    void recordsReadsChangesAndExportsWithWhoWhatAndWhere() {
        actAs("lurah.audit");
        audit.recordRead("resident", "3672014101900001", RT);
        audit.recordChange("household", "77", RT, Map.of("members", 3), Map.of("members", 4));
        audit.recordExport(RegionCode.of("36.72.01.1002"), "residents.csv", 412);

        List<AuditEntries.Entry> found = of("lurah.audit");
        assertThat(found).extracting(AuditEntries.Entry::action).containsExactly("EXPORT", "CHANGE", "READ");
        assertThat(found.get(2).recordId()).isEqualTo("3672014101900001");
        assertThat(found.get(2).area()).isEqualTo(RT.value());
        assertThat(found.get(1).detail()).contains("\"before\"", "\"members\": 3", "\"after\"", "\"members\": 4");
        assertThat(found.get(0).detail()).contains("residents.csv", "412");
        assertThat(found)
                .allSatisfy(entry ->
                        assertThat(entry.place()).as("sealed into the chain").isNotNull());
    }

    @Test
    void neverKeepsAPasswordOrATokenInARecordedView() {
        actAs("scrub.audit");
        audit.recordChange(
                "account",
                "1",
                null,
                Map.of("name", "Budi", "password", "rahasia sekali"),
                Map.of("name", "Budi", "settings", Map.of("apiToken", "wrg_bocor", "passwordHash", "$2a$10$x")));

        String detail = of("scrub.audit").get(0).detail();
        assertThat(detail).contains("Budi").doesNotContain("rahasia", "wrg_bocor", "$2a$10$x", "password", "Token");
    }

    @Test
    void writesAChangeWithItsTransactionAndForgetsItWhenTheChangeRollsBack() {
        actAs("tx.audit");
        transaction.executeWithoutResult(tx -> {
            audit.recordChange("resident", "committed", RT, null, Map.of("name", "A"));
        });
        assertThat(jdbc.sql("select count(*) from access.audit_entry where record_id = 'committed'")
                        .query(Long.class)
                        .single())
                .as("written with the change, before any flush")
                .isEqualTo(1);
        transaction.executeWithoutResult(tx -> {
            audit.recordChange("resident", "rolled-back", RT, null, Map.of("name", "B"));
            tx.setRollbackOnly();
        });
        audit.flush();
        assertThat(of("tx.audit")).extracting(AuditEntries.Entry::recordId).containsExactly("committed");
    }

    @Test
    void aFlushWritesEveryEntryRecordedBeforeItEvenOneTheBackgroundWriterHasJustTaken() {
        // the background writer wakes as each entry arrives: a flush racing it must still
        // find the entry written when it returns, wherever the entry was at that moment
        actAs("handover.audit");
        for (int i = 0; i < 400; i++) {
            audit.recordRead("resident", "handover-" + i, RT);
            audit.flush();
            assertThat(jdbc.sql("select count(*) from access.audit_entry where record_id = ?")
                            .param("handover-" + i)
                            .query(Long.class)
                            .single())
                    .as("entry %d written when the flush returned", i)
                    .isEqualTo(1);
        }
    }

    @Test
    void keepsAnIntactChainOverManyEntries() {
        actAs("many.audit");
        for (int i = 0; i < 3000; i++) {
            audit.recordRead("resident", Integer.toString(i), RT);
        }
        AuditChainReport report = entries.check();
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isGreaterThanOrEqualTo(3000);
        assertThat(report.headHash()).hasSize(64);
        // other tests share the database and may leave entries of their own pending meanwhile:
        // what matters here is that every entry of this test is in the chain
        assertThat(jdbc.sql("""
                        select count(*) from access.audit_entry e
                        where e.username = 'many.audit'
                          and not exists (select 1 from access.audit_seal s where s.entry_id = e.id)""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from access.audit_entry where username = 'many.audit'")
                        .query(Long.class)
                        .single())
                .isEqualTo(3000);
    }

    @Test
    void filtersEntriesByUserActionAreaAndDateForAdministrators() throws Exception {
        actAs("filter.audit");
        audit.recordRead("resident", "in-kedaleman", RT);
        audit.recordRead("resident", "in-masigit", RegionCode.of("36.72.05.1003.001.001"));
        audit.flush();
        signOut();
        String today = LocalDate.now(AuditEntries.WIB).toString();
        mvc.perform(get("/api/audit")
                        .param("user", "filter.audit")
                        .param("action", "READ")
                        .param("area", "36.72.01")
                        .param("from", today)
                        .param("to", today)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries", Matchers.hasSize(1)))
                .andExpect(jsonPath("$.entries[0].recordId").value("in-kedaleman"));
        mvc.perform(get("/api/audit/check").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.intact").value(true));
        mvc.perform(get("/admin/audit")
                        .param("user", "filter.audit")
                        .param("check", "true")
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("in-masigit")))
                .andExpect(content().string(Matchers.containsString("Rantai hash utuh")));
    }

    @Nested
    class DetectsTampering {

        AuditEntries.Entry victim() {
            actAs("victim.audit");
            for (int i = 0; i < 5; i++) {
                audit.recordRead("resident", "victim-" + i, RT);
            }
            assertThat(entries.check().intact()).isTrue();
            return of("victim.audit").get(2);
        }

        @Test
        void anAlteredEntryAtItsPlace() {
            AuditEntries.Entry victim = victim();
            behindTheTriggers("update access.audit_entry set username = 'someone.else' where id = ?", victim.id());

            AuditChainReport report = entries.check();
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(victim.place());
            assertThat(report.brokenEntryId()).isEqualTo(victim.id());
            assertThat(report.problem()).isEqualTo("altered");

            behindTheTriggers("update access.audit_entry set username = 'victim.audit' where id = ?", victim.id());
            assertThat(entries.check().intact())
                    .as("intact again once restored")
                    .isTrue();
        }

        @Test
        void aRemovedEntry() {
            AuditEntries.Entry victim = victim();
            Map<String, Object> row = jdbc.sql("select * from access.audit_entry where id = ?")
                    .param(victim.id())
                    .query()
                    .singleRow();
            behindTheTriggers("delete from access.audit_entry where id = ?", victim.id());

            AuditChainReport report = entries.check();
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(victim.place());
            assertThat(report.problem()).isEqualTo("removed");

            behindTheTriggers(
                    "insert into access.audit_entry (id, at, username, action, record_type, record_id, area, client, detail)"
                            + " overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row.get("id"),
                    row.get("at"),
                    row.get("username"),
                    row.get("action"),
                    row.get("record_type"),
                    row.get("record_id"),
                    row.get("area"),
                    row.get("client"),
                    row.get("detail"));
            assertThat(entries.check().intact()).isTrue();
        }

        @Test
        void aRemovedSealAsAGapInTheChain() {
            AuditEntries.Entry victim = victim();
            Map<String, Object> seal = jdbc.sql("select * from access.audit_seal where seq = ?")
                    .param(victim.place())
                    .query()
                    .singleRow();
            behindTheTriggers("delete from access.audit_seal where seq = ?", victim.place());

            AuditChainReport report = entries.check();
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenAt()).isEqualTo(victim.place());
            assertThat(report.problem()).isEqualTo("removed");

            behindTheTriggers(
                    "insert into access.audit_seal (seq, entry_id, prev_hash, hash) values (?, ?, ?, ?)",
                    seal.get("seq"),
                    seal.get("entry_id"),
                    seal.get("prev_hash"),
                    seal.get("hash"));
            assertThat(entries.check().intact()).isTrue();
        }
    }

    @Nested
    class Refuses {

        @Test
        void toUpdateOrDeleteAnEntryThroughSql() {
            actAs("refuse.audit");
            audit.recordRead("resident", "kept", RT);
            audit.flush();
            assertThatThrownBy(() -> jdbc.sql("update access.audit_entry set username = 'x' where record_id = 'kept'")
                            .update())
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> jdbc.sql("delete from access.audit_seal").update())
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() ->
                            jdbc.sql("truncate access.audit_entry cascade").update())
                    .isInstanceOf(DataAccessException.class);
        }
    }
}
