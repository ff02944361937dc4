package id.warga.region;

/** Someone took office as head of a unit; Access may offer them an account scoped to it. */
public record HeadAppointed(long termId, long headId, RegionCode regionCode, String office) {}
