package id.warga.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The scope walk's checks catch the leaks they exist for, shown on a deliberately leaky controller. */
class RouteChecksTests {

    @RestController
    static class Households {

        @GetMapping("/api/households")
        List<String> all() {
            return List.of("own household 001", "foreign household 002");
        }

        @GetMapping("/api/own-households")
        List<String> own() {
            return List.of("own household 001");
        }

        @GetMapping("/api/households/{id}")
        ResponseEntity<String> one(@PathVariable int id) {
            return id == 404 ? ResponseEntity.notFound().build() : ResponseEntity.ok("household " + id);
        }

        @PostMapping("/api/households/{id}/members")
        ResponseEntity<String> add(@PathVariable int id) {
            return id == 404 ? ResponseEntity.notFound().build() : ResponseEntity.ok("added");
        }

        @GetMapping("/api/secret")
        String secret() {
            return "for administrators";
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Households()).build();
    final RouteChecks checks = new RouteChecks(mvc);
    final UnaryOperator<MockHttpServletRequestBuilder> asIs = request -> request;

    @Test
    void acceptsAListFilteredToTheOwnRt() {
        Route route = Route.area("GET", "/api/own-households")
                .shows("own household 001")
                .hides("foreign household 002");
        assertThatCode(() -> checks.rt(route, asIs, null)).doesNotThrowAnyException();
    }

    @Test
    void acceptsARecordOfAnotherRtAnsweredAsAbsent() {
        Route route = Route.area("GET", "/api/households/{id}")
                .own("/api/households/1")
                .foreign("/api/households/404");
        assertThatCode(() -> checks.rt(route, asIs, null)).doesNotThrowAnyException();
    }

    @Nested
    class Catches {

        @Test
        void aListThatShowsAnotherRt() {
            Route route = Route.area("GET", "/api/households")
                    .shows("own household 001")
                    .hides("foreign household 002");
            assertThatThrownBy(() -> checks.rt(route, asIs, null)).hasMessageContaining("must hide another RT's");
        }

        @Test
        void aRecordOfAnotherRtThatIsShown() {
            Route route = Route.area("GET", "/api/households/{id}").foreign("/api/households/2");
            assertThatThrownBy(() -> checks.rt(route, asIs, null)).hasMessageContaining("answered as absent");
        }

        @Test
        void aChangeOfAnotherRtThatIsAccepted() {
            Route route = Route.area("POST", "/api/households/{id}/members").foreign("/api/households/2/members");
            assertThatThrownBy(() -> checks.rt(route, asIs, null)).hasMessageContaining("must be refused");
        }

        @Test
        void anAreaRouteWithoutProofOfItsScope() {
            Route route = Route.area("GET", "/api/households/{id}").own("/api/households/1");
            assertThatThrownBy(() -> checks.rt(route, asIs, null))
                    .hasMessageContaining("needs foreign(...) or hides(...)");
        }

        @Test
        void anAdministratorsRouteOpenToAnRtHead() {
            Route route = Route.admin("GET", "/api/secret");
            assertThatThrownBy(() -> checks.rt(route, asIs, null)).hasMessageContaining("is for administrators");
        }

        @Test
        void aClosedRouteThatAnswersAnonymousVisitors() {
            Route route = Route.signedIn("GET", "/api/secret");
            assertThatThrownBy(() -> checks.anonymous(route, asIs)).hasMessageContaining("must ask for credentials");
        }

        @Test
        void aChangeThatLeavesAnotherRtsRecordChanged() {
            Route route = Route.area("POST", "/api/households/{id}/members")
                    .foreign("/api/households/404/members")
                    .unchanged(fixtures -> {
                        throw new AssertionError("the record changed");
                    });
            assertThatThrownBy(() -> checks.rt(route, asIs, null)).hasMessageContaining("the record changed");
        }
    }
}
