package id.warga.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Walks every route the application maps, as Spring's handler mappings report them at test time,
 * and proves for each one that anonymous visitors reach only the open ones and that the {@code rt}
 * demo user (one RT, {@link RouteFixtures#OWN_RT}) can neither read nor change another RT's data.
 * A route that no {@link RouteCatalogue} classifies fails the walk: a module that adds a route adds
 * it to its catalogue (see docs/access.md).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    RouteFixtures fixtures;
    final Map<String, Route> catalogued = new TreeMap<>();
    final Map<String, String> duplicates = new TreeMap<>();
    MockHttpSession rtSession;
    String rtToken;

    @BeforeAll
    void prepareTheWalk() throws Exception {
        fixtures = new RouteFixtures(context);
        for (RouteCatalogue catalogue : catalogues()) {
            catalogue.prepare(fixtures);
            for (Route route : catalogue.routes()) {
                if (catalogued.put(route.key(), route) != null) {
                    duplicates.put(route.key(), catalogue.getClass().getSimpleName());
                }
            }
        }
        MvcResult login = mvc.perform(post("/login")
                        .param("username", "rt")
                        .param("password", "demo")
                        .with(csrf()))
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).doesNotContain("error");
        rtSession = (MockHttpSession) login.getRequest().getSession();
        String created = mvc.perform(post("/api/me/tokens")
                        .with(httpBasic("rt", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"scope walk\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        rtToken = JsonPath.read(created, "$.token");
    }

    static List<RouteCatalogue> catalogues() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(RouteCatalogue.class));
        List<RouteCatalogue> found = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("id.warga")) {
            var constructor = Class.forName(candidate.getBeanClassName()).getDeclaredConstructor();
            constructor.setAccessible(true);
            found.add((RouteCatalogue) constructor.newInstance());
        }
        return found;
    }

    /** "GET /api/regions/{code}" for every mapped pattern and method; "*" where any method is mapped. */
    Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        routes.add("* " + pattern);
                    }
                    methods.forEach(method -> routes.add(method.name() + " " + pattern));
                }
            }
        }
        return routes;
    }

    @Test
    void everyMappedRouteIsInARouteCatalogue() {
        Set<String> missing = new TreeSet<>(mappedRoutes());
        missing.removeAll(catalogued.keySet());
        assertThat(missing)
                .as("Routes no RouteCatalogue classifies. Add each to your module's catalogue "
                        + "(src/test/java/id/warga/<module>/<Module>Routes.java, see docs/access.md)")
                .isEmpty();
        assertThat(duplicates).as("routes classified twice").isEmpty();
    }

    @Test
    void catalogueNamesOnlyRoutesThatExist() {
        Set<String> stale = new TreeSet<>(catalogued.keySet());
        stale.removeAll(mappedRoutes());
        assertThat(stale)
                .as("catalogued routes that no controller maps any more")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> anonymousVisitorsReachOnlyTheOpenRoutes() {
        RouteChecks checks = new RouteChecks(mvc);
        return catalogued.values().stream()
                .map(route ->
                        DynamicTest.dynamicTest(route.toString(), () -> checks.anonymous(route, anonymous(route))));
    }

    @TestFactory
    Stream<DynamicTest> anRtHeadNeitherReadsNorChangesAnotherRt() {
        RouteChecks checks = new RouteChecks(mvc);
        return catalogued.values().stream()
                .map(route -> DynamicTest.dynamicTest(route.toString(), () -> checks.rt(route, rt(route), fixtures)));
    }

    /** Anonymous requests carry a valid CSRF token, so what refuses them is the access rule. */
    private static UnaryOperator<MockHttpServletRequestBuilder> anonymous(Route route) {
        return request -> route.isSafe() || route.isApi() ? request : request.with(csrf());
    }

    /** The API with the rt user's personal token; pages in the rt user's signed-in session. */
    private UnaryOperator<MockHttpServletRequestBuilder> rt(Route route) {
        if (route.isApi()) {
            return request -> request.header("Authorization", "Bearer " + rtToken);
        }
        return request -> {
            request.session(rtSession);
            return route.isSafe() ? request : request.with(csrf());
        };
    }
}
