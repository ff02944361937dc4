package id.warga.programmes;

/** Whom an aid programme reaches: a person (by NIK) or a household (by KK number). */
public enum AidTarget {
    PERSON,
    HOUSEHOLD
}
