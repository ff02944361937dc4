package id.warga.demo;

/** The demo city was generated afresh (not reused): other modules may add demo data that needs its residents. */
public record DemoCityGenerated(int residents) {}
