package id.warga.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A NIK looked up whatever its holder's status is answered by the two partial NIK indexes (the
 * living, the departed), never by reading every resident: with sequential scans discouraged, a
 * query no index can serve would still show one in its plan.
 */
@SpringBootTest
class NikLookupPlanIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void findsANikAmongTheLivingAndTheDepartedThroughTheirIndexes() {
        String plan = transaction.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            List<String> lines = jdbc.sql("explain select id from population.resident where id in ("
                            + RegistryQueries.RESIDENTS_WITH_NIK + ")")
                    .param("number", "3672010101900001")
                    .query(String.class)
                    .list();
            return String.join("\n", lines);
        });

        assertThat(plan)
                .contains("resident_nik_alive")
                .contains("resident_nik_departed")
                .doesNotContain("Seq Scan on resident");
    }
}
