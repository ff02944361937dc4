package id.warga.exchange;

import id.warga.access.AccessControl;
import id.warga.access.Role;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionLevel;
import id.warga.shared.web.ApiError;
import id.warga.shared.web.BadRequestException;
import id.warga.shared.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Imports of households and residents into a kelurahan, as jobs: {@link #start} takes the file
 * (refusing at once a file that cannot be imported), the job checks every row and writes the valid
 * ones in the background; its progress, report and controls (confirm the new RW/RT units, cancel,
 * resume, start over) are answered here. Kelurahan, kecamatan and city staff import into a
 * kelurahan in their area; anything outside it does not exist for them.
 */
@Service
public class Imports {

    static final List<Role> IMPORTERS = List.of(Role.ADMIN, Role.CITY, Role.KECAMATAN, Role.KELURAHAN);

    private final ImportJobs jobs;
    private final ImportProblems problems;
    private final ImportWorker worker;
    private final ExchangeSettings settings;
    private final AccessControl access;
    private final RegionDirectory regions;

    Imports(
            ImportJobs jobs,
            ImportProblems problems,
            ImportWorker worker,
            ExchangeSettings settings,
            AccessControl access,
            RegionDirectory regions) {
        this.jobs = jobs;
        this.problems = problems;
        this.worker = worker;
        this.settings = settings;
        this.access = access;
        this.regions = regions;
    }

    /**
     * Takes an uploaded file for a kelurahan and starts its job. The file is checked before the job
     * exists: empty, not a spreadsheet, too large or without the needed columns is refused with
     * {@link BadFileException}, and nothing is kept.
     */
    public UUID start(
            String fileName, long size, InputStream content, String kelurahan, ImportMode mode, boolean createUnits)
            throws IOException {
        access.requireRole(IMPORTERS.toArray(Role[]::new));
        RegionCode target = kelurahan(kelurahan);
        if (mode == null) {
            throw new BadRequestException(
                    "invalid_mode",
                    List.of(new ApiError.Violation("mode", "invalid", "ALL_OR_NOTHING, VALID_ROWS")),
                    "error.import.mode");
        }
        if (content == null || size == 0) {
            throw new BadFileException("empty");
        }
        if (size > settings.maxFileSize().toBytes()) {
            throw new BadFileException("too-large", settings.maxFileSize().toMegabytes());
        }
        UUID id = UUID.randomUUID();
        Files.createDirectories(settings.workDirectory());
        Path stored = settings.workDirectory().resolve(id + ".upload");
        try (InputStream in = content) {
            long copied = Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
            if (copied > settings.maxFileSize().toBytes()) {
                throw new BadFileException("too-large", settings.maxFileSize().toMegabytes());
            }
            SpreadsheetFile file = SpreadsheetFile.open(stored);
            file.header(worker.xlsxSettings(id));
            jobs.insert(
                    id,
                    target.value(),
                    mode,
                    createUnits,
                    safeName(fileName),
                    stored.toString(),
                    copied,
                    file.format.name(),
                    access.currentUsername().orElseThrow());
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(stored);
            throw e;
        }
        worker.submit(id);
        return id;
    }

    /** A job of a kelurahan in the acting user's area. */
    public ImportView find(UUID id, Locale locale) {
        ImportJob job = visible(id);
        return ImportView.of(job, problems.count(id), problems.page(id, 0, 200), locale);
    }

    /** Answers 404 unless the job exists in the acting user's area. */
    public void requireVisible(UUID id) {
        visible(id);
    }

    /** The acting user's latest imports. */
    public List<ImportView> recent(Locale locale) {
        return jobs.recent(access.currentUsername().orElse(""), 20).stream()
                .map(job -> ImportView.of(job, 0, List.of(), locale))
                .toList();
    }

    /** The kelurahan the acting user may import into. */
    public List<Region> kelurahanOptions() {
        if (!IMPORTERS.stream().anyMatch(access::hasRole)) {
            return List.of();
        }
        if (access.currentScope().unrestricted()) {
            return regions.descendants(RegionCode.of("36.72"), "kelurahan");
        }
        java.util.Set<Region> options = new java.util.TreeSet<>(
                java.util.Comparator.comparing(r -> r.code().value()));
        for (RegionCode root : access.currentScope().roots()) {
            if (root.level() == RegionLevel.KELURAHAN) {
                regions.find(root).ifPresent(options::add);
            } else if (root.level().depth() < RegionLevel.KELURAHAN.depth()) {
                options.addAll(regions.descendants(root, "kelurahan"));
            }
        }
        return List.copyOf(options);
    }

    public boolean mayImport() {
        return IMPORTERS.stream().anyMatch(access::hasRole);
    }

    /** The user agrees that the RW/RT units the file needs are created; the job goes on to write. */
    public void confirm(UUID id) {
        ImportJob job = visible(id);
        access.requireRole(IMPORTERS.toArray(Role[]::new));
        jobs.confirmUnits(id);
        if (!jobs.move(job.id(), ImportStatus.IMPORTING)) {
            throw conflict(job);
        }
        worker.submit(id);
    }

    /** Stops a job at its next batch; what a valid-rows import committed stays (whole households). */
    public void cancel(UUID id) {
        ImportJob job = visible(id);
        if (job.status() == ImportStatus.NEEDS_CONFIRMATION || job.status() == ImportStatus.INTERRUPTED) {
            if (!jobs.move(id, ImportStatus.CANCELLED)) {
                throw conflict(job);
            }
            worker.finish(id);
            return;
        }
        if (!job.status().running()) {
            throw conflict(job);
        }
        jobs.requestCancel(id);
    }

    /**
     * Continues an interrupted job: a job stopped while writing writes again (households already in
     * the registry are recognised and left alone); one stopped while checking is checked again.
     */
    public void resume(UUID id) {
        ImportJob job = visible(id);
        access.requireRole(IMPORTERS.toArray(Role[]::new));
        ImportStatus next = "WRITE".equals(job.phase()) ? ImportStatus.IMPORTING : ImportStatus.QUEUED;
        if (job.status() != ImportStatus.INTERRUPTED || !jobs.move(id, next)) {
            throw conflict(job);
        }
        worker.submit(id);
    }

    /** Starts an interrupted job over from the checking pass. */
    public void restart(UUID id) {
        ImportJob job = visible(id);
        access.requireRole(IMPORTERS.toArray(Role[]::new));
        if (job.status() != ImportStatus.INTERRUPTED || !jobs.move(id, ImportStatus.QUEUED)) {
            throw conflict(job);
        }
        worker.submit(id);
    }

    /** The report of every row problem as an Excel workbook. */
    public void report(UUID id, Locale locale, OutputStream out) throws IOException {
        ImportJob job = visible(id);
        ReportWorkbook.write(job, problems, locale, out);
    }

    public long maxFileSizeMegabytes() {
        return settings.maxFileSize().toMegabytes();
    }

    private ImportJob visible(UUID id) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("error.import.not-found", id));
        if (!access.currentScope().covers(RegionCode.of(job.kelurahan()))) {
            throw new NotFoundException("error.import.not-found", id);
        }
        return job;
    }

    private RegionCode kelurahan(String code) {
        RegionCode target = RegionCode.tryParse(code).orElse(null);
        if (target == null || target.level() != RegionLevel.KELURAHAN) {
            throw new BadRequestException(
                    "invalid_kelurahan",
                    List.of(new ApiError.Violation("kelurahan", "invalid", String.valueOf(code))),
                    "error.import.kelurahan",
                    String.valueOf(code));
        }
        access.requireInScope(target);
        Region region = regions.require(target);
        return region.code();
    }

    private static BadRequestException conflict(ImportJob job) {
        return new BadRequestException(
                "invalid_state", "error.import.state", job.status().name());
    }

    private static String safeName(String name) {
        String n = name == null || name.isBlank()
                ? "berkas"
                : Path.of(name).getFileName().toString();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
