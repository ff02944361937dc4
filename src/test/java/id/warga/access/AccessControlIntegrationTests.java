package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.warga.region.RegionCode;
import id.warga.shared.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
class AccessControlIntegrationTests {

    static final RegionCode OWN = RegionCode.of("36.72.01.1002.001.001");
    static final RegionCode NEIGHBOUR = RegionCode.of("36.72.01.1002.001.002");

    @Autowired
    AccessControl access;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A principal made the way other modules' tests make one, e.g. with {@code user("rt")}. */
    void actAs(String username, String... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList(roles)));
    }

    @Test
    void takesTheScopeOfAMockUserFromTheAccountOfThatName() {
        actAs("rt", "ROLE_RT");
        assertThat(access.currentScope().roots()).containsExactly(OWN);
        assertThat(access.currentUsername()).contains("rt");
        assertThat(access.hasRole(Role.RT)).isTrue();
    }

    @Test
    void showsIdentifiersInFullOnlyInsideTheScope() {
        actAs("rt", "ROLE_RT");
        assertThat(access.identifier("3672014101900001", OWN)).isEqualTo("3672014101900001");
        assertThat(access.identifier("3672014101900002", NEIGHBOUR)).isEqualTo("3672**********02");
        assertThat(access.reveals(NEIGHBOUR)).isFalse();
    }

    @Test
    void answersAnAreaOutsideTheScopeAsAbsent() {
        actAs("rw", "ROLE_RW");
        access.requireInScope(NEIGHBOUR);
        assertThatThrownBy(() -> access.requireInScope(RegionCode.of("36.72.01.1002.002.001")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void givesCityWideRolesEverythingAndAnonymousVisitorsNothing() {
        actAs("kota", "ROLE_CITY");
        assertThat(access.currentScope().unrestricted()).isTrue();
        signOut();
        assertThat(access.currentScope().isEmpty()).isTrue();
        assertThat(access.currentUsername()).isEmpty();
        assertThat(access.identifier("3672014101900001", OWN)).isEqualTo("3672**********01");
    }

    @Test
    void refusesARoleTheUserDoesNotHold() {
        actAs("lurah", "ROLE_KELURAHAN");
        access.requireRole(Role.KELURAHAN, Role.ADMIN);
        assertThatThrownBy(() -> access.requireRole(Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
    }

    /** The SQL form of a scope selects exactly the codes that {@link AreaScope#covers} accepts. */
    @Test
    void selectsInSqlExactlyWhatTheScopeCovers() {
        Random random = new Random(2025);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            codes.add(AreaScopeTests.randomCode(random).value());
        }
        for (int round = 0; round < 50; round++) {
            AreaScope scope = AreaScope.of(new java.util.HashSet<>(
                    List.of(AreaScopeTests.randomCode(random), AreaScopeTests.randomCode(random))));
            List<String> selected = jdbc.sql("""
                            select code from unnest(cast(? as text[])) as c(code)
                            where code = any(?) or code like any(?) order by code
                            """)
                    .params(codes.toArray(String[]::new), scope.exactCodes(), scope.likePatterns())
                    .query(String.class)
                    .list();
            List<String> covered = codes.stream()
                    .filter(code -> scope.covers(RegionCode.of(code)))
                    .sorted()
                    .toList();
            assertThat(selected).as(scope.toString()).isEqualTo(covered);
        }
    }
}
