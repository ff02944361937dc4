package id.warga.exchange.web;

import id.warga.exchange.BadFileException;
import id.warga.exchange.ImportMode;
import id.warga.exchange.ImportView;
import id.warga.exchange.Imports;
import id.warga.shared.web.ApiError;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Imports over the API: {@code POST /api/imports} (multipart {@code file}, {@code kelurahan},
 * {@code mode}, optional {@code createUnits}) answers {@code {id}}; {@code GET /api/imports/{id}}
 * answers the job's status, counts and first row problems; the report comes as XLSX.
 */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {

    private final Imports imports;
    private final MessageSource messages;

    ImportApiController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<Map<String, UUID>> start(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam("kelurahan") String kelurahan,
            @RequestParam("mode") ImportMode mode,
            @RequestParam(name = "createUnits", defaultValue = "false") boolean createUnits)
            throws IOException {
        UUID id = file == null
                ? imports.start(null, 0, null, kelurahan, mode, createUnits)
                : imports.start(
                        file.getOriginalFilename(),
                        file.getSize(),
                        file.getInputStream(),
                        kelurahan,
                        mode,
                        createUnits);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    ImportView job(@PathVariable UUID id, Locale locale) {
        return imports.find(id, locale);
    }

    @PostMapping("/{id}/confirm")
    ResponseEntity<ImportView> confirm(@PathVariable UUID id, Locale locale) {
        imports.confirm(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.find(id, locale));
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<ImportView> cancel(@PathVariable UUID id, Locale locale) {
        imports.cancel(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.find(id, locale));
    }

    @PostMapping("/{id}/resume")
    ResponseEntity<ImportView> resume(@PathVariable UUID id, Locale locale) {
        imports.resume(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.find(id, locale));
    }

    @PostMapping("/{id}/restart")
    ResponseEntity<ImportView> restart(@PathVariable UUID id, Locale locale) {
        imports.restart(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.find(id, locale));
    }

    @GetMapping("/{id}/report")
    ResponseEntity<StreamingResponseBody> report(@PathVariable UUID id, Locale locale) {
        imports.requireVisible(id);
        return ResponseEntity.ok()
                .contentType(ImportPages.XLSX)
                .header("Content-Disposition", "attachment; filename=\"laporan-impor-" + id + ".xlsx\"")
                .body(out -> imports.report(id, locale, out));
    }

    @ExceptionHandler(BadFileException.class)
    ResponseEntity<ApiError> badFile(BadFileException e) {
        String message = text(e.messageKey(), e.arguments());
        return ResponseEntity.badRequest()
                .body(new ApiError("bad_file", message, List.of(new ApiError.Violation("file", e.code(), message))));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        String message = text("import.file.too-large", imports.maxFileSizeMegabytes());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(new ApiError(
                        "file_too_large", message, List.of(new ApiError.Violation("file", "too-large", message))));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> notMultipart(MultipartException e) {
        String message = text("import.file.not-multipart");
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        "bad_file", message, List.of(new ApiError.Violation("file", "not-multipart", message))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
