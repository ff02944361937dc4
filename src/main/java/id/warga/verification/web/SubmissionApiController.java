package id.warga.verification.web;

import id.warga.population.Listing;
import id.warga.verification.Recheck;
import id.warga.verification.SubmissionSummary;
import id.warga.verification.SubmissionView;
import id.warga.verification.Submissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/submissions")
@Tag(
        name = "Pengajuan",
        description = "RT heads' changes waiting for review (the registry's API answers 202 with one). "
                + "The RW verifies, the kelurahan approves (the levels are a setting); a reviewer may send a "
                + "submission back with a reason, and the RT head fixes it by sending the change again. "
                + "A step the workflow does not allow answers 409 (or 403 when it is someone else's) naming the "
                + "rule; send the version you saw to be told when someone acted first.")
class SubmissionApiController {

    private final Submissions submissions;

    SubmissionApiController(Submissions submissions) {
        this.submissions = submissions;
    }

    @GetMapping
    @Operation(summary = "Submissions in the caller's area, newest first (a queue: oldest first)")
    Listing<SubmissionSummary> list(
            @Parameter(description = "FOR_ME (my review queue), WAITING, RETURNED, DECIDED or ALL (default)")
                    @RequestParam(defaultValue = "ALL")
                    Submissions.Filter filter,
            @Parameter(description = "a region code inside the caller's area") @RequestParam(required = false)
                    String area,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return submissions.list(new Submissions.Query(area, filter, page, size));
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "A submission with its trail, the change beside the registry's data, and what approving it meets now")
    Detail get(@PathVariable long id) {
        SubmissionView view = submissions.get(id);
        return new Detail(view, submissions.recheck(id));
    }

    @PostMapping("/{id}/verify")
    @Operation(summary = "Verify (a review level below the last)")
    SubmissionView verify(@PathVariable long id, @RequestBody(required = false) Review body) {
        return submissions.verify(id, version(body));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve (the last review level): the change enters the registry now, or 409 says why not")
    SubmissionView approve(@PathVariable long id, @RequestBody(required = false) Review body) {
        return submissions.approve(id, version(body));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Send back to the RT head with a reason")
    SubmissionView reject(@PathVariable long id, @RequestBody(required = false) Review body) {
        return submissions.reject(id, body == null ? null : body.reason(), version(body));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw (the RT head, before approval)")
    SubmissionView withdraw(@PathVariable long id, @RequestBody(required = false) Review body) {
        return submissions.withdraw(id, version(body));
    }

    private static Integer version(Review body) {
        return body == null ? null : body.version();
    }

    /** A review action: the version the reviewer saw (optional) and, to send back, the reason. */
    record Review(Integer version, String reason) {}

    /** A submission and what approving it would meet now. */
    record Detail(SubmissionView view, Recheck recheck) {}
}
