package id.warga.population.web;

import id.warga.population.Nik;
import id.warga.population.PopulationDirectory;
import id.warga.population.Sex;
import id.warga.shared.rules.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "NIK", description = "Reading NIKs and the official code lists")
class NikApiController {

    private final PopulationDirectory directory;
    private final MessageSource messages;

    NikApiController(PopulationDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/api/nik/{nik}")
    @Operation(
            summary = "Read a NIK: its defects, issuing kecamatan, birth date and sex",
            description = "A parse for officers: it looks nobody up in the registry.")
    NikAnswer read(@PathVariable String nik) {
        PopulationDirectory.NikReading read = directory.readNik(nik);
        Nik.Reading reading = read.reading();
        return new NikAnswer(
                reading.valid(),
                reading.errors().stream().map(this::problem).toList(),
                reading.warnings().stream().map(this::problem).toList(),
                reading.regionCode(),
                read.regionName(),
                reading.birthDate(),
                reading.sex());
    }

    @GetMapping("/api/code-lists")
    @Operation(summary = "The official code lists (religion, education, occupation, …) with their labels")
    Map<String, List<id.warga.population.CodeLists.CodeLabel>> codeLists() {
        return directory.codeLists().all();
    }

    private Problem problem(RuleViolation v) {
        Locale locale = LocaleContextHolder.getLocale();
        return new Problem(
                v.code(), messages.getMessage(v.messageKey(), v.arguments().toArray(), v.code(), locale));
    }

    record NikAnswer(
            boolean valid,
            List<Problem> errors,
            List<Problem> warnings,
            String regionCode,
            String regionName,
            LocalDate birthDate,
            Sex sex) {}

    record Problem(String code, String message) {}
}
