package id.warga.programmes.web;

import id.warga.programmes.ProgrammeRuleException;
import id.warga.programmes.ProgrammeSettings;
import id.warga.programmes.Rupiah;
import id.warga.shared.rules.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Text for the programmes' pages in the reader's language: refusals, money, shares and dates. */
@Component("programmeText")
public class ProgrammeText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final MessageSource messages;
    private final ProgrammeSettings settings;

    ProgrammeText(MessageSource messages, ProgrammeSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /**
     * Takes a step asked for on a page: what it did ({@code done}'s message) or, when refused,
     * the rules it broke goes to the page the caller redirects to.
     */
    public void step(RedirectAttributes flash, Supplier<String> done) {
        try {
            flash.addFlashAttribute("saved", done.get());
        } catch (ProgrammeRuleException e) {
            flash.addFlashAttribute("problem", refusal(e));
        }
    }

    /** The rule a refused action broke, followed by each broken rule of the input. */
    public String refusal(ProgrammeRuleException e) {
        StringBuilder message =
                new StringBuilder(text(e.messageKey(), e.arguments().toArray()));
        for (RuleViolation v : e.violations()) {
            String rule = text(v.messageKey(), v.arguments().toArray());
            if (!message.toString().contains(rule)) {
                message.append(' ').append(rule);
            }
        }
        return message.toString();
    }

    public String rupiah(Rupiah amount) {
        return amount == null ? "—" : amount.formatted();
    }

    public String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public String day(LocalDate day) {
        return day == null ? "—" : day.format(DAY);
    }

    public String moment(Instant at) {
        return at == null ? "—" : MOMENT.format(at.atZone(settings.zone()));
    }

    /** The CSS class of an absorbed share: behind, halfway, done. */
    public String shareClass(double share) {
        return share >= 0.999 ? "share done" : share >= 0.5 ? "share half" : "share behind";
    }
}
