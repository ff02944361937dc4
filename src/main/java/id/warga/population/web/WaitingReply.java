package id.warga.population.web;

import id.warga.population.PendingChange;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer to a change that waits for review: 202 Accepted, the submission's address in
 * {@code Location}, and where it stands. The registry shows the change once it is approved.
 */
record WaitingReply(
        long submissionId, String state, String awaiting, String rtCode, Instant submittedAt, String location) {

    static ResponseEntity<Object> of(PendingChange pending) {
        String location = "/api/submissions/" + pending.submissionId();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(location))
                .body(new WaitingReply(
                        pending.submissionId(),
                        pending.state().name(),
                        pending.awaiting(),
                        pending.rtCode(),
                        pending.submittedAt(),
                        location));
    }
}
