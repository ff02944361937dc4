package id.warga.region;

/** An RW or RT was added to the tree. */
public record RegionUnitCreated(RegionCode code, String level) {}
