package id.warga.programmes;

import java.time.Instant;

/** A recipient of an aid programme: the NIK or KK number (masked outside the reader's area), where, added by whom. */
public record RecipientView(
        long id, long programmeId, String identifier, String rtCode, String place, String addedBy, Instant addedAt) {}
