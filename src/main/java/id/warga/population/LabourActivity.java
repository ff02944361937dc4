package id.warga.population;

/**
 * The answer to the labour block (BPS Sakernas concepts) for a reference week, and the labour
 * status it implies: employed, openly unemployed, or not in the labour force.
 */
public enum LabourActivity {
    /** Worked at least one hour for pay or profit, or helped. */
    WORKED(LabourStatus.EMPLOYED),
    /** Has a job but was temporarily away from it. */
    TEMPORARILY_ABSENT(LabourStatus.EMPLOYED),
    LOOKING_FOR_WORK(LabourStatus.UNEMPLOYED),
    PREPARING_BUSINESS(LabourStatus.UNEMPLOYED),
    /** Not looking, believing no work is to be had. */
    DISCOURAGED(LabourStatus.UNEMPLOYED),
    /** Has a job that has not started yet. */
    JOB_STARTING_SOON(LabourStatus.UNEMPLOYED),
    SCHOOL(LabourStatus.NOT_IN_LABOUR_FORCE),
    HOUSEKEEPING(LabourStatus.NOT_IN_LABOUR_FORCE),
    OTHER(LabourStatus.NOT_IN_LABOUR_FORCE);

    private final LabourStatus status;

    LabourActivity(LabourStatus status) {
        this.status = status;
    }

    public LabourStatus status() {
        return status;
    }
}
