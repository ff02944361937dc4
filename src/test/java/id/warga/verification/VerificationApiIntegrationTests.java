package id.warga.verification;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.warga.access.AccessFixtures;
import id.warga.population.HouseholdView;
import id.warga.population.ResidentView;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The review through the API: 202 for an RT head's change, then verify and approve; refusals name the rule. */
@SpringBootTest
@AutoConfigureMockMvc
class VerificationApiIntegrationTests {

    static final String RT = "36.72.08.1005.901.001";

    @Autowired
    MockMvc mvc;

    @Autowired
    VerificationFixtures fixtures;

    VerificationFixtures.Area area;
    HouseholdView family;
    ResidentView wife;

    @BeforeEach
    void area() {
        area = fixtures.area(RT);
        family = fixtures.family(RT);
        wife = fixtures.member(family, "SITI AMINAH");
    }

    ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(user, AccessFixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "id"));
    }

    long handIn() throws Exception {
        String answer = as(
                        area.rtHead(),
                        put("/api/residents/" + wife.id() + "/labour")
                                .content("{\"version\": %d, \"activity\": \"WORKED\", \"referenceDate\": \"%s\"}"
                                        .formatted(wife.version(), LocalDate.now())))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/submissions/")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(answer, "$.submissionId")).longValue();
    }

    @Test
    void anRtHeadsChangeIsAcceptedForReviewThenVerifiedAndApproved() throws Exception {
        long id = handIn();
        as(area.rwHead(), get("/api/submissions").param("filter", "FOR_ME"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));
        as(area.rwHead(), get("/api/submissions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view.submission.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.view.submission.awaiting").value("RW"))
                .andExpect(jsonPath("$.view.actions", hasItem("verify")))
                .andExpect(jsonPath("$.view.changes[?(@.field == 'activity')].proposed", hasItem("bekerja")))
                .andExpect(jsonPath("$.view.command.type").value("AnswerLabourBlock"))
                .andExpect(jsonPath("$.recheck.stale").value(false));
        as(area.rwHead(), post("/api/submissions/" + id + "/verify").content("{\"version\": 0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submission.status").value("VERIFIED"))
                .andExpect(jsonPath("$.submission.awaiting").value("KELURAHAN"));
        as(area.lurah(), post("/api/submissions/" + id + "/approve"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submission.status").value("APPROVED"))
                .andExpect(jsonPath("$.trail.length()").value(3));
        as(area.rtHead(), get("/api/residents/" + wife.id()))
                .andExpect(jsonPath("$.labour.activity").value("WORKED"));
    }

    @Nested
    class RefusesWithTheRule {

        @Test
        void anApprovalBeforeTheRwVerifiedIs409() throws Exception {
            long id = handIn();
            as(area.lurah(), post("/api/submissions/" + id + "/approve"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.error").value("illegal_transition"))
                    .andExpect(jsonPath("$.message")
                            .value(org.hamcrest.Matchers.containsString("menunggu pemeriksaan RW")))
                    .andExpect(jsonPath("$.violations[0].code").value("SUBMISSION_NEEDS_REVIEW_FIRST"));
        }

        @Test
        void aSecondDecisionIs409NamingWhoDecidedFirst() throws Exception {
            long id = handIn();
            as(area.rwHead(), post("/api/submissions/" + id + "/reject").content("{\"reason\": \"Periksa lagi\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.submission.status").value("REJECTED"))
                    .andExpect(jsonPath("$.submission.rejectionReason").value("Periksa lagi"));
            as(area.rwHead(), post("/api/submissions/" + id + "/verify"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.violations[0].code").value("SUBMISSION_ALREADY_DECIDED"))
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(area.rwHead())));
        }

        @Test
        void aReviewOfSomeoneElsesLevelIs403() throws Exception {
            long id = handIn();
            as(area.rtHead(), post("/api/submissions/" + id + "/verify"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.error").value("forbidden"))
                    .andExpect(jsonPath("$.violations[0].code").value("REVIEWER_NOT_AT_LEVEL"));
        }

        @Test
        void aRejectionWithoutAReasonIs400InEnglishWhenAsked() throws Exception {
            long id = handIn();
            mvc.perform(post("/api/submissions/" + id + "/reject")
                            .with(httpBasic(area.rwHead(), AccessFixtures.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .header("Accept-Language", "en")
                            .content("{}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value("invalid_request"))
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Write why")));
        }

        @Test
        void aStaleVersionIs409() throws Exception {
            long id = handIn();
            as(area.rwHead(), post("/api/submissions/" + id + "/verify").content("{\"version\": 7}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.violations[0].code").value("SUBMISSION_CHANGED"));
        }

        @Test
        void aListPageTooLargeIs400() throws Exception {
            as(area.rwHead(), get("/api/submissions").param("size", "1000"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.violations[0].code").value("SIZE_RANGE"));
            as(area.rwHead(), get("/api/submissions").param("filter", "SOME")).andExpect(status().isBadRequest());
        }

        @Test
        void anotherAreasSubmissionIs404() throws Exception {
            long id = handIn();
            mvc.perform(get("/api/submissions/" + id).with(httpBasic("lurah", "demo")))
                    .andExpect(status().isNotFound());
        }
    }
}
