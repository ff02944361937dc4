package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.access.AccessControl;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bulk load checks its rows' references per batch instead of row by row: every resident and
 * residence record it writes points at a household and resident that exist, a batch pointing at
 * a missing one is refused, and the foreign keys hold again for whatever the transaction writes next.
 */
@SpringBootTest
class BulkLoadReferencesIntegrationTests {

    static final String RT = "36.72.03.1002.962.001";

    @Autowired
    PopulationRegistry registry;

    @Autowired
    PopulationDirectory directory;

    @Autowired
    RegionUnits units;

    @Autowired
    RegionDirectory regions;

    @Autowired
    PopulationBulkLoad bulkLoad;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    RegistryStore store;

    @Autowired
    AccessControl access;

    @Value("${spring.datasource.url}")
    String url;

    RegistryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new RegistryFixtures(registry, directory, units, regions);
        fixtures.rt(RT);
    }

    @Test
    void writesRowsThatPointAtTheirHouseholdsAndResidents() {
        assertThat(bulkLoad.referenceChecksPerBatch())
                .as("the embedded database's account may check references per batch")
                .isTrue();
        List<NewHousehold> households = households(3);

        transaction.executeWithoutResult(status -> bulkLoad.load(households));

        List<String> kks = households.stream().map(NewHousehold::kkNumber).toList();
        assertThat(jdbc.sql("""
                        select count(*) from population.resident r join population.household h on h.id = r.household_id
                        where h.kk_number = any(cast(? as bpchar[]))""")
                        .param(kks.toArray(String[]::new))
                        .query(Long.class)
                        .single())
                .isEqualTo(9);
        assertThat(jdbc.sql("""
                        select count(*) from population.residence p
                        join population.resident r on r.id = p.resident_id and r.household_id = p.household_id
                        join population.household h on h.id = p.household_id
                        where h.kk_number = any(cast(? as bpchar[]))""")
                        .param(kks.toArray(String[]::new))
                        .query(Long.class)
                        .single())
                .isEqualTo(9);
    }

    @Test
    void keepsTheForeignKeysForWhatTheTransactionWritesAfterTheLoad() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    bulkLoad.load(households(1));
                    jdbc.sql("""
                                    insert into population.residence (resident_id, household_id, rt_code, valid_from)
                                    values (-1, -1, ?, current_date)""").param(RT).update();
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void checksPerBatchOnlyWhereTheAccountMaySetTheReplicationRole() {
        String role = "warga_plain_" + Long.toHexString(System.nanoTime());
        jdbc.sql("create role " + role + " login").update();
        try {
            DriverManagerDataSource plain = new DriverManagerDataSource(url, role, "");
            assertThat(new PopulationBulkLoad(plain, JdbcClient.create(plain), events, store, access)
                            .referenceChecksPerBatch())
                    .as("an ordinary account: every row is checked by its trigger")
                    .isFalse();
            jdbc.sql("grant set on parameter session_replication_role to " + role)
                    .update();
            assertThat(new PopulationBulkLoad(plain, JdbcClient.create(plain), events, store, access)
                            .referenceChecksPerBatch())
                    .as("an account granted the setting")
                    .isTrue();
        } finally {
            jdbc.sql("revoke set on parameter session_replication_role from " + role)
                    .update();
            jdbc.sql("drop role " + role).update();
        }
    }

    @Test
    void loadsTablesWhoseOnlyTriggersAreTheirForeignKeys() {
        // the load switches triggers off for its COPY statements: a trigger of these tables other
        // than a foreign key's would be skipped by every bulk load
        assertThat(jdbc.sql("""
                        select tgrelid::regclass::text || '.' || tgname from pg_trigger
                        where tgrelid in ('population.household'::regclass, 'population.resident'::regclass,
                                          'population.residence'::regclass)
                          and not tgisinternal""").query(String.class).list()).isEmpty();
    }

    @Test
    void refusesABatchPointingAtAHouseholdThatIsNotThere() {
        long missing = jdbc.sql("select coalesce(max(id), 0) + 1000000 from population.household")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                        status -> bulkLoad.checkReferences(new long[] {missing}, new long[0])))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not there");
    }

    private static List<NewHousehold> households(int count) {
        LocalDate today = LocalDate.now();
        List<NewHousehold> households = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<NewResident> members = new ArrayList<>();
            members.add(resident(today.minusYears(45), 1, Sex.MALE));
            members.add(resident(today.minusYears(41), 3, Sex.FEMALE));
            members.add(resident(today.minusYears(12), 4, Sex.FEMALE));
            households.add(new NewHousehold(RegistryFixtures.kkNumber(), "Jl. Uji Rujukan", RT, today, members));
        }
        return households;
    }

    private static NewResident resident(LocalDate born, int relation, Sex sex) {
        return new NewResident(
                RegistryFixtures.nik(born, sex),
                "WARGA RUJUKAN",
                sex,
                "CILEGON",
                born,
                1,
                1,
                5,
                1,
                relation,
                1,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
