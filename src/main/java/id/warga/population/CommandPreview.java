package id.warga.population;

import id.warga.access.AccessControl;
import id.warga.access.AreaScope;
import id.warga.population.RegistryCommand.AddMember;
import id.warga.population.RegistryCommand.AnswerLabourBlock;
import id.warga.population.RegistryCommand.ChangeHead;
import id.warga.population.RegistryCommand.ChangeHousehold;
import id.warga.population.RegistryCommand.ChangeResident;
import id.warga.population.RegistryCommand.ConfirmWarning;
import id.warga.population.RegistryCommand.MoveHousehold;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryCommand.RecordLifeEvent;
import id.warga.population.RegistryCommand.RegisterHousehold;
import id.warga.population.RegistryCommand.SplitHousehold;
import id.warga.population.RegistryCommand.SplitMember;
import id.warga.population.RegistryStore.HouseholdRow;
import id.warga.region.RegionCode;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a command the way a reviewer needs it: what it concerns ({@link #subject}) and, field by
 * field, what the registry holds now beside what the change asks for ({@link #lines}), in the
 * reader's language. Records outside the acting user's area are absent.
 */
@Service
@Transactional(readOnly = true)
public class CommandPreview {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private final RegistryStore store;
    private final RegistryQueries queries;
    private final KnownRegions regions;
    private final CodeLists codes;
    private final MessageSource messages;
    private final AccessControl access;

    CommandPreview(
            RegistryStore store,
            RegistryQueries queries,
            KnownRegions regions,
            CodeLists codes,
            MessageSource messages,
            AccessControl access) {
        this.store = store;
        this.queries = queries;
        this.regions = regions;
        this.codes = codes;
        this.messages = messages;
        this.access = access;
    }

    /**
     * The RT, household, resident and name a command concerns; 404 when outside the user's area,
     * broken rules when a new KK names no known RT.
     */
    public CommandSubject subject(RegistryCommand command) {
        AreaScope scope = access.currentScope();
        if (command instanceof RegisterHousehold c) {
            if (c.rtCode() == null || c.rtCode().isBlank()) {
                throw new RuleViolationsException(List.of(RegistryRules.required("rtCode")));
            }
            String rt = regions.rt(c.rtCode().strip()).map(RegionCode::value).orElse(null);
            if (rt == null) {
                throw new RuleViolationsException(List.of(
                        RuleViolation.error("RT_UNKNOWN", "rtCode", c.rtCode().strip())));
            }
            if (!scope.covers(RegionCode.of(rt))) {
                throw new NotFoundException("error.region.not-found", rt);
            }
            return new CommandSubject(rt, null, null, headName(c.members()));
        }
        Long residentId = residentOf(command);
        if (residentId != null) {
            ResidentView r = visibleResident(residentId, scope)
                    .orElseThrow(() -> new NotFoundException("error.resident.not-found", residentId));
            return new CommandSubject(r.rtCode(), r.householdId(), r.id(), r.name());
        }
        long householdId = householdOf(command);
        HouseholdRow h = store.household(householdId, scope)
                .orElseThrow(() -> new NotFoundException("error.household.not-found", householdId));
        return new CommandSubject(h.rtCode(), h.id(), null, headNameOf(h.id()));
    }

    /** The resident a command is about, if it is about one. */
    public static Long residentOf(RegistryCommand command) {
        if (command instanceof ChangeResident c) {
            return c.residentId();
        } else if (command instanceof AnswerLabourBlock c) {
            return c.residentId();
        } else if (command instanceof RecordLifeEvent c) {
            return c.residentId();
        } else if (command instanceof ConfirmWarning c) {
            return c.residentId();
        }
        return null;
    }

    /** The household a command changes, if it exists already (not for a new KK, nor for one resident's change). */
    public static Long householdOf(RegistryCommand command) {
        if (command instanceof ChangeHousehold c) {
            return c.householdId();
        } else if (command instanceof ChangeHead c) {
            return c.householdId();
        } else if (command instanceof MoveHousehold c) {
            return c.householdId();
        } else if (command instanceof SplitHousehold c) {
            return c.householdId();
        } else if (command instanceof AddMember c) {
            return c.householdId();
        }
        return null;
    }

    /** Field by field: what the registry holds now and what the command asks for. */
    public List<ChangeLine> lines(RegistryCommand command) {
        Locale locale = LocaleContextHolder.getLocale();
        Lines out = new Lines(locale);
        AreaScope scope = access.currentScope();
        if (command instanceof RegisterHousehold c) {
            out.add("kkNumber", null, c.kkNumber());
            out.add("address", null, c.address());
            out.add(
                    "rtCode",
                    null,
                    c.rtCode() == null ? null : regions.place(c.rtCode().strip()));
            out.add("since", null, c.since());
            List<NewMember> members = c.members() == null ? List.of() : c.members();
            for (int i = 0; i < members.size(); i++) {
                NewMember m = members.get(i);
                if (m == null) {
                    continue;
                }
                String prefix = text(locale, "preview.member", i + 1) + " · ";
                out.details(prefix, null, m.details());
                if (m.labour() != null) {
                    out.labour(prefix, null, m.labour());
                }
            }
        } else if (command instanceof ChangeHousehold c) {
            Optional<HouseholdRow> h = store.household(c.householdId(), scope);
            out.add("kkNumber", h.map(HouseholdRow::kkNumber).orElse(null), c.kkNumber());
            out.add("address", h.map(HouseholdRow::address).orElse(null), c.address());
        } else if (command instanceof ChangeHead c) {
            out.add("newHeadId", headNameOf(c.householdId()), residentName(c.newHeadId(), scope));
            out.add("formerHeadRelation", null, c.formerHeadRelation());
        } else if (command instanceof MoveHousehold c) {
            Optional<HouseholdRow> h = store.household(c.householdId(), scope);
            String to = c.toRtCode() == null || c.toRtCode().isBlank()
                    ? text(locale, "preview.outOfCity")
                    : regions.place(c.toRtCode().strip());
            out.add("toRtCode", h.map(x -> regions.place(x.rtCode())).orElse(null), to);
            out.add("address", h.map(HouseholdRow::address).orElse(null), blankToNull(c.address()));
            out.add("occurredOn", null, c.occurredOn());
            out.add("note", null, c.note());
        } else if (command instanceof SplitHousehold c) {
            out.add("kkNumber", null, c.kkNumber());
            out.add("address", null, c.address());
            out.add(
                    "rtCode",
                    null,
                    c.rtCode() == null ? null : regions.place(c.rtCode().strip()));
            out.add("occurredOn", null, c.occurredOn());
            List<SplitMember> members = c.members() == null ? List.of() : c.members();
            List<String> names = new ArrayList<>();
            for (SplitMember m : members) {
                if (m != null) {
                    names.add(residentName(m.residentId(), scope));
                }
            }
            out.add("members", null, String.join(", ", names));
            if (c.remainingHeadId() != null) {
                out.add("remainingHeadId", null, residentName(c.remainingHeadId(), scope));
            }
        } else if (command instanceof AddMember c) {
            out.add("reason", null, c.reason());
            out.add("occurredOn", null, c.occurredOn());
            out.details("", null, c.details());
            if (c.labour() != null) {
                out.labour("", null, c.labour());
            }
        } else if (command instanceof ChangeResident c) {
            Optional<ResidentView> r = visibleResident(c.residentId(), scope);
            out.details("", r.map(ResidentView::details).orElse(null), c.details());
        } else if (command instanceof AnswerLabourBlock c) {
            Optional<ResidentView> r = visibleResident(c.residentId(), scope);
            LabourAnswer now = r.map(x -> new LabourAnswer(
                            x.labour().activity(),
                            x.labour().referenceDate(),
                            x.labour().hoursWorked(),
                            x.labour().employmentStatus(),
                            x.labour().skills()))
                    .orElse(null);
            out.labour("", now, c.answer());
        } else if (command instanceof RecordLifeEvent c) {
            Optional<ResidentView> r = visibleResident(c.residentId(), scope);
            out.add("kind", null, c.kind());
            out.add("occurredOn", null, c.occurredOn());
            out.add("lifeStatus", r.map(ResidentView::lifeStatus).orElse(null), statusAfter(r, c.kind()));
            out.add("toKkNumber", null, c.toKkNumber());
            out.add("relation", null, c.relation());
            if (c.newHeadId() != null) {
                out.add("newHeadId", null, residentName(c.newHeadId(), scope));
            }
            out.add("note", null, c.note());
        } else if (command instanceof ConfirmWarning c) {
            out.add("code", null, c.code());
        }
        return out.lines;
    }

    /** A value as a person reads it: code labels, dates as dd-mm-yyyy, enums in words. */
    public String display(String field, Object value, Locale locale) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return "—";
        }
        if (value instanceof LocalDate date) {
            return date.format(DAY);
        }
        if (value instanceof Sex sex) {
            return text(locale, "sex." + sex.name());
        }
        if (value instanceof LabourActivity activity) {
            return text(locale, "labour.activity." + activity.name());
        }
        if (value instanceof LifeEventKind kind) {
            return text(locale, "event.kind." + kind.name());
        }
        if (value instanceof LifeStatus status) {
            return text(locale, "life.status." + status.name());
        }
        if (value instanceof Integer code) {
            String list = switch (field) {
                case "religion" -> CodeLists.RELIGION;
                case "maritalStatus" -> CodeLists.MARITAL_STATUS;
                case "education" -> CodeLists.EDUCATION;
                case "occupation" -> CodeLists.OCCUPATION;
                case "relation", "formerHeadRelation" -> CodeLists.RELATION;
                case "citizenship" -> CodeLists.CITIZENSHIP;
                case "employmentStatus" -> CodeLists.EMPLOYMENT_STATUS;
                default -> null;
            };
            return list == null ? code.toString() : codes.label(list, code, locale);
        }
        return value.toString().strip();
    }

    private Optional<ResidentView> visibleResident(long residentId, AreaScope scope) {
        return store.householdOf(residentId, scope).flatMap(h -> store.resident(residentId));
    }

    private String residentName(Long residentId, AreaScope scope) {
        return residentId == null
                ? null
                : visibleResident(residentId, scope).map(ResidentView::name).orElse("#" + residentId);
    }

    private String headNameOf(long householdId) {
        return queries.residentsOf(householdId).stream()
                .filter(r -> r.lifeStatus() == LifeStatus.ALIVE && r.isHead())
                .map(ResidentView::name)
                .findFirst()
                .orElse(null);
    }

    private static String headName(List<NewMember> members) {
        if (members == null) {
            return null;
        }
        return members.stream()
                .filter(m -> m != null
                        && m.details() != null
                        && Objects.equals(m.details().relation(), CodeLists.HEAD))
                .map(m -> m.details().name())
                .filter(Objects::nonNull)
                .findFirst()
                .orElseGet(() -> members.stream()
                        .filter(m -> m != null && m.details() != null)
                        .map(m -> m.details().name())
                        .findFirst()
                        .orElse(null));
    }

    private static LifeStatus statusAfter(Optional<ResidentView> resident, LifeEventKind kind) {
        if (resident.isEmpty() || kind == null) {
            return null;
        }
        try {
            return resident.get().lifeStatus().after(kind);
        } catch (RuleViolationsException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The lines being written, each labelled in the reader's language. */
    private final class Lines {

        final Locale locale;
        final List<ChangeLine> lines = new ArrayList<>();

        Lines(Locale locale) {
            this.locale = locale;
        }

        void add(String field, Object current, Object proposed) {
            add("", field, current, proposed);
        }

        void add(String prefix, String field, Object current, Object proposed) {
            if (current == null && (proposed == null || (proposed instanceof String s && s.isBlank()))) {
                return;
            }
            lines.add(new ChangeLine(
                    field,
                    prefix + text(locale, "field." + field),
                    current == null ? null : display(field, current, locale),
                    display(field, proposed, locale)));
        }

        void details(String prefix, ResidentDetails now, ResidentDetails next) {
            if (next == null) {
                return;
            }
            boolean had = now != null;
            add(prefix, "name", had ? now.name() : null, next.name());
            add(prefix, "nik", had ? now.nik() : null, next.nik());
            add(prefix, "sex", had ? now.sex() : null, next.sex());
            add(prefix, "birthPlace", had ? now.birthPlace() : null, next.birthPlace());
            add(prefix, "birthDate", had ? now.birthDate() : null, next.birthDate());
            add(prefix, "relation", had ? now.relation() : null, next.relation());
            add(prefix, "religion", had ? now.religion() : null, next.religion());
            add(prefix, "maritalStatus", had ? now.maritalStatus() : null, next.maritalStatus());
            add(prefix, "education", had ? now.education() : null, next.education());
            add(prefix, "occupation", had ? now.occupation() : null, next.occupation());
            add(prefix, "citizenship", had ? now.citizenship() : null, next.citizenship());
            add(prefix, "phone", had ? now.phone() : null, next.phone());
        }

        void labour(String prefix, LabourAnswer now, LabourAnswer next) {
            if (next == null) {
                return;
            }
            boolean had = now != null;
            add(prefix, "activity", had ? now.activity() : null, next.activity());
            add(prefix, "referenceDate", had ? now.referenceDate() : null, next.referenceDate());
            add(prefix, "hoursWorked", had ? now.hoursWorked() : null, next.hoursWorked());
            add(prefix, "employmentStatus", had ? now.employmentStatus() : null, next.employmentStatus());
            add(prefix, "skills", had ? now.skills() : null, next.skills());
        }
    }
}
