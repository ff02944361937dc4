package id.warga.programmes;

/** What an activity of the environment fund builds: infrastructure, or people (empowerment). */
public enum ActivityCategory {
    INFRASTRUKTUR,
    PEMBERDAYAAN
}
