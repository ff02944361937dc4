package id.warga.population;

/** A peristiwa kependudukan as the registry records it. */
public enum LifeEventKind {
    /** Lahir: a new member born into a household. */
    BIRTH,
    /** Mati. */
    DEATH,
    /** Pindah keluar: left the city. */
    MOVE_OUT,
    /** Pindah masuk: arrived from outside the city (or was registered for the first time). */
    MOVE_IN,
    /** Pindah antar-RT or to another KK inside the city; history keeps both ends. */
    MOVE_WITHIN,
    /** Hilang. */
    MISSING,
    /** Came back after being missing or after moving out. */
    RETURN,
    /** Left a KK to form a new one (pecah KK). */
    HOUSEHOLD_SPLIT,
    /** A KK entered the registry. */
    NEW_HOUSEHOLD
}
