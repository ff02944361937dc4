package id.warga.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import id.warga.access.AccessFixtures;
import id.warga.access.Role;
import id.warga.access.Route;
import id.warga.access.RouteCatalogue;
import id.warga.access.RouteFixtures;
import java.time.Year;
import java.util.List;
import java.util.Map;

/**
 * The programmes' routes for the scope walk. An approved plan of the environment fund lies in the
 * RW next to the {@code rt} user's (RW 002 of Kedaleman): the {@code rt} user neither sees it in
 * a list nor opens it, and every change aimed at it (drafting, the workflow's steps, spending,
 * progress) answers 404 and leaves it as it was. The open pages answer anyone.
 */
class ProgrammesRoutes implements RouteCatalogue {

    static final String OTHER_RW = "36.72.01.1002.002";

    RouteFixtures walk;
    long otherPlan;
    long otherActivity;
    String otherBefore;
    int year;
    long aidProgramme;
    String ownNik;
    String otherNik;
    long ownScholarship;
    long otherScholarship;
    String ownStudent;
    String otherStudent;
    String otherScholarshipBefore;

    @Override
    public void prepare(RouteFixtures fixtures) {
        walk = fixtures;
        year = Year.now().getValue();
        ProgrammeFixtures programmes = fixtures.bean(ProgrammeFixtures.class);
        String head = fixtures.bean(AccessFixtures.class).user("rw-walk", Role.RW, OTHER_RW);
        long id = programmes
                .as(
                        head,
                        () -> programmes.plans.start(
                                OTHER_RW,
                                year,
                                List.of(ProgrammeFixtures.activity(
                                        "Jalan lingkungan", ActivityCategory.INFRASTRUKTUR, 50_000_000))))
                .plan()
                .id();
        programmes.as(head, () -> programmes.plans.submit(id, null));
        programmes.as("lurah", () -> programmes.plans.verify(id, null));
        programmes.as("camat", () -> programmes.plans.verify(id, null));
        PlanView approved = programmes.as("kota", () -> programmes.plans.approve(id, null));
        otherPlan = id;
        otherActivity = approved.activities().get(0).id();
        otherBefore = state();

        AidProgrammes aid = fixtures.bean(AidProgrammes.class);
        aidProgramme = programmes
                .as(
                        "kota",
                        () -> aid.create(new NewAidProgramme(
                                "Bantuan jalan-jalan " + System.nanoTime(),
                                AidSource.CSR,
                                AidTarget.PERSON,
                                year,
                                Rupiah.of(250_000),
                                null)))
                .id();
        ownNik = resident(programmes, RouteFixtures.OWN_RT.value());
        otherNik = resident(programmes, RouteFixtures.OTHER_RT.value());
        programmes.as("kota", () -> aid.addRecipient(aidProgramme, ownNik));
        programmes.as("kota", () -> aid.addRecipient(aidProgramme, otherNik));

        Scholarships scholarships = fixtures.bean(Scholarships.class);
        ownStudent = resident(programmes, RouteFixtures.OWN_RT.value());
        otherStudent = resident(programmes, RouteFixtures.OTHER_RT.value());
        ownScholarship = programmes
                .as("kota", () -> scholarships.apply(new NewScholarship(ownStudent, "UNTIRTA", "Hukum", 1, null)))
                .id();
        otherScholarship = programmes
                .as("kota", () -> scholarships.apply(new NewScholarship(otherStudent, "UNTIRTA", "Hukum", 1, null)))
                .id();
        programmes.as("kota", () -> scholarships.award(otherScholarship, null));
        otherScholarshipBefore = scholarshipState();
    }

    private String scholarshipState() {
        return walk.jdbc()
                .sql(
                        "select status || ':' || version || ':' || (select count(*) from programmes.scholarship_disbursement d"
                                + " where d.scholarship_id = s.id) from programmes.scholarship s where id = ?")
                .param(otherScholarship)
                .query(String.class)
                .single();
    }

    private static String resident(ProgrammeFixtures programmes, String rt) {
        return programmes
                .registry
                .singleIn(
                        rt,
                        "WARGA PENERIMA",
                        id.warga.population.Sex.MALE,
                        java.time.LocalDate.now().minusYears(60),
                        null)
                .head()
                .nik();
    }

    private long recipients() {
        return walk.jdbc()
                .sql("select count(*) from programmes.aid_recipient where programme_id = ?")
                .param(aidProgramme)
                .query(Long.class)
                .single();
    }

    @Override
    public List<Route> routes() {
        String plan = "/program/dana-rw/" + otherPlan;
        String api = "/api/programmes/rw-fund/plans/" + otherPlan;
        String activity = "/kegiatan/" + otherActivity;
        String apiActivity = "/activities/" + otherActivity;
        return List.of(
                // ---- pages
                Route.signedIn("GET", "/program"),
                Route.area("GET", "/program/dana-rw")
                        .sample("/program/dana-rw?tahun=" + year)
                        .hides("plan-" + otherPlan),
                Route.area("GET", "/program/dana-rw/{id}").sample(plan).foreign(plan),
                change("POST", "/program/dana-rw", "/program/dana-rw")
                        .form(Map.of("rwCode", OTHER_RW, "year", String.valueOf(year + 1)))
                        .unchanged(f -> assertThat(f.jdbc()
                                        .sql("select count(*) from programmes.rw_fund_plan where rw_code = ?")
                                        .param(OTHER_RW)
                                        .query(Long.class)
                                        .single())
                                .isEqualTo(1)),
                change("POST", "/program/dana-rw/{id}/kegiatan", plan + "/kegiatan")
                        .form(Map.of("name", "Pos ronda", "category", "INFRASTRUKTUR", "budget", "1000000")),
                change("POST", "/program/dana-rw/{id}/kegiatan/{position}/hapus", plan + "/kegiatan/1/hapus"),
                change("POST", "/program/dana-rw/{id}/ajukan", plan + "/ajukan"),
                change("POST", "/program/dana-rw/{id}/periksa", plan + "/periksa"),
                change("POST", "/program/dana-rw/{id}/setujui", plan + "/setujui"),
                change("POST", "/program/dana-rw/{id}/kembalikan", plan + "/kembalikan")
                        .form(Map.of("reason", "salah")),
                change("POST", "/program/dana-rw/{id}/kegiatan/{activityId}/belanja", plan + activity + "/belanja")
                        .form(Map.of(
                                "spentOn", year + "-01-01",
                                "amount", "1000",
                                "description", "semen",
                                "receiptNumber", "KW-1")),
                change("POST", "/program/dana-rw/{id}/kegiatan/{activityId}/kemajuan", plan + activity + "/kemajuan")
                        .form(Map.of("percent", "100")),
                Route.area("GET", "/program/dana-rw/{id}/kegiatan/{activityId}/foto")
                        .sample(plan + activity + "/foto")
                        .foreign(plan + activity + "/foto"),
                Route.open("GET", "/data-terbuka/dana-rw"),
                Route.signedIn("GET", "/program/bantuan"),
                Route.admin("POST", "/program/bantuan")
                        .form(Map.of("name", "Liar", "source", "CSR", "target", "PERSON", "amount", "1")),
                Route.area("GET", "/program/bantuan/{id}")
                        .sample("/program/bantuan/" + aidProgramme)
                        .shows(ownNik)
                        .hides(otherNik, otherNik.substring(0, 4) + "**********" + otherNik.substring(14)),
                Route.area("POST", "/program/bantuan/{id}/penerima")
                        .sample("/program/bantuan/" + aidProgramme + "/penerima")
                        .foreign("/program/bantuan/" + aidProgramme + "/penerima")
                        .form(Map.of("identifier", otherNik))
                        .unchanged(f -> assertThat(recipients()).isEqualTo(2)),
                Route.admin("POST", "/program/bantuan/{id}/pengecualian")
                        .sample("/program/bantuan/" + aidProgramme + "/pengecualian")
                        .form(Map.of("other", String.valueOf(aidProgramme))),
                Route.open("GET", "/data-terbuka/bantuan"),
                Route.area("GET", "/program/beasiswa").shows(ownStudent).hides(otherStudent),
                Route.area("POST", "/program/beasiswa")
                        .foreign("/program/beasiswa")
                        .form(Map.of(
                                "nik", otherStudent, "university", "UI", "studyProgramme", "Hukum", "semester", "1"))
                        .unchanged(f -> assertThat(scholarships(otherStudent)).isEqualTo(1)),
                Route.area("GET", "/program/beasiswa/{id}")
                        .sample("/program/beasiswa/" + ownScholarship)
                        .own("/program/beasiswa/" + ownScholarship)
                        .foreign("/program/beasiswa/" + otherScholarship),
                scholarship("POST", "/program/beasiswa/{id}/berikan", "/program/beasiswa/%d/berikan"),
                scholarship("POST", "/program/beasiswa/{id}/tolak", "/program/beasiswa/%d/tolak")
                        .form(Map.of("reason", "x")),
                scholarship("POST", "/program/beasiswa/{id}/akhiri", "/program/beasiswa/%d/akhiri")
                        .form(Map.of("reason", "x")),
                scholarship("POST", "/program/beasiswa/{id}/pencairan", "/program/beasiswa/%d/pencairan")
                        .form(Map.of("semester", "1")),
                Route.open("GET", "/data-terbuka/beasiswa"),

                // ---- API
                Route.area("GET", "/api/programmes/rw-fund/plans")
                        .sample("/api/programmes/rw-fund/plans?year=" + year)
                        .hides("\"id\":" + otherPlan + ","),
                change("POST", "/api/programmes/rw-fund/plans", "/api/programmes/rw-fund/plans")
                        .body("{\"rwCode\": \"" + OTHER_RW + "\", \"year\": " + (year + 1) + "}"),
                Route.area("GET", "/api/programmes/rw-fund/plans/{id}")
                        .sample(api)
                        .foreign(api),
                change("PUT", "/api/programmes/rw-fund/plans/{id}", api)
                        .body(
                                "{\"activities\": [{\"name\": \"Pos\", \"category\": \"INFRASTRUKTUR\", \"budget\": 1}]}"),
                change("POST", "/api/programmes/rw-fund/plans/{id}/submit", api + "/submit")
                        .body("{}"),
                change("POST", "/api/programmes/rw-fund/plans/{id}/verify", api + "/verify")
                        .body("{}"),
                change("POST", "/api/programmes/rw-fund/plans/{id}/approve", api + "/approve")
                        .body("{}"),
                change("POST", "/api/programmes/rw-fund/plans/{id}/return", api + "/return")
                        .body("{\"reason\": \"salah\"}"),
                change(
                                "POST",
                                "/api/programmes/rw-fund/plans/{id}/activities/{activityId}/spending",
                                api + apiActivity + "/spending")
                        .body("{\"spentOn\": \"" + year + "-01-01\", \"amount\": 1000, \"description\": \"semen\","
                                + " \"receiptNumber\": \"KW-1\"}"),
                change(
                        "POST",
                        "/api/programmes/rw-fund/plans/{id}/activities/{activityId}/progress",
                        api + apiActivity + "/progress"),
                Route.area("GET", "/api/programmes/rw-fund/plans/{id}/activities/{activityId}/photo")
                        .sample(api + apiActivity + "/photo")
                        .foreign(api + apiActivity + "/photo"),
                Route.open("GET", "/api/open/programmes/rw-fund"),
                Route.signedIn("GET", "/api/programmes/aid"),
                Route.admin("POST", "/api/programmes/aid")
                        .body("{\"name\": \"Liar\", \"source\": \"CSR\", \"target\": \"PERSON\", \"amount\": 1}"),
                Route.signedIn("GET", "/api/programmes/aid/{id}").sample("/api/programmes/aid/" + aidProgramme),
                Route.admin("POST", "/api/programmes/aid/{id}/exclusions")
                        .sample("/api/programmes/aid/" + aidProgramme + "/exclusions")
                        .body("{\"programmeId\": " + aidProgramme + "}"),
                Route.area("GET", "/api/programmes/aid/{id}/recipients")
                        .sample("/api/programmes/aid/" + aidProgramme + "/recipients")
                        .shows(ownNik)
                        .hides(otherNik, otherNik.substring(0, 4) + "**********" + otherNik.substring(14)),
                Route.area("POST", "/api/programmes/aid/{id}/recipients")
                        .sample("/api/programmes/aid/" + aidProgramme + "/recipients")
                        .foreign("/api/programmes/aid/" + aidProgramme + "/recipients")
                        .body("{\"identifier\": \"" + otherNik + "\"}")
                        .unchanged(f -> assertThat(recipients()).isEqualTo(2)),
                Route.open("GET", "/api/open/programmes/aid"),
                Route.area("GET", "/api/programmes/scholarships")
                        .shows(ownStudent)
                        .hides(otherStudent),
                Route.area("POST", "/api/programmes/scholarships")
                        .foreign("/api/programmes/scholarships")
                        .body("{\"nik\": \"" + otherStudent
                                + "\", \"university\": \"UI\", \"studyProgramme\": \"Hukum\"," + " \"semester\": 1}")
                        .unchanged(f -> assertThat(scholarships(otherStudent)).isEqualTo(1)),
                Route.area("GET", "/api/programmes/scholarships/{id}")
                        .sample("/api/programmes/scholarships/" + ownScholarship)
                        .own("/api/programmes/scholarships/" + ownScholarship)
                        .foreign("/api/programmes/scholarships/" + otherScholarship),
                scholarship("POST", "/api/programmes/scholarships/{id}/award", "/api/programmes/scholarships/%d/award")
                        .body("{}"),
                scholarship(
                                "POST",
                                "/api/programmes/scholarships/{id}/reject",
                                "/api/programmes/scholarships/%d/reject")
                        .body("{\"reason\": \"x\"}"),
                scholarship("POST", "/api/programmes/scholarships/{id}/end", "/api/programmes/scholarships/%d/end")
                        .body("{\"reason\": \"x\"}"),
                scholarship(
                                "POST",
                                "/api/programmes/scholarships/{id}/disbursements",
                                "/api/programmes/scholarships/%d/disbursements")
                        .body("{\"semester\": 1}"),
                Route.open("GET", "/api/open/programmes/scholarships"));
    }

    /** A decision on the neighbour RT's scholarship: refused, and it stays as it was. */
    private Route scholarship(String method, String pattern, String uri) {
        String sample = uri.formatted(otherScholarship);
        return Route.area(method, pattern)
                .sample(sample)
                .foreign(sample)
                .unchanged(f -> assertThat(scholarshipState())
                        .as("the neighbour's scholarship is unchanged")
                        .isEqualTo(otherScholarshipBefore));
    }

    private long scholarships(String nik) {
        return walk.jdbc()
                .sql("select count(*) from programmes.scholarship where nik = ?")
                .param(nik)
                .query(Long.class)
                .single();
    }

    /** A change aimed at the other RW's plan: refused, and the plan stays as it was. */
    private Route change(String method, String pattern, String uri) {
        return Route.area(method, pattern)
                .sample(uri)
                .foreign(uri)
                .unchanged(f -> assertThat(state())
                        .as("the other RW's plan is unchanged")
                        .isEqualTo(otherBefore));
    }

    private String state() {
        return walk.jdbc().sql("""
                        select p.status || ':' || p.version || ':'
                               || (select count(*) from programmes.rw_fund_activity a where a.plan_id = p.id) || ':'
                               || (select count(*) from programmes.rw_fund_spending s
                                   join programmes.rw_fund_activity a on a.id = s.activity_id where a.plan_id = p.id)
                        from programmes.rw_fund_plan p where p.id = ?
                        """).param(otherPlan).query(String.class).single();
    }
}
