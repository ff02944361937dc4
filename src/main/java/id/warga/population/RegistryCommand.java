package id.warga.population;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A change to the registry, as data: what an RT head (or an officer) asks for. Each command is
 * applied whole by {@link PopulationRegistry#apply} or not at all, after the rules and the
 * version it was based on are checked. Commands serialise to JSON (with a {@code type}) so a
 * change can wait for approval and be applied later exactly as it was asked.
 *
 * <p>{@code confirmedWarnings} holds the codes of warnings the sender has seen and confirmed;
 * any other warning stops the command until confirmed.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RegistryCommand.RegisterHousehold.class, name = "RegisterHousehold"),
    @JsonSubTypes.Type(value = RegistryCommand.ChangeHousehold.class, name = "ChangeHousehold"),
    @JsonSubTypes.Type(value = RegistryCommand.ChangeHead.class, name = "ChangeHead"),
    @JsonSubTypes.Type(value = RegistryCommand.MoveHousehold.class, name = "MoveHousehold"),
    @JsonSubTypes.Type(value = RegistryCommand.SplitHousehold.class, name = "SplitHousehold"),
    @JsonSubTypes.Type(value = RegistryCommand.AddMember.class, name = "AddMember"),
    @JsonSubTypes.Type(value = RegistryCommand.ChangeResident.class, name = "ChangeResident"),
    @JsonSubTypes.Type(value = RegistryCommand.AnswerLabourBlock.class, name = "AnswerLabourBlock"),
    @JsonSubTypes.Type(value = RegistryCommand.RecordLifeEvent.class, name = "RecordLifeEvent"),
    @JsonSubTypes.Type(value = RegistryCommand.ConfirmWarning.class, name = "ConfirmWarning")
})
public sealed interface RegistryCommand {

    /** Codes of the warnings the sender has seen and confirmed. */
    default Set<String> confirmedWarnings() {
        return Set.of();
    }

    /** The command's name, as in its JSON {@code type}. */
    default String type() {
        return getClass().getSimpleName();
    }

    /**
     * A KK enters the registry with its members, living in {@code rtCode} since {@code since}
     * (they moved in, or are registered for the first time). Exactly one member is the head.
     */
    record RegisterHousehold(
            String kkNumber,
            String address,
            String rtCode,
            LocalDate since,
            List<NewMember> members,
            Set<String> confirmedWarnings)
            implements RegistryCommand {}

    /** A member of a new household: who they are and, for those 15+, their labour block if known. */
    record NewMember(ResidentDetails details, LabourAnswer labour) {}

    /** Corrects the KK number or the address printed on the KK (a move is {@link MoveHousehold}). */
    record ChangeHousehold(long householdId, int version, String kkNumber, String address) implements RegistryCommand {}

    /** Makes another living member the head; the former head, if still a member, takes a new relation. */
    record ChangeHead(long householdId, int version, long newHeadId, Integer formerHeadRelation)
            implements RegistryCommand {}

    /**
     * The whole household moves: to another RT of the city ({@code toRtCode}, with its new address),
     * or out of the city when {@code toRtCode} is null.
     */
    record MoveHousehold(
            long householdId, int version, String toRtCode, String address, LocalDate occurredOn, String note)
            implements RegistryCommand {}

    /**
     * Members leave a KK to form a new one (pecah KK) living in {@code rtCode}. When the head
     * leaves and others stay, {@code remainingHeadId} names the one who heads the old KK.
     */
    record SplitHousehold(
            long householdId,
            int version,
            String kkNumber,
            String address,
            String rtCode,
            LocalDate occurredOn,
            List<SplitMember> members,
            Long remainingHeadId,
            Set<String> confirmedWarnings)
            implements RegistryCommand {}

    /** A member who leaves for the new KK, with their relation to its head. */
    record SplitMember(long residentId, Integer relation) {}

    /**
     * A new member joins a household: born into it ({@link LifeEventKind#BIRTH}, on the birth
     * date) or moving in from outside the city ({@link LifeEventKind#MOVE_IN}, on {@code occurredOn}).
     * A NIK of someone who once moved out brings that resident back, with their history.
     */
    record AddMember(
            long householdId,
            int householdVersion,
            LifeEventKind reason,
            LocalDate occurredOn,
            ResidentDetails details,
            LabourAnswer labour,
            Set<String> confirmedWarnings)
            implements RegistryCommand {}

    /** Corrects who a resident is: NIK, name, sex, birth, codes, relation, phone. */
    record ChangeResident(long residentId, int version, ResidentDetails details, Set<String> confirmedWarnings)
            implements RegistryCommand {}

    /** Answers the labour block for a reference week ending on {@code answer.referenceDate()}. */
    record AnswerLabourBlock(long residentId, int version, LabourAnswer answer, Set<String> confirmedWarnings)
            implements RegistryCommand {}

    /**
     * Death, moving out of the city, going missing, returning, or moving to another KK of the
     * city ({@link LifeEventKind#MOVE_WITHIN} with {@code toKkNumber} and {@code relation}).
     * When the head leaves and others stay, {@code newHeadId} names the new head.
     */
    record RecordLifeEvent(
            long residentId,
            int version,
            LifeEventKind kind,
            LocalDate occurredOn,
            String toKkNumber,
            Integer relation,
            Long newHeadId,
            String note,
            Set<String> confirmedWarnings)
            implements RegistryCommand {}

    /** The RT head checked a warning about a resident and confirms the data are right as they are. */
    record ConfirmWarning(long residentId, String code) implements RegistryCommand {}
}
