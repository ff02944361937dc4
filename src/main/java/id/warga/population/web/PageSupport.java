package id.warga.population.web;

import id.warga.population.ChangeLine;
import id.warga.population.CodeLists;
import id.warga.population.CommandPreview;
import id.warga.population.LabourStatus;
import id.warga.population.PendingChange;
import id.warga.population.PopulationRegistry;
import id.warga.population.Received;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryIntake;
import id.warga.population.RegistryPages;
import id.warga.population.ResidentView;
import id.warga.population.RuleViolationsException;
import id.warga.shared.rules.RuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the registry's pages share: reading form text into values (every defect a violation on
 * its field), putting broken rules on the form (errors under their fields, warnings in a confirm
 * step), and labels for codes and states in the reader's language.
 */
@Component
public class PageSupport {

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final MessageSource messages;
    private final CodeLists codes;
    private final CommandPreview preview;

    PageSupport(MessageSource messages, CodeLists codes, CommandPreview preview) {
        this.messages = messages;
        this.codes = codes;
        this.preview = preview;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    String message(RuleViolation v) {
        return text(v.messageKey(), v.arguments().toArray());
    }

    /** Errors under their fields, warnings (with their codes) for the confirm step. */
    void rejected(RuleViolationsException e, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (RuleViolation v : e.violations()) {
            if (v.isError()) {
                errors.merge(v.field(), message(v), (a, b) -> a + " " + b);
            } else {
                warnings.add(new Warning(v.code(), v.field(), message(v)));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("warnings", errors.isEmpty() ? warnings : List.of());
    }

    void fresh(Model model) {
        model.addAttribute("pages", this);
        model.addAttribute("errors", Map.of());
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("warnings", List.of());
        model.addAttribute("codeLists", codes);
    }

    String label(String list, Integer code) {
        return codes.label(list, code, LocaleContextHolder.getLocale());
    }

    /**
     * Hands in a command read from a form: applied at once, or waiting for review. When some text
     * could not even be read (a date that does not exist), the rules are still checked without
     * writing, so the page shows every problem at once rather than one round at a time.
     */
    Received submit(
            RegistryIntake intake, PopulationRegistry registry, RegistryCommand command, FormReader read, UUID key) {
        if (read.found.isEmpty()) {
            return intake.submit(command, key);
        }
        List<RuleViolation> all = new ArrayList<>(read.found);
        Set<String> unreadable = new java.util.HashSet<>();
        read.found.forEach(v -> unreadable.add(v.field()));
        try {
            registry.check(command).stream()
                    .filter(v -> v.isError() && !unreadable.contains(v.field()))
                    .forEach(all::add);
        } catch (RuntimeException e) {
            // a stale version or a missing record: the unreadable fields are reported first
        }
        throw new RuleViolationsException(all);
    }

    /** What to tell the sender: the change is saved, or sent and waiting for review at a level. */
    String sent(Received received, String savedMessage) {
        if (!received.waiting()) {
            return savedMessage;
        }
        return text(
                "registry.submitted",
                text("verification.level." + received.pending().awaiting()));
    }

    /** Changes waiting or sent back, each with its lines as the reader reads them, in the order handed in. */
    List<PendingItem> pendingItems(List<PendingChange> changes) {
        return changes.stream()
                .map(p -> new PendingItem(
                        p,
                        preview.lines(p.command()).stream()
                                .filter(ChangeLine::changed)
                                .toList()))
                .toList();
    }

    /** A change waiting for review (or sent back) as the registry's pages show it beside the approved data. */
    public record PendingItem(PendingChange change, List<ChangeLine> lines) {

        public String badgeKey() {
            return change.rejected() ? "pending.badge.REJECTED" : "pending.badge." + change.awaiting();
        }

        public String fixPath() {
            return RegistryPages.fixPath(change.command(), change.submissionId(), change.rtCode());
        }

        public String typeKey() {
            return "pending.type." + change.type();
        }
    }

    /** Messages of errors on fields the form does not show (they would otherwise go unseen). */
    public List<String> stray(Map<String, String> errors, List<String> shown) {
        if (errors == null) {
            return List.of();
        }
        return errors.entrySet().stream()
                .filter(e -> !shown.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** How the labour block of a resident reads on a card: answered and current, out of date, or missing. */
    public String labourChip(ResidentView r) {
        if (!r.workingAge()) {
            return "";
        }
        if (!r.labour().answered()) {
            return text("registry.labour.unanswered");
        }
        String status = text("labour.status." + r.labour().status());
        return r.labour().current() ? status : status + " · " + text("registry.labour.stale");
    }

    public String chipClass(ResidentView r) {
        if (!r.labour().answered()) {
            return "chip missing";
        }
        if (!r.labour().current()) {
            return "chip stale";
        }
        return r.labour().status() == LabourStatus.UNEMPLOYED
                ? "chip unemployed"
                : r.labour().status() == LabourStatus.EMPLOYED ? "chip employed" : "chip outside";
    }

    public String date(LocalDate date) {
        return day(date);
    }

    static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /**
     * The stale-write page: what the RT head sent beside what the record holds now, and a form
     * that sends their values again on top of the current version.
     */
    String conflict(
            Model model,
            String title,
            String action,
            String back,
            Map<String, String> yours,
            Map<String, String> current,
            int currentVersion) {
        List<ConflictRow> rows = new ArrayList<>();
        Map<String, String> hidden = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : yours.entrySet()) {
            String mine = field.getValue();
            String now = current.get(field.getKey());
            if ((mine == null || mine.isBlank()) && (now == null || now.isBlank())) {
                continue;
            }
            if (mine != null) {
                hidden.put(field.getKey(), mine);
            }
            rows.add(new ConflictRow(
                    text("field." + field.getKey()),
                    display(field.getKey(), mine),
                    current.containsKey(field.getKey()) ? display(field.getKey(), now) : "",
                    current.containsKey(field.getKey()) && !java.util.Objects.equals(blank(mine), blank(now))));
        }
        model.addAttribute("title", title);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("rows", rows);
        model.addAttribute("hidden", hidden);
        model.addAttribute("currentVersion", currentVersion);
        model.addAttribute("requestKey", newKey());
        return "population/conflict";
    }

    /** A form value as a person reads it: code labels, dates as dd-mm-yyyy. */
    String display(String key, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        try {
            return switch (key) {
                case "religion" -> label(CodeLists.RELIGION, Integer.valueOf(value));
                case "maritalStatus" -> label(CodeLists.MARITAL_STATUS, Integer.valueOf(value));
                case "education" -> label(CodeLists.EDUCATION, Integer.valueOf(value));
                case "occupation" -> label(CodeLists.OCCUPATION, Integer.valueOf(value));
                case "relation", "formerHeadRelation" -> label(CodeLists.RELATION, Integer.valueOf(value));
                case "citizenship" -> label(CodeLists.CITIZENSHIP, Integer.valueOf(value));
                case "employmentStatus" -> label(CodeLists.EMPLOYMENT_STATUS, Integer.valueOf(value));
                case "sex" -> text("sex." + value);
                case "activity" -> text("labour.activity." + value);
                case "kind", "reason" -> text("event.kind." + value);
                case "lifeStatus" -> text("life.status." + value);
                case "birthDate", "occurredOn", "referenceDate", "since" -> day(LocalDate.parse(value));
                default -> value;
            };
        } catch (RuntimeException e) {
            return value;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** One field of a stale write: the RT head's value, the current one, and whether they differ. */
    record ConflictRow(String label, String yours, String current, boolean differs) {}

    /** A warning waiting for the RT head's confirmation. */
    record Warning(String code, String field, String message) {}

    /** Reads form text into values; every defect becomes a violation on its field. */
    static final class FormReader {

        private final List<RuleViolation> found = new ArrayList<>();

        LocalDate date(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                try {
                    return LocalDate.parse(text.strip(), DAY);
                } catch (DateTimeParseException again) {
                    found.add(RuleViolation.error("TYPE_MISMATCH", field, type("date")));
                    return null;
                }
            }
        }

        Integer number(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                found.add(RuleViolation.error("TYPE_MISMATCH", field, type("number")));
                return null;
            }
        }

        Long id(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(text.strip());
            } catch (NumberFormatException e) {
                found.add(RuleViolation.error("TYPE_MISMATCH", field, type("number")));
                return null;
            }
        }

        <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                found.add(RuleViolation.error("CODE_UNKNOWN", field, ApiRequests.Reader.label(field), text));
                return null;
            }
        }

        void required(String text, String field) {
            if (text == null || text.isBlank()) {
                found.add(RuleViolation.error("REQUIRED", field, ApiRequests.Reader.label(field)));
            }
        }

        Set<String> confirmations(List<String> codes) {
            Set<String> set = new LinkedHashSet<>();
            if (codes != null) {
                codes.stream()
                        .filter(c -> c != null && c.length() <= 60)
                        .limit(20)
                        .forEach(set::add);
            }
            return set;
        }

        UUID key(String text) {
            try {
                return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static Object type(String kind) {
            return new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {"registry.type." + kind}, kind);
        }

        void done() {
            if (!found.isEmpty()) {
                throw new RuleViolationsException(found);
            }
        }
    }
}
