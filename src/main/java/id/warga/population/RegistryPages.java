package id.warga.population;

import id.warga.population.RegistryCommand.AddMember;
import id.warga.population.RegistryCommand.AnswerLabourBlock;
import id.warga.population.RegistryCommand.ChangeHead;
import id.warga.population.RegistryCommand.ChangeHousehold;
import id.warga.population.RegistryCommand.ChangeResident;
import id.warga.population.RegistryCommand.ConfirmWarning;
import id.warga.population.RegistryCommand.MoveHousehold;
import id.warga.population.RegistryCommand.RecordLifeEvent;
import id.warga.population.RegistryCommand.RegisterHousehold;
import id.warga.population.RegistryCommand.SplitHousehold;

/** Where the registry's pages show what a change concerns, and let the RT head redo a change sent back. */
public final class RegistryPages {

    private RegistryPages() {}

    /**
     * The page on which the RT head fixes a change sent back (or revises one still waiting),
     * filled with what they sent: handing it in again revises the same submission.
     */
    public static String fixPath(RegistryCommand command, long submissionId, String rtCode) {
        String fix = "?pengajuan=" + submissionId;
        if (command instanceof ChangeResident c) {
            return "/warga/penduduk/" + c.residentId() + "/ubah" + fix;
        } else if (command instanceof AnswerLabourBlock c) {
            return "/warga/penduduk/" + c.residentId() + "/kerja" + fix;
        } else if (command instanceof RecordLifeEvent c) {
            return "/warga/penduduk/" + c.residentId() + "/peristiwa" + fix;
        } else if (command instanceof AddMember c) {
            return "/warga/kk/" + c.householdId() + "/anggota-baru" + fix;
        } else if (command instanceof RegisterHousehold) {
            return "/warga/rt/" + rtCode + "/kk-baru" + fix;
        } else if (command instanceof ChangeHousehold c) {
            return "/warga/kk/" + c.householdId() + "/ubah";
        } else if (command instanceof ChangeHead c) {
            return "/warga/kk/" + c.householdId() + "/ubah";
        } else if (command instanceof MoveHousehold c) {
            return "/warga/kk/" + c.householdId() + "/ubah";
        } else if (command instanceof SplitHousehold c) {
            return "/warga/kk/" + c.householdId();
        } else if (command instanceof ConfirmWarning) {
            return "/warga/rt/" + rtCode + "/peringatan";
        }
        return "/warga/rt/" + rtCode;
    }

    /** The page of the record a change concerns: the household card, or the RT for a new KK. */
    public static String subjectPath(Long householdId, String rtCode) {
        return householdId != null ? "/warga/kk/" + householdId : "/warga/rt/" + rtCode;
    }
}
