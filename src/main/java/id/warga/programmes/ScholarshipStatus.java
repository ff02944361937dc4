package id.warga.programmes;

/** Where a scholarship stands: applied for, awarded (counts against the quota) or rejected, and an award that ended. */
public enum ScholarshipStatus {
    APPLIED,
    AWARDED,
    REJECTED,
    ENDED
}
