package id.warga.population.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the registry's page forms post: text as typed (read and checked by {@link PageSupport.FormReader}),
 * the version the page showed, a request key that makes a second tap harmless, and the warnings
 * the RT head confirmed.
 */
final class Forms {

    private Forms() {}

    /** A member to add or change, or the head of a new KK (then with the KK's number, address and date). */
    record MemberForm(
            String requestKey,
            Integer version,
            String reason,
            String occurredOn,
            String kkNumber,
            String address,
            String nik,
            String name,
            String sex,
            String birthPlace,
            String birthDate,
            String religion,
            String maritalStatus,
            String education,
            String occupation,
            String relation,
            String citizenship,
            String phone,
            List<String> confirmedWarnings) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("reason", reason);
            f.put("occurredOn", occurredOn);
            f.put("kkNumber", kkNumber);
            f.put("address", address);
            f.put("nik", nik);
            f.put("name", name);
            f.put("sex", sex);
            f.put("birthPlace", birthPlace);
            f.put("birthDate", birthDate);
            f.put("religion", religion);
            f.put("maritalStatus", maritalStatus);
            f.put("education", education);
            f.put("occupation", occupation);
            f.put("relation", relation);
            f.put("citizenship", citizenship);
            f.put("phone", phone);
            return f;
        }
    }

    /** A life event of one resident. */
    record EventForm(
            String requestKey,
            Integer version,
            String kind,
            String occurredOn,
            String toKkNumber,
            String relation,
            String newHeadId,
            String note,
            List<String> confirmedWarnings) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("kind", kind);
            f.put("occurredOn", occurredOn);
            f.put("toKkNumber", toKkNumber);
            f.put("relation", relation);
            f.put("newHeadId", newHeadId);
            f.put("note", note);
            return f;
        }
    }

    /** An answer to the labour block. */
    record LabourForm(
            String requestKey,
            Integer version,
            String activity,
            String referenceDate,
            String hoursWorked,
            String employmentStatus,
            String skills,
            List<String> confirmedWarnings) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("activity", activity);
            f.put("referenceDate", referenceDate);
            f.put("hoursWorked", hoursWorked);
            f.put("employmentStatus", employmentStatus);
            f.put("skills", skills);
            return f;
        }
    }

    /** The KK's own fields: its number and the address printed on it. */
    record HouseholdForm(String requestKey, Integer version, String kkNumber, String address) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("kkNumber", kkNumber);
            f.put("address", address);
            return f;
        }
    }

    /** Another member becomes head; the former head takes a new relation. */
    record HeadForm(String requestKey, Integer version, String newHeadId, String formerHeadRelation) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("newHeadId", newHeadId);
            f.put("formerHeadRelation", formerHeadRelation);
            return f;
        }
    }

    /** The whole household moves: to another RT (its code), or out of the city ({@code OUT}). */
    record MoveForm(
            String requestKey,
            Integer version,
            String toRtCode,
            String otherRtCode,
            String address,
            String occurredOn,
            String note) {

        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("toRtCode", otherRtCode != null && !otherRtCode.isBlank() ? otherRtCode : toRtCode);
            f.put("address", address);
            f.put("occurredOn", occurredOn);
            f.put("note", note);
            return f;
        }
    }
}
