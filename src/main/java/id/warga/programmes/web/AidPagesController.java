package id.warga.programmes.web;

import id.warga.access.AccessControl;
import id.warga.access.Role;
import id.warga.programmes.AidProgrammeView;
import id.warga.programmes.AidProgrammes;
import id.warga.programmes.AidSource;
import id.warga.programmes.AidTarget;
import id.warga.programmes.NewAidProgramme;
import id.warga.programmes.ProgrammeRuleException;
import id.warga.programmes.ProgrammeSettings;
import id.warga.programmes.RecipientView;
import id.warga.programmes.Rupiah;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Aid programmes for officers: the list (and a form for the city), one programme with its recipients in the officer's area. */
@Controller
class AidPagesController {

    private final AidProgrammes aid;
    private final AccessControl access;
    private final ProgrammeSettings settings;
    private final ProgrammeText text;

    AidPagesController(AidProgrammes aid, AccessControl access, ProgrammeSettings settings, ProgrammeText text) {
        this.aid = aid;
        this.access = access;
        this.settings = settings;
        this.text = text;
    }

    @GetMapping("/program/bantuan")
    String list(@RequestParam(required = false) Integer tahun, Model model) {
        model.addAttribute("programmes", aid.list(tahun));
        model.addAttribute("city", cityOffice());
        model.addAttribute("sources", AidSource.values());
        model.addAttribute("targets", AidTarget.values());
        model.addAttribute("year", settings.today().getYear());
        model.addAttribute("t", text);
        return "programmes/aid";
    }

    @PostMapping("/program/bantuan")
    String create(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) Integer quota,
            RedirectAttributes flash) {
        access.requireRole(Role.CITY, Role.ADMIN);
        try {
            AidProgrammeView created = aid.create(new NewAidProgramme(
                    name,
                    parse(AidSource.class, source),
                    parse(AidTarget.class, target),
                    year,
                    Rupiah.parse(amount).orElse(Rupiah.ZERO),
                    quota));
            flash.addFlashAttribute("saved", text.text("programmes.aid.done.created", created.name()));
            return "redirect:/program/bantuan/" + created.id();
        } catch (ProgrammeRuleException e) {
            flash.addFlashAttribute("problem", text.refusal(e));
            return "redirect:/program/bantuan";
        }
    }

    @GetMapping("/program/bantuan/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        AidProgrammeView programme = aid.get(id);
        List<RecipientView> recipients = aid.recipients(id, null, Math.max(0, Math.min(page, 1000)));
        model.addAttribute("p", programme);
        model.addAttribute("recipients", recipients);
        model.addAttribute("page", page);
        model.addAttribute("pageSize", AidProgrammes.PAGE_SIZE);
        model.addAttribute("city", cityOffice());
        model.addAttribute("mayAdd", cityOffice() || access.hasRole(Role.KELURAHAN));
        model.addAttribute(
                "others", aid.list(null).stream().filter(o -> o.id() != id).toList());
        model.addAttribute("t", text);
        return "programmes/aid-programme";
    }

    @PostMapping("/program/bantuan/{id}/penerima")
    String add(@PathVariable long id, @RequestParam(required = false) String identifier, RedirectAttributes flash) {
        text.step(flash, () -> {
            RecipientView added = aid.addRecipient(id, identifier);
            return text.text("programmes.aid.done.added", added.identifier(), added.place());
        });
        return "redirect:/program/bantuan/" + id;
    }

    @PostMapping("/program/bantuan/{id}/pengecualian")
    String exclude(@PathVariable long id, @RequestParam(required = false) Long other, RedirectAttributes flash) {
        text.step(flash, () -> {
            aid.exclude(id, other == null ? -1 : other);
            return text.text("programmes.aid.done.excluded");
        });
        return "redirect:/program/bantuan/" + id;
    }

    private boolean cityOffice() {
        return access.hasRole(Role.CITY) || access.hasRole(Role.ADMIN);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
