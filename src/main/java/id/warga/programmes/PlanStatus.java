package id.warga.programmes;

/** Where an RW's yearly plan stands: drafted by the RW head, then verified kelurahan › kecamatan, approved by the city. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    VERIFIED_KELURAHAN,
    VERIFIED_KECAMATAN,
    APPROVED;

    /** Handed in and waiting for a verifier. */
    public boolean underReview() {
        return this == SUBMITTED || this == VERIFIED_KELURAHAN || this == VERIFIED_KECAMATAN;
    }
}
