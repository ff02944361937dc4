package id.warga.verification.web;

import id.warga.shared.rules.RuleViolation;
import id.warga.verification.IllegalTransitionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Text for the workflow's pages in the reader's language: messages, rules, dates, shares and money. */
@Component("verificationText")
public class PageText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final MessageSource messages;
    private final ZoneId zone;

    PageText(MessageSource messages, id.warga.verification.VerificationSettings settings) {
        this.messages = messages;
        this.zone = settings.zone();
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** The rule a refused step broke, and the registry's rules the change breaks now. */
    public String refusal(IllegalTransitionException e) {
        StringBuilder message =
                new StringBuilder(text(e.messageKey(), e.arguments().toArray()));
        for (RuleViolation v : e.violations()) {
            message.append(' ').append(rule(v));
        }
        return message.toString();
    }

    public String rule(RuleViolation v) {
        return text(v.messageKey(), v.arguments().toArray());
    }

    public String day(LocalDate day) {
        return day == null ? "—" : day.format(DAY);
    }

    public String moment(Instant at) {
        return at == null ? "—" : MOMENT.format(at.atZone(zone));
    }

    /** "3 hari" since a moment, for how long something has waited. */
    public String waited(Instant since) {
        if (since == null) {
            return "—";
        }
        long days = Duration.between(since, Instant.now()).toDays();
        long hours = Duration.between(since, Instant.now()).toHours();
        return days >= 1
                ? text("verification.waited.days", days)
                : text("verification.waited.hours", Math.max(0, hours));
    }

    /** A share 0–1 as a whole percentage, "—" without a base. */
    public String percent(Double share) {
        return share == null ? "—" : Math.round(share * 100) + "%";
    }

    /** Rupiah with dots between thousands: "Rp 1.000.000". */
    public String rupiah(long amount) {
        return "Rp " + String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    /** The CSS class of a share: behind, halfway, done. */
    public String shareClass(Double share) {
        if (share == null) {
            return "share none";
        }
        return share >= 0.999 ? "share done" : share >= 0.5 ? "share half" : "share behind";
    }
}
