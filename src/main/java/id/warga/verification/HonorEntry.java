package id.warga.verification;

import java.time.Instant;

/**
 * One line of the honor list: an RT or RW, the head who held office on the deadline day (none
 * when the office was vacant), whether they earned the month's honor and why ({@code reason}:
 * {@code ATTESTED_ON_TIME}, {@code ATTESTED_LATE}, {@code NOT_ATTESTED}, {@code NO_HEAD},
 * {@code NOT_CLEAN}, {@code RTS_NOT_CLEAN}), the amount payable, and who attested when.
 */
public record HonorEntry(
        String unitCode,
        String level,
        String unitName,
        String kelurahan,
        String kecamatan,
        Long headId,
        String headName,
        String skNumber,
        boolean eligible,
        String reason,
        long amount,
        String attestedBy,
        Instant attestedAt) {}
