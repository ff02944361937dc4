package id.warga.programmes;

import id.warga.population.LifeEventKind;
import id.warga.population.LifeEventRecorded;
import id.warga.population.ResidentProfileChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Aid recipients and scholarship holders move with the people they reach: when a resident or a
 * household moves to another RT of the city, their rows take the new RT, in the same transaction
 * as the move. Lists, area scopes and open counts then follow where they live now, and the
 * kelurahan they left no longer sees them.
 */
@Component
class RecipientPlaces {

    private final JdbcClient jdbc;

    RecipientPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(ResidentProfileChanged change) {
        if (change.before() == null
                || change.after() == null
                || change.before().rtCode().equals(change.after().rtCode())) {
            return;
        }
        String rt = change.after().rtCode();
        moveRecipients(AidTarget.PERSON, change.residentId(), rt);
        jdbc.sql("update programmes.scholarship set rt_code = :rt where resident_id = :resident and rt_code <> :rt")
                .param("rt", rt)
                .param("resident", change.residentId())
                .update();
    }

    @EventListener
    void on(LifeEventRecorded event) {
        if (event.kind() == LifeEventKind.MOVE_WITHIN && event.householdId() != null && event.toRtCode() != null) {
            moveRecipients(AidTarget.HOUSEHOLD, event.householdId(), event.toRtCode());
        }
    }

    /** The recipients of programmes of the target that reach the subject (a resident or a household) now live in the RT. */
    private void moveRecipients(AidTarget target, long subject, String rt) {
        jdbc.sql("""
                        update programmes.aid_recipient r set rt_code = :rt
                        where r.subject_id = :subject and r.rt_code <> :rt
                          and r.programme_id in (select p.id from programmes.aid_programme p where p.target = :target)""")
                .param("rt", rt)
                .param("subject", subject)
                .param("target", target.name())
                .update();
    }
}
