package id.warga.population;

/** Where a resident aged 15+ stands in the labour force, derived from the labour block. */
public enum LabourStatus {
    EMPLOYED,
    UNEMPLOYED,
    NOT_IN_LABOUR_FORCE
}
