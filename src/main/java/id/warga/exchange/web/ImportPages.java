package id.warga.exchange.web;

import id.warga.exchange.BadFileException;
import id.warga.exchange.ImportMode;
import id.warga.exchange.Imports;
import id.warga.shared.web.BadRequestException;
import id.warga.shared.web.NotFoundException;
import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages for kelurahan staff: choose a file, the kelurahan and the mode; then watch the
 * job (a progress bar with rows per second and the time left, refreshed by htmx), confirm the
 * RW/RT units to create, cancel, resume or start over, and read or download the report.
 */
@Controller
class ImportPages {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Imports imports;
    private final MessageSource messages;

    ImportPages(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/impor")
    String form(Model model, Locale locale) {
        model.addAttribute("options", imports.kelurahanOptions());
        model.addAttribute("recent", imports.recent(locale));
        model.addAttribute("maxMegabytes", imports.maxFileSizeMegabytes());
        model.addAttribute("mayImport", imports.mayImport());
        return "exchange/imports";
    }

    @PostMapping("/impor")
    String start(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "kelurahan", defaultValue = "") String kelurahan,
            @RequestParam(name = "mode", defaultValue = "VALID_ROWS") ImportMode mode,
            Model model,
            Locale locale)
            throws IOException {
        try {
            UUID id = file == null
                    ? imports.start(null, 0, null, kelurahan, mode, false)
                    : imports.start(
                            file.getOriginalFilename(), file.getSize(), file.getInputStream(), kelurahan, mode, false);
            return "redirect:/impor/" + id;
        } catch (BadFileException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (BadRequestException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        model.addAttribute("selected", kelurahan);
        return form(model, locale);
    }

    @GetMapping("/impor/{id}")
    String job(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("job", imports.find(id, locale));
        return "exchange/import";
    }

    /** The job's panel alone, for htmx to refresh while the job runs. */
    @GetMapping("/impor/{id}/kemajuan")
    String progress(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("job", imports.find(id, locale));
        return "exchange/import :: panel";
    }

    @PostMapping("/impor/{id}/konfirmasi")
    String confirm(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, () -> imports.confirm(id), flash);
    }

    @PostMapping("/impor/{id}/batal")
    String cancel(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, () -> imports.cancel(id), flash);
    }

    @PostMapping("/impor/{id}/lanjutkan")
    String resume(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, () -> imports.resume(id), flash);
    }

    @PostMapping("/impor/{id}/ulangi")
    String restart(@PathVariable UUID id, RedirectAttributes flash) {
        return act(id, () -> imports.restart(id), flash);
    }

    @GetMapping("/impor/{id}/laporan.xlsx")
    ResponseEntity<StreamingResponseBody> report(@PathVariable UUID id, Locale locale) {
        imports.requireVisible(id);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"laporan-impor-" + id + ".xlsx\"")
                .body(out -> imports.report(id, locale, out));
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    String uploadRefused(Exception e, Model model, Locale locale) {
        String key =
                e instanceof MaxUploadSizeExceededException ? "import.file.too-large" : "import.file.not-multipart";
        model.addAttribute("error", messages.getMessage(key, new Object[] {imports.maxFileSizeMegabytes()}, locale));
        return form(model, locale);
    }

    private String act(UUID id, Runnable action, RedirectAttributes flash) {
        try {
            action.run();
        } catch (BadRequestException e) {
            flash.addFlashAttribute(
                    "error",
                    messages.getMessage(
                            e.messageKey(),
                            e.arguments(),
                            e.messageKey(),
                            org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        } catch (NotFoundException e) {
            throw e;
        }
        return "redirect:/impor/" + id;
    }
}
