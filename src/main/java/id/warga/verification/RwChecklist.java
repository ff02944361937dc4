package id.warga.verification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What an RW head sees before attesting the month: each RT of the RW with its attestation (or
 * none yet), the submissions waiting in the RW, and the RW's attestation once made.
 */
public record RwChecklist(
        String rwCode,
        String name,
        YearMonth month,
        LocalDate deadline,
        boolean pastDeadline,
        List<RtStatus> rts,
        int pendingSubmissions,
        AttestationView attestation) {

    @JsonProperty
    public long attested() {
        return rts.stream().filter(r -> r.attestation() != null).count();
    }

    @JsonProperty
    public long attestedOnTime() {
        return rts.stream()
                .filter(r -> r.attestation() != null && r.attestation().onTime())
                .count();
    }

    /** One RT of the RW and its attestation of the month, if made. */
    public record RtStatus(String rtCode, String place, AttestationView attestation) {}
}
