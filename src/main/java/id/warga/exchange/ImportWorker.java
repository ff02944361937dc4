package id.warga.exchange;

import id.warga.access.AccessControl;
import id.warga.access.AuditTrail;
import id.warga.population.CodeLists;
import id.warga.population.PopulationBulkLoad;
import id.warga.population.PopulationRegistry;
import id.warga.population.RegistryCommand;
import id.warga.region.Region;
import id.warga.region.RegionCode;
import id.warga.region.RegionDirectory;
import id.warga.region.RegionUnits;
import id.warga.shared.rules.RuleViolation;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs one at a time on a thread of its own, as the user who started them (their scope
 * is read again when the job runs). A job is checked first; it stops for confirmation when RW/RT
 * units must be created, and is rejected whole in all-or-nothing mode when a row is invalid; then
 * it is written. Valid-rows imports commit batch by batch (whole households each); all-or-nothing
 * imports write in one transaction. A server that stops mid-import leaves committed batches whole
 * and the job marked interrupted at the next start, from where it can be resumed (households already
 * written are recognised by KK number and NIK and left as they are) or started over.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    final ExchangeSettings settings;
    final ImportJobs jobs;
    final ImportProblems problems;
    final ImportCalendar calendar;
    final PopulationRegistry registry;
    final PopulationBulkLoad bulk;
    final CodeLists codes;
    private final RegionDirectory regions;
    private final RegionUnits units;
    private final AuditTrail audit;
    private final AccessControl access;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "warga-import");
        t.setDaemon(true);
        return t;
    });

    /**
     * Called inside each written batch's transaction, after its households are written and before
     * it commits (tests stop a job there, as a crash would).
     */
    volatile BiConsumer<UUID, Integer> batchWritten = (job, batch) -> {};

    private final Map<UUID, Integer> batches = new java.util.concurrent.ConcurrentHashMap<>();

    ImportWorker(
            ExchangeSettings settings,
            ImportJobs jobs,
            ImportProblems problems,
            ImportCalendar calendar,
            PopulationRegistry registry,
            PopulationBulkLoad bulk,
            CodeLists codes,
            RegionDirectory regions,
            RegionUnits units,
            AuditTrail audit,
            AccessControl access,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.jobs = jobs;
        this.problems = problems;
        this.calendar = calendar;
        this.registry = registry;
        this.bulk = bulk;
        this.codes = codes;
        this.regions = regions;
        this.units = units;
        this.audit = audit;
        this.access = access;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Jobs that were running when the server last stopped are interrupted: nothing runs them now. */
    @EventListener(ApplicationReadyEvent.class)
    void recoverInterrupted() {
        List<UUID> interrupted = jobs.markInterrupted();
        if (!interrupted.isEmpty()) {
            log.warn("Imports interrupted by the last stop (resume or start over): {}", interrupted);
        }
    }

    void submit(UUID id) {
        executor.submit(() -> run(id));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Runs a job from where its status says: a queued job is checked first, a confirmed one written. */
    void run(UUID id) {
        ImportJob found = jobs.find(id).orElse(null);
        if (found == null) {
            return;
        }
        access.runAs(found.startedBy(), () -> runAsStarter(found));
    }

    private void runAsStarter(ImportJob started) {
        UUID id = started.id();
        ImportJob job = started;
        try {
            if (job.status() == ImportStatus.QUEUED && singlePass(job)) {
                // nothing to confirm and nothing to hold back: the writing pass checks every row as it goes
                if (!jobs.move(id, ImportStatus.IMPORTING)) {
                    return;
                }
                job = jobs.find(id).orElseThrow();
            } else if (job.status() == ImportStatus.QUEUED) {
                if (!jobs.move(id, ImportStatus.CHECKING)) {
                    return;
                }
                job = jobs.find(id).orElseThrow();
                if (!check(job)) {
                    return;
                }
                job = jobs.find(id).orElseThrow();
            }
            if (job.status() == ImportStatus.IMPORTING) {
                write(job);
            }
        } catch (Cancelled cancelled) {
            finish(id);
            jobs.move(id, ImportStatus.CANCELLED);
        } catch (BadFileException bad) {
            jobs.fail(id, bad.code() + (bad.arguments().length > 0 ? ":" + bad.arguments()[0] : ""));
            finish(id);
            jobs.move(id, ImportStatus.FAILED);
        } catch (RuntimeException e) {
            log.error("Import {} failed", id, e);
            jobs.fail(id, "unexpected");
            finish(id);
            jobs.move(id, ImportStatus.FAILED);
        } finally {
            batches.remove(id);
        }
    }

    /**
     * Valid-rows imports that may create units need no separate checking pass: rows are checked by
     * the same rules just before their batch is written, and the report is the same.
     */
    private static boolean singlePass(ImportJob job) {
        return job.mode() == ImportMode.VALID_ROWS && job.createUnits();
    }

    /** Creates the RW and RT units of these RT codes that do not exist yet, a batch's worth in one transaction. */
    void ensureUnits(java.util.Collection<String> rtCodes, java.util.Set<String> known) {
        List<RegionCode> unknown = rtCodes.stream()
                .filter(rt -> rt != null && !known.contains(rt))
                .distinct()
                .map(RegionCode::of)
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> units.createMissing(unknown));
        unknown.forEach(rt -> known.add(rt.value()));
    }

    /** The checking pass. True when the job goes on to be written. */
    private boolean check(ImportJob job) {
        SpreadsheetFile file = SpreadsheetFile.open(Path.of(job.filePath()));
        problems.clear(job.id());
        jobs.startPhase(job.id(), "CHECK", file.estimateRows());
        ImportRun run = new ImportRun(this, job, false);
        run.run(file);
        pace(job, "check", run);
        List<String> toCreate = missingUnits(run);
        jobs.checked(job.id(), file.format.name(), run.layout, notices(file, run), toCreate, run.rowsTotal);
        if (run.counts.rowsRead == 0) {
            throw new BadFileException("no-rows");
        }
        if (job.mode() == ImportMode.ALL_OR_NOTHING && run.counts.errors > 0) {
            // nothing is imported; the report says which rows stood in the way
            run.counts.rowsImported = 0;
            run.counts.rowsUnchanged = 0;
            run.counts.householdsCreated = 0;
            run.counts.householdsUpdated = 0;
            jobs.progress(job.id(), run.counts);
            finish(job.id());
            jobs.move(job.id(), ImportStatus.REJECTED);
            return false;
        }
        if (!toCreate.isEmpty() && !job.createUnits()) {
            jobs.move(job.id(), ImportStatus.NEEDS_CONFIRMATION);
            return false;
        }
        return jobs.move(job.id(), ImportStatus.IMPORTING);
    }

    /** The writing pass: units first, then the households, batch by batch or all at once. */
    private void write(ImportJob job) {
        SpreadsheetFile file = SpreadsheetFile.open(Path.of(job.filePath()));
        createUnits(job);
        problems.clear(job.id());
        batches.remove(job.id());
        jobs.startPhase(job.id(), "WRITE", job.rowsTotal() != null ? job.rowsTotal() : file.estimateRows());
        ImportRun run = new ImportRun(this, job, true);
        if (job.mode() == ImportMode.ALL_OR_NOTHING) {
            try {
                transaction.executeWithoutResult(status -> {
                    run.run(file);
                    if (run.counts.errors > 0) {
                        throw new Rejected();
                    }
                    audited(job, run);
                });
            } catch (Rejected rejected) {
                run.flushProblems();
                run.counts.rowsImported = 0;
                run.counts.rowsUnchanged = 0;
                run.counts.householdsCreated = 0;
                run.counts.householdsUpdated = 0;
                jobs.progress(job.id(), run.counts);
                finish(job.id());
                jobs.move(job.id(), ImportStatus.REJECTED);
                return;
            }
        } else {
            run.run(file);
            if (run.counts.rowsRead == 0) {
                throw new BadFileException("no-rows");
            }
            transaction.executeWithoutResult(status -> audited(job, run));
        }
        pace(job, "write", run);
        jobs.progress(job.id(), run.counts);
        jobs.checked(job.id(), file.format.name(), run.layout, notices(file, run), job.unitsToCreate(), run.rowsTotal);
        finish(job.id());
        jobs.move(job.id(), ImportStatus.COMPLETED);
    }

    private static void pace(ImportJob job, String pass, ImportRun run) {
        log.info(
                "Import {} {} pass: {} rows; reading {} ms, registered households {} ms, rules {} ms, writing {} ms",
                job.id(),
                pass,
                run.counts.rowsRead,
                run.nanos[0] / 1_000_000,
                run.nanos[1] / 1_000_000,
                run.nanos[2] / 1_000_000,
                run.nanos[3] / 1_000_000);
    }

    private void audited(ImportJob job, ImportRun run) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", job.id().toString());
        summary.put("file", job.fileName());
        summary.put("mode", job.mode().name());
        summary.put("rowsImported", run.counts.rowsImported);
        summary.put("rowsUnchanged", run.counts.rowsUnchanged);
        summary.put("rowsRejected", run.counts.rowsRejected);
        summary.put("householdsCreated", run.counts.householdsCreated);
        summary.put("householdsUpdated", run.counts.householdsUpdated);
        audit.recordChange("import", job.id().toString(), RegionCode.of(job.kelurahan()), null, summary);
    }

    private List<String> missingUnits(ImportRun run) {
        java.util.Set<String> missing = new java.util.TreeSet<>();
        for (String rt : run.rts) {
            RegionCode code = RegionCode.of(rt);
            RegionCode rw = code.parent().orElseThrow();
            if (regions.find(rw).isEmpty()) {
                missing.add(rw.value());
            }
            if (regions.find(code).isEmpty()) {
                missing.add(code.value());
            }
        }
        return List.copyOf(missing);
    }

    private void createUnits(ImportJob job) {
        transaction.executeWithoutResult(status -> {
            for (String unit : job.unitsToCreate()) {
                RegionCode code = RegionCode.of(unit);
                if (regions.find(code).isEmpty()) {
                    RegionCode parent = code.parent().orElseThrow();
                    Region made = units.create(parent, code.localNumber(), null);
                    log.info("Import {} created {}", job.id(), made.code());
                }
            }
        });
    }

    private static List<String> notices(SpreadsheetFile file, ImportRun run) {
        List<String> notices = new java.util.ArrayList<>();
        if (file.format == SpreadsheetFile.Format.CSV) {
            notices.add("charset:" + file.charset.name() + (file.byteOrderMark ? " (BOM)" : ""));
            notices.add("delimiter:" + (file.delimiter == '\t' ? "TAB" : String.valueOf(file.delimiter)));
        }
        notices.addAll(run.notices);
        return notices;
    }

    /** Between batches: a cancelled job stops here. */
    void checkpoint(UUID job) {
        if (jobs.cancelRequested(job)) {
            throw new Cancelled();
        }
    }

    /** Progress is written on its own, so pages see it while an all-or-nothing import's transaction is open. */
    void saveProgress(UUID job, ImportCounts counts) {
        separate.executeWithoutResult(status -> jobs.progress(job, counts));
    }

    /** Problems are kept even when the import's own transaction rolls back. */
    void saveProblems(UUID job, int firstSeq, List<Problem> found) {
        separate.executeWithoutResult(status -> problems.append(job, firstSeq, found));
    }

    /**
     * A batch of new households: committed on its own (valid rows), or inside the whole import's
     * transaction. Its commit does not wait for the disk: the progress saved after it does, and
     * takes the batch with it (see {@code PopulationBulkLoad.commitWithoutWaiting}).
     */
    void inBatch(ImportJob job, Runnable work) {
        transaction.executeWithoutResult(status -> {
            bulk.commitWithoutWaiting();
            work.run();
            batchWritten.accept(job.id(), batches.merge(job.id(), 1, Integer::sum));
        });
    }

    /** The changes to one registered household, committed together. */
    void inHousehold(ImportJob job, Runnable work) {
        transaction.executeWithoutResult(status -> work.run());
    }

    /** What the registry's rules say of a change, without writing it. */
    List<RuleViolation> check(RegistryCommand command) {
        try {
            return registry.check(command);
        } catch (id.warga.shared.web.NotFoundException | id.warga.population.StaleVersionException e) {
            return List.of(RuleViolation.error("IMPORT_HOUSEHOLD_CHANGED_MEANWHILE", "kkNumber"));
        }
    }

    XlsxRows.Settings xlsxSettings(UUID job) {
        return new XlsxRows.Settings(settings.workDirectory().resolve(job.toString() + "-tmp"));
    }

    /**
     * An ending job's file is deleted: the report stays, the residents' data do not linger on disk.
     * Called before the job is marked ended, so a job seen as ended has no file left.
     */
    void finish(UUID id) {
        jobs.find(id).ifPresent(job -> {
            if (job.filePath() != null) {
                try {
                    Files.deleteIfExists(Path.of(job.filePath()));
                    deleteTree(settings.workDirectory().resolve(id + "-tmp"));
                } catch (IOException e) {
                    log.warn("Could not delete the file of import {}", id, e);
                }
                jobs.forgetFile(id);
            }
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The user asked to stop. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** An all-or-nothing import met an invalid row while writing: everything is rolled back. */
    static final class Rejected extends RuntimeException {
        Rejected() {
            super("rejected", null, false, false);
        }
    }
}
