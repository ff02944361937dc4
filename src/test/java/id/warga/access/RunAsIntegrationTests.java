package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.region.RegionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class RunAsIntegrationTests {

    @Autowired
    AccessControl access;

    @Test
    void backgroundWorkRunsWithTheAccountsAreaAndTheCallerComesBackAfter() {
        SecurityContextHolder.clearContext();
        List<Object> seen = new ArrayList<>();

        access.runAs("rt", () -> {
            seen.add(access.currentUsername().orElse(null));
            seen.add(access.currentScope().covers(RegionCode.of("36.72.01.1002.001.001")));
            seen.add(access.currentScope().covers(RegionCode.of("36.72.01.1002.002.001")));
        });

        assertThat(seen).containsExactly("rt", true, false);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
