package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The checks of the scope walk, for one route and one kind of caller. Each builds the route's
 * sample request, lets the caller add its credentials, and asserts what that caller must get.
 */
final class RouteChecks {

    private final MockMvc mvc;

    RouteChecks(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Anonymous: open routes answer; everything else asks for credentials. */
    void anonymous(Route route, UnaryOperator<MockHttpServletRequestBuilder> credentials) throws Exception {
        MockHttpServletResponse response = send(route, route.sample, credentials);
        String what = "anonymous " + route.method + " " + route.sample;
        if (route.access == Route.Access.OPEN) {
            assertReached(route, response, what + " is open");
            assertThat(redirectsToLogin(response)).as(what + " is open").isFalse();
        } else if (route.isApi()) {
            assertThat(response.getStatus())
                    .as(what + " must ask for credentials")
                    .isEqualTo(401);
            assertThat(response.getContentAsString()).as(what).contains("\"error\":\"unauthenticated\"");
        } else {
            assertThat(redirectsToLogin(response))
                    .as(what + " must be sent to the login page, got " + response.getStatus())
                    .isTrue();
        }
    }

    /** The {@code rt} user: admin routes refuse, own data answers, another RT's data stays hidden. */
    void rt(Route route, UnaryOperator<MockHttpServletRequestBuilder> credentials, RouteFixtures fixtures)
            throws Exception {
        switch (route.access) {
            case OPEN, SIGNED_IN -> {
                if (route.sample != null) {
                    MockHttpServletResponse response = send(route, route.sample, credentials);
                    assertReached(route, response, "rt " + route.method + " " + route.sample + " must be reached");
                    assertListed(route, response);
                }
            }
            case ADMIN -> {
                MockHttpServletResponse response = send(route, route.sample, credentials);
                assertThat(response.getStatus())
                        .as("rt " + route.method + " " + route.sample + " is for administrators")
                        .isEqualTo(403);
                if (route.isApi()) {
                    assertThat(response.getContentAsString()).contains("\"error\":\"forbidden\"");
                }
            }
            case AREA -> {
                assertThat(route.foreign != null || !route.hides.isEmpty())
                        .as(route + " needs foreign(...) or hides(...) to prove the scope")
                        .isTrue();
                if (route.own != null) {
                    MockHttpServletResponse response = send(route, route.own, credentials);
                    assertThat(response.getStatus())
                            .as("rt " + route.method + " " + route.own + " (own RT) must be answered")
                            .isLessThan(400);
                }
                if (route.sample != null && (!route.hides.isEmpty() || !route.shows.isEmpty())) {
                    MockHttpServletResponse response = send(route, route.sample, credentials);
                    assertThat(response.getStatus())
                            .as("rt " + route.method + " " + route.sample)
                            .isLessThan(400);
                    assertListed(route, response);
                }
            }
        }
        if (route.foreign != null) {
            MockHttpServletResponse response = send(route, route.foreign, credentials);
            String what = "rt " + route.method + " " + route.foreign + " (another user's or RT's record)";
            if (route.isSafe()) {
                assertThat(response.getStatus())
                        .as(what + " must be answered as absent")
                        .isEqualTo(404);
            } else {
                assertThat(response.getStatus()).as(what + " must be refused").isIn(403, 404);
            }
            if (route.unchanged != null) {
                route.unchanged.accept(fixtures);
            }
        }
    }

    private static void assertReached(Route route, MockHttpServletResponse response, String what) {
        if (route.status != null) {
            assertThat(response.getStatus()).as(what).isEqualTo(route.status);
        } else {
            assertThat(response.getStatus()).as(what).isNotIn(401, 403).isLessThan(500);
        }
    }

    private static void assertListed(Route route, MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString();
        for (String text : route.shows) {
            assertThat(body)
                    .as("rt's answer to " + route.sample + " must show its own " + text)
                    .contains(text);
        }
        for (String text : route.hides) {
            assertThat(body)
                    .as("rt's answer to " + route.sample + " must hide another RT's " + text)
                    .doesNotContain(text);
        }
    }

    MockHttpServletResponse send(Route route, String uri, UnaryOperator<MockHttpServletRequestBuilder> credentials)
            throws Exception {
        assertThat(uri).as(route + " needs a sample(...) request").isNotNull();
        String method = route.method.equals("*") ? "GET" : route.method;
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri)
                .accept(route.isApi() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (route.body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(route.body);
        }
        for (String[] field : route.form) {
            request.param(field[0], field[1]);
        }
        return mvc.perform(credentials.apply(request)).andReturn().getResponse();
    }

    static boolean redirectsToLogin(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() / 100 == 3
                && location != null
                && location.matches("(https?://[^/]+)?/login(\\?.*)?");
    }
}
