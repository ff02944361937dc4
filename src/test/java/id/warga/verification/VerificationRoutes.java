package id.warga.verification;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.access.Route;
import id.warga.access.RouteCatalogue;
import id.warga.access.RouteFixtures;
import id.warga.population.CodeLists;
import id.warga.population.HouseholdView;
import id.warga.population.LabourActivity;
import id.warga.population.PopulationDirectory;
import id.warga.population.PopulationRegistry;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryFixtures;
import id.warga.population.RegistryIntake;
import id.warga.population.ResidentView;
import id.warga.population.Sex;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verification module's routes for the scope walk (and the one it adds to the registry's
 * pages). One submission waits in the {@code rt} user's own RT (handed in by them), one in the
 * neighbouring RT (handed in by the RW head, so it waits for the kelurahan): the {@code rt} user
 * sees only their own, and every review step, attestation or completeness request aimed at the
 * neighbour answers 404 and changes nothing. Honor lists are for city and kelurahan offices: 403.
 */
class VerificationRoutes implements RouteCatalogue {

    static final String OWN_RT = RouteFixtures.OWN_RT.value();
    static final String OTHER_RT = RouteFixtures.OTHER_RT.value();
    static final String RW = "36.72.01.1002.001";
    static final String OWN_NAME = "ZAKARIA PEMERIKSA";
    static final String OTHER_NAME = "YUSUF PEMERIKSA";

    RouteFixtures walk;
    RegistryFixtures registry;
    HouseholdView ownHousehold;
    HouseholdView otherHousehold;
    long ownSubmission;
    long otherSubmission;
    String otherBefore;
    String month;

    @Override
    public void prepare(RouteFixtures fixtures) {
        walk = fixtures;
        registry = new RegistryFixtures(
                fixtures.bean(PopulationRegistry.class),
                fixtures.bean(PopulationDirectory.class),
                fixtures.bean(RegionUnits.class),
                fixtures.bean(RegionDirectory.class));
        ownHousehold = single(OWN_RT, OWN_NAME);
        otherHousehold = single(OTHER_RT, OTHER_NAME);
        ownSubmission = answer("rt", ownHousehold);
        otherSubmission = answer("rw", otherHousehold);
        otherBefore = state(otherSubmission);
        month = fixtures.bean(VerificationSettings.class).currentMonth().toString();
        assertThat(YearMonth.parse(month)).isNotNull();
    }

    private HouseholdView single(String rt, String name) {
        return registry.register(
                registry.rt(rt),
                List.of(new NewMember(
                        RegistryFixtures.person(name, Sex.MALE, LocalDate.now().minusYears(44), CodeLists.HEAD),
                        RegistryFixtures.answer(LabourActivity.LOOKING_FOR_WORK))));
    }

    /** The user hands in a labour answer for the household's head: it waits for review. */
    private long answer(String user, HouseholdView household) {
        ResidentView head = household.head();
        Received received = registry.as(
                user,
                () -> walk.bean(RegistryIntake.class)
                        .submit(
                                new RegistryCommand.AnswerLabourBlock(
                                        head.id(),
                                        head.version(),
                                        RegistryFixtures.answer(LabourActivity.WORKED),
                                        Set.of()),
                                null));
        assertThat(received.waiting()).as(user + "'s change waits for review").isTrue();
        return received.pending().submissionId();
    }

    @Override
    public List<Route> routes() {
        return List.of(
                // ---- pages
                Route.signedIn("GET", "/verifikasi"),
                Route.area("GET", "/pengajuan")
                        .sample("/pengajuan?tampil=ALL&area=" + RW)
                        .shows(OWN_NAME)
                        .hides(OTHER_NAME),
                Route.area("GET", "/pengajuan/{id}")
                        .sample("/pengajuan/" + ownSubmission)
                        .own("/pengajuan/" + ownSubmission)
                        .foreign("/pengajuan/" + otherSubmission),
                review("POST", "/pengajuan/{id}/periksa", "/pengajuan/%d/periksa"),
                review("POST", "/pengajuan/{id}/setujui", "/pengajuan/%d/setujui"),
                review("POST", "/pengajuan/{id}/tolak", "/pengajuan/%d/tolak").form(Map.of("reason", "NIK salah")),
                review("POST", "/pengajuan/{id}/tarik", "/pengajuan/%d/tarik"),
                Route.signedIn("GET", "/pengesahan").answers(302),
                Route.area("GET", "/pengesahan/{code}")
                        .sample("/pengesahan/" + OWN_RT)
                        .own("/pengesahan/" + OWN_RT)
                        .foreign("/pengesahan/" + OTHER_RT),
                Route.area("POST", "/pengesahan/{code}")
                        .sample("/pengesahan/" + OTHER_RT)
                        .foreign("/pengesahan/" + OTHER_RT)
                        .form(Map.of("confirm", "yes"))
                        .unchanged(f -> assertNotAttested(OTHER_RT)),
                Route.signedIn("GET", "/kelengkapan").answers(302),
                Route.area("GET", "/kelengkapan/{code}")
                        .sample("/kelengkapan/" + OWN_RT)
                        .own("/kelengkapan/" + OWN_RT)
                        .foreign("/kelengkapan/" + OTHER_RT),
                Route.admin("GET", "/honor"),
                Route.admin("GET", "/honor/{month}").sample("/honor/" + month),
                Route.area("POST", "/warga/kk/{id}/diperiksa")
                        .sample("/warga/kk/" + otherHousehold.id() + "/diperiksa")
                        .own("/warga/kk/" + ownHousehold.id() + "/diperiksa")
                        .foreign("/warga/kk/" + otherHousehold.id() + "/diperiksa")
                        .unchanged(f -> assertThat(f.jdbc()
                                        .sql("select checked_on from population.household where id = ?")
                                        .param(otherHousehold.id())
                                        .query(LocalDate.class)
                                        .optional())
                                .as("the neighbour's household was not marked as checked")
                                .isEqualTo(java.util.Optional.ofNullable(otherHousehold.checkedOn()))),

                // ---- API
                Route.area("GET", "/api/submissions")
                        .sample("/api/submissions?filter=ALL&area=" + RW + "&size=100")
                        .shows(OWN_NAME)
                        .hides(OTHER_NAME),
                Route.area("GET", "/api/submissions/{id}")
                        .sample("/api/submissions/" + ownSubmission)
                        .own("/api/submissions/" + ownSubmission)
                        .foreign("/api/submissions/" + otherSubmission),
                review("POST", "/api/submissions/{id}/verify", "/api/submissions/%d/verify")
                        .body("{}"),
                review("POST", "/api/submissions/{id}/approve", "/api/submissions/%d/approve")
                        .body("{}"),
                review("POST", "/api/submissions/{id}/reject", "/api/submissions/%d/reject")
                        .body("{\"reason\": \"NIK salah\"}"),
                review("POST", "/api/submissions/{id}/withdraw", "/api/submissions/%d/withdraw")
                        .body("{}"),
                Route.area("GET", "/api/attestations/{code}")
                        .sample("/api/attestations/" + OWN_RT)
                        .own("/api/attestations/" + OWN_RT)
                        .foreign("/api/attestations/" + OTHER_RT),
                Route.area("POST", "/api/attestations/{code}")
                        .sample("/api/attestations/" + OTHER_RT)
                        .foreign("/api/attestations/" + OTHER_RT)
                        .body("{}")
                        .unchanged(f -> assertNotAttested(OTHER_RT)),
                Route.area("GET", "/api/attestations")
                        .sample("/api/attestations?area=" + OWN_RT)
                        .own("/api/attestations?area=" + OWN_RT)
                        .foreign("/api/attestations?area=" + OTHER_RT),
                Route.area("GET", "/api/completeness/{code}")
                        .sample("/api/completeness/" + OWN_RT)
                        .own("/api/completeness/" + OWN_RT)
                        .foreign("/api/completeness/" + OTHER_RT),
                Route.admin("GET", "/api/honor/{month}").sample("/api/honor/" + month),
                Route.admin("GET", "/api/honor/{month}.xlsx").sample("/api/honor/" + month + ".xlsx"));
    }

    /** A review step aimed at the neighbour's submission: 404, and the submission stays as it was. */
    private Route review(String method, String pattern, String uri) {
        return Route.area(method, pattern)
                .sample(uri.formatted(otherSubmission))
                .foreign(uri.formatted(otherSubmission))
                .unchanged(f -> assertThat(state(otherSubmission))
                        .as("the neighbour's submission is unchanged")
                        .isEqualTo(otherBefore));
    }

    private String state(long submission) {
        return walk.jdbc()
                .sql("select status || ':' || version || ':' || reviews_done from verification.submission where id = ?")
                .param(submission)
                .query(String.class)
                .single();
    }

    private void assertNotAttested(String rt) {
        assertThat(walk.jdbc()
                        .sql("select count(*) from verification.attestation where unit_code = ?")
                        .param(rt)
                        .query(Long.class)
                        .single())
                .as("no attestation was made for " + rt)
                .isZero();
    }
}
