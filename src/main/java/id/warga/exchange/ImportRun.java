package id.warga.exchange;

import id.warga.exchange.ImportLayout.Field;
import id.warga.population.CodeLists;
import id.warga.population.HouseholdView;
import id.warga.population.LabourAnswer;
import id.warga.population.LifeEventKind;
import id.warga.population.NewHousehold;
import id.warga.population.NewResident;
import id.warga.population.RegistrationCheck;
import id.warga.population.RegistryCommand;
import id.warga.population.RegistryCommand.AddMember;
import id.warga.population.RegistryCommand.AnswerLabourBlock;
import id.warga.population.RegistryCommand.ChangeHousehold;
import id.warga.population.RegistryCommand.ChangeResident;
import id.warga.population.RegistryCommand.NewMember;
import id.warga.population.RegistryCommand.RegisterHousehold;
import id.warga.population.ResidentDetails;
import id.warga.population.ResidentView;
import id.warga.population.RuleViolationsException;
import id.warga.population.StaleVersionException;
import id.warga.region.RegionCode;
import id.warga.shared.rules.RuleViolation;
import id.warga.shared.web.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One pass over an import's file: every row read, grouped into households and judged by the
 * registry's rules (new households many at a time through {@code PopulationRegistry.checkAll},
 * households already registered by comparing each member and checking the changes as commands).
 * A checking pass only reports; a writing pass also writes each batch of whole households: new
 * ones by COPY ({@code PopulationBulkLoad}), changes to registered ones through
 * {@code PopulationRegistry.apply}, so every statistic follows.
 */
final class ImportRun {

    private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)]\\.(.+)");

    private final ImportWorker worker;
    private final ImportJob job;
    private final boolean write;
    private final RegionCode kelurahan;
    private final LocalDate today;
    private final RowReader reader;
    final ImportCounts counts = new ImportCounts();
    private final LongIntMap niks = new LongIntMap();
    private final Map<Integer, String> dusunOfRw = new HashMap<>();
    /** RT codes the imported households live in. */
    final Set<String> rts = new TreeSet<>();
    /** RT codes known to exist (or created by this run). */
    private final Set<String> knownRts = new java.util.HashSet<>();

    final List<String> notices = new ArrayList<>();
    private final List<Problem> pending = new ArrayList<>();
    private int problemSeq;
    int rowsTotal;
    String layout;

    private ImportLayout.Columns columns;
    private String headerSheet;
    private boolean sheetEnded;

    ImportRun(ImportWorker worker, ImportJob job, boolean write) {
        this.worker = worker;
        this.job = job;
        this.write = write;
        this.kelurahan = RegionCode.of(job.kelurahan());
        this.today = worker.calendar.today();
        this.reader = new RowReader(worker.codes, kelurahan);
    }

    /**
     * Reads the file to its end, judging (and when writing, writing) every household. A valid-rows
     * import writes a batch on a second thread while the next one is read and judged, so the
     * database's work and Warga's overlap.
     */
    void run(SpreadsheetFile file) {
        HouseholdGrouper grouper = new HouseholdGrouper(worker.settings.batchRows(), this::batch, this::loose);
        if (write && job.mode() == ImportMode.VALID_ROWS) {
            writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "warga-import-writer");
                t.setDaemon(true);
                return t;
            });
            writer = new org.springframework.security.concurrent.DelegatingSecurityContextExecutorService(writer);
        }
        try {
            file.read((sheet, number, cells) -> row(sheet, number, cells, grouper), worker.xlsxSettings(job.id()));
            if (layout == null) {
                throw new BadFileException("no-header");
            }
            grouper.finish();
            awaitWriter();
        } finally {
            if (writer != null) {
                try {
                    awaitWriter();
                } finally {
                    writer.shutdown();
                }
            }
        }
        loose.forEach(this::reject);
        loose.clear();
        flushProblems();
        worker.saveProgress(job.id(), counts);
    }

    private java.util.concurrent.ExecutorService writer;
    private java.util.concurrent.Future<?> inFlight;
    private final List<ImportRow> loose = new ArrayList<>();

    private void row(String sheet, int number, List<String> cells, HouseholdGrouper grouper) {
        if (!sheet.equals(headerSheet)) {
            if (blank(cells)) {
                return;
            }
            headerSheet = sheet;
            sheetEnded = false;
            ImportLayout found = ImportLayout.detect(cells);
            ImportLayout.Columns header = found.columns(cells);
            if (header.positions().isEmpty()) {
                notices.add("sheet-skipped:" + sheet);
                columns = null;
                return;
            }
            if (!header.missing().isEmpty()) {
                throw new BadFileException("columns-missing", String.join(", ", header.missing()));
            }
            if (layout != null && !layout.equals(found.name())) {
                throw new BadFileException("layouts-mixed");
            }
            layout = found.name();
            columns = header;
            header.unknown().forEach(h -> notices.add("column-unknown:" + h));
            header.ignored().forEach(h -> notices.add("column-ignored:" + h));
            header.repeated().forEach(h -> notices.add("column-repeated:" + h));
            return;
        }
        if (columns == null || sheetEnded || blank(cells)) {
            return;
        }
        // OpenSID's template ends its data where column B says ###
        if (cells.size() > 1 && "###".equals(XlsxRows.text(cells.get(1)).strip())) {
            sheetEnded = true;
            return;
        }
        long t0 = System.nanoTime();
        ImportRow row = reader.read(sheet, number, cells, columns);
        nanos[0] += System.nanoTime() - t0;
        counts.rowsRead++;
        rowsTotal++;
        grouper.add(row);
    }

    /** A row that belongs to no household (no or repeated KK number): rejected on its own, with the next batch. */
    private void loose(ImportRow row) {
        loose.add(row);
    }

    /** Nanoseconds spent reading rows, looking up registered households, checking rules and writing. */
    final long[] nanos = new long[4];

    private void batch(List<HouseholdRows> households) {
        Prepared prepared = prepare(households);
        if (writer == null) {
            commit(prepared);
            return;
        }
        // the batch before is still being written: wait for it, then hand this one over and read on
        awaitWriter();
        inFlight = writer.submit(() -> commit(prepared));
    }

    /** The rows of a batch judged, ready to be written: the reading side of the pipeline. */
    private Prepared prepare(List<HouseholdRows> households) {
        long t0 = System.nanoTime();
        worker.checkpoint(job.id());
        List<Candidate> fresh = new ArrayList<>();
        Map<String, Candidate> byKk = new LinkedHashMap<>();
        for (HouseholdRows household : households) {
            Candidate candidate = new Candidate(household);
            for (ImportRow row : household.rows) {
                if (!row.rejected()) {
                    repeatedNik(row);
                }
            }
            candidate.place();
            byKk.put(household.kkNumber, candidate);
        }
        if (write && job.createUnits()) {
            worker.ensureUnits(byKk.values().stream().map(c -> c.rtCode).toList(), knownRts);
        }
        Map<String, HouseholdView> existing = worker.bulk.households(byKk.keySet());
        long t1 = System.nanoTime();
        nanos[1] += t1 - t0;
        for (Candidate candidate : byKk.values()) {
            HouseholdView registered = existing.get(candidate.household.kkNumber);
            if (registered != null) {
                candidate.registered = registered;
            } else {
                fresh.add(candidate);
            }
        }
        judgeNew(fresh);
        nanos[2] += System.nanoTime() - t1;
        List<NewHousehold> bulk = new ArrayList<>();
        List<Candidate> oneByOne = new ArrayList<>();
        for (Candidate candidate : fresh) {
            if (candidate.members.isEmpty()) {
                continue;
            }
            rts.add(candidate.rtCode);
            if (!candidate.returning.isEmpty()) {
                oneByOne.add(candidate);
            } else {
                bulk.add(candidate.newHousehold(today));
            }
        }
        List<ImportRow> looseRows = new ArrayList<>(loose);
        loose.clear();
        return new Prepared(households, fresh, byKk, bulk, oneByOne, looseRows);
    }

    /** Writes a judged batch and counts it: the writing side of the pipeline. */
    private void commit(Prepared p) {
        long t2 = System.nanoTime();
        p.loose().forEach(this::reject);
        if (write) {
            worker.inBatch(job, () -> worker.bulk.load(p.bulk()));
            for (Candidate candidate : p.oneByOne()) {
                try {
                    worker.inHousehold(job, () -> worker.registry.apply(candidate.command(today, true)));
                } catch (RuntimeException raced) {
                    if (job.mode() == ImportMode.ALL_OR_NOTHING || !isRuleFailure(raced)) {
                        throw raced;
                    }
                    for (ImportRow row : candidate.members) {
                        row.problem(Field.KK_NUMBER, "IMPORT_HOUSEHOLD_CHANGED_MEANWHILE");
                    }
                    candidate.members.clear();
                }
            }
        }
        for (Candidate candidate : p.fresh()) {
            if (!candidate.members.isEmpty()) {
                counts.householdsCreated++;
                counts.rowsImported += candidate.members.size();
            }
            candidate.household.rows.stream().filter(ImportRow::rejected).forEach(this::reject);
        }
        for (Candidate candidate : p.byKk().values()) {
            if (candidate.registered != null) {
                update(candidate);
            }
        }
        for (HouseholdRows household : p.households()) {
            for (ImportRow row : household.rows) {
                counts.committedRow = Math.max(counts.committedRow, row.number());
                for (Problem problem : row.problems) {
                    if (!problem.isError()) {
                        problem(problem);
                    }
                }
            }
        }
        flushProblems();
        worker.saveProgress(job.id(), counts);
        nanos[3] += System.nanoTime() - t2;
    }

    private void awaitWriter() {
        java.util.concurrent.Future<?> previous = inFlight;
        inFlight = null;
        if (previous == null) {
            return;
        }
        try {
            previous.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private record Prepared(
            List<HouseholdRows> households,
            List<Candidate> fresh,
            Map<String, Candidate> byKk,
            List<NewHousehold> bulk,
            List<Candidate> oneByOne,
            List<ImportRow> loose) {}

    /** Judges new households by the registry's rules; in each, rows with errors drop out and the rest is judged again. */
    private void judgeNew(List<Candidate> fresh) {
        List<Candidate> judging = new ArrayList<>(fresh);
        for (int round = 0; round < 3 && !judging.isEmpty(); round++) {
            judging.removeIf(c -> {
                c.collectMembers();
                return c.members.isEmpty();
            });
            if (judging.isEmpty()) {
                break;
            }
            List<RegistrationCheck> checks = worker.registry.checkAll(
                    judging.stream().map(c -> c.command(today, false)).toList(), today);
            List<Candidate> again = new ArrayList<>();
            for (int i = 0; i < judging.size(); i++) {
                Candidate candidate = judging.get(i);
                if (candidate.apply(checks.get(i), round == 2)) {
                    again.add(candidate);
                }
            }
            judging = again;
        }
    }

    /** Compares a registered household with its rows and checks (or applies) what changed. */
    private void update(Candidate candidate) {
        HouseholdView h = candidate.registered;
        List<ImportRow> rows =
                candidate.household.rows.stream().filter(r -> !r.rejected()).toList();
        candidate.household.rows.stream().filter(ImportRow::rejected).forEach(this::reject);
        if (rows.isEmpty()) {
            return;
        }
        if (candidate.rtCode != null && !candidate.rtCode.equals(h.rtCode())) {
            for (ImportRow row : rows) {
                row.problem(
                        columns.layout() == ImportLayout.WARGA ? Field.RT_CODE : Field.RT,
                        "IMPORT_HOUSEHOLD_ELSEWHERE",
                        h.rtCode(),
                        candidate.rtCode);
                reject(row);
            }
            return;
        }
        List<Step> steps = new ArrayList<>();
        // checked against the household as it is; written in order, each on the version the last left
        int householdVersion = h.version();
        String address = candidate.address();
        if (address != null && !address.equals(h.address())) {
            steps.add(new Step(rows.get(0), new ChangeHousehold(h.id(), householdVersion, h.kkNumber(), address)));
        }
        Set<ImportRow> unchanged = new LinkedHashSet<>();
        for (ImportRow row : rows) {
            ResidentView member = match(h, row);
            if (member == null) {
                LifeEventKind reason = row.details.birthDate() != null
                                && !row.details.birthDate().isBefore(today.minusYears(1))
                        ? LifeEventKind.BIRTH
                        : LifeEventKind.MOVE_IN;
                steps.add(new Step(
                        row,
                        new AddMember(
                                h.id(),
                                householdVersion,
                                reason,
                                reason == LifeEventKind.BIRTH ? row.details.birthDate() : today,
                                row.details,
                                row.labour,
                                Set.of())));
                continue;
            }
            ResidentDetails merged = merge(member.details(), row.details);
            int version = member.version();
            boolean same = true;
            if (!merged.equals(member.details())) {
                steps.add(new Step(row, new ChangeResident(member.id(), version, merged, Set.of())));
                version++;
                same = false;
            }
            if (row.labour != null && !sameLabour(member.labour(), row.labour)) {
                steps.add(new Step(row, new AnswerLabourBlock(member.id(), version, row.labour, Set.of())));
                same = false;
            }
            if (same) {
                unchanged.add(row);
            }
        }
        Map<ImportRow, List<RuleViolation>> found = new LinkedHashMap<>();
        for (Step step : steps) {
            List<RuleViolation> violations = worker.check(step.command());
            found.computeIfAbsent(step.row(), r -> new ArrayList<>()).addAll(violations);
        }
        boolean householdBlocked = steps.stream()
                .filter(step -> step.command() instanceof ChangeHousehold)
                .anyMatch(step -> found.get(step.row()).stream().anyMatch(RuleViolation::isError));
        List<ImportRow> refused = new ArrayList<>();
        for (ImportRow row : rows) {
            List<RuleViolation> violations = found.getOrDefault(row, List.of());
            violations.forEach(v -> row.problems.add(Problem.of(row, column(row, v.field()), value(row, v), v)));
            if (householdBlocked && !row.rejected()) {
                row.problem(Field.KK_NUMBER, "IMPORT_HOUSEHOLD_NOT_CHANGED");
            }
            if (row.rejected()) {
                refused.add(row);
            }
        }
        // a member's change that breaks a rule is refused alone; the household's own change refuses them all
        steps.removeIf(step -> step.row().rejected());
        refused.forEach(this::reject);
        rows = rows.stream().filter(r -> !r.rejected()).toList();
        unchanged.removeIf(ImportRow::rejected);
        if (write && !steps.isEmpty()) {
            List<ImportRow> written = rows;
            try {
                worker.inHousehold(job, () -> {
                    int version = h.version();
                    for (Step step : steps) {
                        RegistryCommand command = withConfirmed(step.command(), found.get(step.row()));
                        if (command instanceof ChangeHousehold c) {
                            command = new ChangeHousehold(c.householdId(), version++, c.kkNumber(), c.address());
                        } else if (command instanceof AddMember c) {
                            command = new AddMember(
                                    c.householdId(),
                                    version++,
                                    c.reason(),
                                    c.occurredOn(),
                                    c.details(),
                                    c.labour(),
                                    c.confirmedWarnings());
                        }
                        worker.registry.apply(command);
                    }
                });
            } catch (RuntimeException raced) {
                if (job.mode() == ImportMode.ALL_OR_NOTHING || !isRuleFailure(raced)) {
                    throw raced;
                }
                for (ImportRow row : written) {
                    row.problem(Field.KK_NUMBER, "IMPORT_HOUSEHOLD_CHANGED_MEANWHILE");
                    reject(row);
                }
                return;
            }
        }
        if (!steps.isEmpty()) {
            counts.householdsUpdated++;
        }
        counts.rowsUnchanged += unchanged.size();
        counts.rowsImported += rows.size() - unchanged.size();
    }

    private static boolean isRuleFailure(RuntimeException e) {
        return e instanceof RuleViolationsException
                || e instanceof StaleVersionException
                || e instanceof NotFoundException;
    }

    private static ResidentView match(HouseholdView h, ImportRow row) {
        String nik = row.details.nik();
        for (ResidentView member : h.members()) {
            if (nik != null && nik.equals(member.nik())) {
                return member;
            }
            if (nik == null
                    && member.nik() == null
                    && member.name() != null
                    && member.name().equalsIgnoreCase(Objects.toString(row.details.name(), ""))
                    && Objects.equals(member.birthDate(), row.details.birthDate())) {
                return member;
            }
        }
        return null;
    }

    /** What the row says, over what is stored: an empty cell never blanks a stored value. */
    private static ResidentDetails merge(ResidentDetails stored, ResidentDetails file) {
        return new ResidentDetails(
                file.nik() != null ? file.nik() : stored.nik(),
                file.name() != null ? file.name() : stored.name(),
                file.sex() != null ? file.sex() : stored.sex(),
                file.birthPlace() != null ? file.birthPlace() : stored.birthPlace(),
                file.birthDate() != null ? file.birthDate() : stored.birthDate(),
                file.religion() != null ? file.religion() : stored.religion(),
                file.maritalStatus() != null ? file.maritalStatus() : stored.maritalStatus(),
                file.education() != null ? file.education() : stored.education(),
                file.occupation() != null ? file.occupation() : stored.occupation(),
                file.relation() != null ? file.relation() : stored.relation(),
                file.citizenship() != null ? file.citizenship() : stored.citizenship(),
                file.phone() != null ? file.phone() : stored.phone());
    }

    private static boolean sameLabour(ResidentView.LabourView stored, LabourAnswer file) {
        return stored.activity() == file.activity()
                && Objects.equals(stored.referenceDate(), file.referenceDate())
                && Objects.equals(stored.hoursWorked(), file.hoursWorked())
                && Objects.equals(stored.employmentStatus(), file.employmentStatus())
                && Objects.equals(stored.skills(), file.skills());
    }

    private static RegistryCommand withConfirmed(RegistryCommand command, List<RuleViolation> found) {
        Set<String> warnings = found == null
                ? Set.of()
                : found.stream()
                        .filter(v -> !v.isError())
                        .map(RuleViolation::code)
                        .collect(Collectors.toSet());
        if (command instanceof AddMember c) {
            return new AddMember(
                    c.householdId(),
                    c.householdVersion(),
                    c.reason(),
                    c.occurredOn(),
                    c.details(),
                    c.labour(),
                    warnings);
        }
        if (command instanceof ChangeResident c) {
            return new ChangeResident(c.residentId(), c.version(), c.details(), warnings);
        }
        if (command instanceof AnswerLabourBlock c) {
            return new AnswerLabourBlock(c.residentId(), c.version(), c.answer(), warnings);
        }
        return command;
    }

    /** A NIK may appear once in a file; a second row with it is reported against the first. */
    private void repeatedNik(ImportRow row) {
        long key = LongIntMap.key(row.details.nik());
        if (key < 0) {
            return;
        }
        int first = niks.putIfAbsent(key, row.number());
        if (first >= 0) {
            row.problem(Field.NIK, "IMPORT_NIK_REPEATED", first);
        }
    }

    private void reject(ImportRow row) {
        counts.rowsRejected++;
        counts.errors++;
        for (Problem p : row.problems) {
            problem(p);
        }
    }

    private void problem(Problem p) {
        if (problemSeq + pending.size() < worker.settings.maxReportedProblems()) {
            pending.add(p);
        }
        if (pending.size() >= 1000) {
            flushProblems();
        }
    }

    void flushProblems() {
        if (pending.isEmpty()) {
            return;
        }
        worker.saveProblems(job.id(), problemSeq, pending);
        problemSeq += pending.size();
        pending.clear();
    }

    /** The column of the file a rule's field points at. */
    private String column(ImportRow row, String field) {
        String leaf = field;
        Matcher member = MEMBER.matcher(field);
        if (member.matches()) {
            leaf = member.group(2);
        }
        Field f = switch (leaf) {
            case "kkNumber", "toKkNumber" -> Field.KK_NUMBER;
            case "address" -> Field.ADDRESS;
            case "rtCode" -> columns.layout() == ImportLayout.WARGA ? Field.RT_CODE : Field.RT;
            case "nik" -> Field.NIK;
            case "name" -> Field.NAME;
            case "sex" -> Field.SEX;
            case "birthPlace" -> Field.BIRTH_PLACE;
            case "birthDate", "since", "occurredOn" -> Field.BIRTH_DATE;
            case "religion" -> Field.RELIGION;
            case "maritalStatus" -> Field.MARITAL_STATUS;
            case "education" -> Field.EDUCATION;
            case "occupation" -> Field.OCCUPATION;
            case "citizenship" -> Field.CITIZENSHIP;
            case "phone" -> Field.PHONE;
            case "labour.activity", "activity" -> Field.LABOUR_ACTIVITY;
            case "labour.referenceDate", "referenceDate" -> Field.LABOUR_DATE;
            case "labour.hoursWorked", "hoursWorked" -> Field.HOURS_WORKED;
            case "labour.employmentStatus", "employmentStatus" -> Field.EMPLOYMENT_STATUS;
            case "labour.skills", "skills" -> Field.SKILLS;
            default -> Field.RELATION;
        };
        return row.column(f);
    }

    private String value(ImportRow row, RuleViolation v) {
        String column = column(row, v.field());
        for (Map.Entry<Field, String> written : row.written.entrySet()) {
            if (row.column(written.getKey()).equals(column)) {
                return XlsxRows.text(written.getValue());
            }
        }
        return "";
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (cell != null && !XlsxRows.text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private record Step(ImportRow row, RegistryCommand command) {}

    /** A household of the file on its way into the registry: the rows still in it and the rules' verdict. */
    private final class Candidate {

        final HouseholdRows household;
        HouseholdView registered;
        String rtCode;
        ImportRow head;
        final List<ImportRow> members = new ArrayList<>();
        Set<Integer> returning = Set.of();

        Candidate(HouseholdRows household) {
            this.household = household;
        }

        /** The household's RT: the head's row (or the first row), mapped onto the target kelurahan. */
        void place() {
            head = household.rows.stream()
                    .filter(r ->
                            !r.rejected() && r.details.relation() != null && r.details.relation() == CodeLists.HEAD)
                    .findFirst()
                    .orElse(household.rows.stream()
                            .filter(r -> !r.rejected())
                            .findFirst()
                            .orElse(null));
            if (head == null) {
                return;
            }
            if (head.rw == null || head.rt == null) {
                Field missing =
                        columns.layout() == ImportLayout.WARGA ? Field.RT_CODE : head.rw == null ? Field.RW : Field.RT;
                for (ImportRow row : household.rows) {
                    if (!row.rejected()) {
                        row.problem(missing, "REQUIRED", row.column(missing));
                    }
                }
                return;
            }
            String dusun = head.dusun == null ? "" : head.dusun;
            String other = dusunOfRw.putIfAbsent(head.rw, dusun);
            if (other != null && !other.equals(dusun)) {
                for (ImportRow row : household.rows) {
                    if (!row.rejected()) {
                        row.problem(Field.RW, "IMPORT_RW_TWO_DUSUN", String.format("%03d", head.rw), other, dusun);
                    }
                }
                return;
            }
            rtCode = kelurahan.child(head.rw).child(head.rt).value();
            for (ImportRow row : household.rows) {
                if (!row.rejected()
                        && row != head
                        && row.rw != null
                        && row.rt != null
                        && (!row.rw.equals(head.rw) || !row.rt.equals(head.rt))) {
                    row.problems.add(new Problem(
                            row.sheet(),
                            row.number(),
                            row.column(columns.layout() == ImportLayout.WARGA ? Field.RT_CODE : Field.RT),
                            row.value(columns.layout() == ImportLayout.WARGA ? Field.RT_CODE : Field.RT),
                            "IMPORT_MEMBER_ELSEWHERE",
                            RuleViolation.Severity.WARNING,
                            List.of(String.format("%03d", row.rt), String.format("%03d", head.rt))));
                }
            }
        }

        String address() {
            if (head != null && head.address != null) {
                return head.address;
            }
            return household.rows.stream()
                    .filter(r -> !r.rejected() && r.address != null)
                    .map(r -> r.address)
                    .findFirst()
                    .orElse(null);
        }

        void collectMembers() {
            members.clear();
            if (rtCode == null) {
                return;
            }
            household.rows.stream().filter(r -> !r.rejected()).forEach(members::add);
        }

        RegisterHousehold command(LocalDate since, boolean confirmAll) {
            List<NewMember> list = members.stream()
                    .map(r -> new NewMember(r.details, r.labour))
                    .toList();
            return new RegisterHousehold(
                    household.kkNumber, address(), rtCode, since, list, confirmAll ? warnings : Set.of());
        }

        private Set<String> warnings = Set.of();

        /**
         * Takes the rules' verdict: errors of a member reject that row, errors of the household
         * reject them all. True when rows dropped out and the rest must be judged again.
         */
        boolean apply(RegistrationCheck check, boolean lastRound) {
            List<RuleViolation> violations = check.violations().stream()
                    .filter(v -> !("RT_UNKNOWN".equals(v.code()) && !write))
                    .toList();
            boolean memberErrors = false;
            boolean householdErrors = false;
            Map<Integer, List<RuleViolation>> byMember = new HashMap<>();
            List<RuleViolation> ofHousehold = new ArrayList<>();
            for (RuleViolation v : violations) {
                Matcher m = MEMBER.matcher(v.field());
                if (m.matches()) {
                    byMember.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>())
                            .add(v);
                    memberErrors |= v.isError();
                } else {
                    ofHousehold.add(v);
                    householdErrors |= v.isError();
                }
            }
            if (memberErrors && !lastRound) {
                for (Map.Entry<Integer, List<RuleViolation>> e : byMember.entrySet()) {
                    if (e.getValue().stream().anyMatch(RuleViolation::isError)) {
                        ImportRow row = members.get(e.getKey());
                        e.getValue()
                                .forEach(v ->
                                        row.problems.add(Problem.of(row, column(row, v.field()), value(row, v), v)));
                    }
                }
                return true;
            }
            if (memberErrors || householdErrors) {
                for (int i = 0; i < members.size(); i++) {
                    ImportRow row = members.get(i);
                    for (RuleViolation v : byMember.getOrDefault(i, List.of())) {
                        row.problems.add(Problem.of(row, column(row, v.field()), value(row, v), v));
                    }
                    for (RuleViolation v : ofHousehold) {
                        row.problems.add(Problem.of(row, column(row, v.field()), value(row, v), v));
                    }
                    if (!row.rejected()) {
                        row.problem(Field.KK_NUMBER, "IMPORT_HOUSEHOLD_REJECTED");
                    }
                }
                members.clear();
                return false;
            }
            for (int i = 0; i < members.size(); i++) {
                ImportRow row = members.get(i);
                for (RuleViolation v : byMember.getOrDefault(i, List.of())) {
                    row.problems.add(Problem.of(row, column(row, v.field()), value(row, v), v));
                }
                if (i == 0) {
                    for (RuleViolation v : ofHousehold) {
                        row.problems.add(Problem.of(row, column(row, v.field()), value(row, v), v));
                    }
                }
            }
            warnings = violations.stream().map(RuleViolation::code).collect(Collectors.toSet());
            returning = check.returningMembers();
            return false;
        }

        NewHousehold newHousehold(LocalDate since) {
            List<NewResident> residents = new ArrayList<>();
            for (ImportRow row : members) {
                ResidentDetails d = row.details;
                LabourAnswer l = row.labour;
                residents.add(new NewResident(
                        d.nik(),
                        d.name(),
                        d.sex(),
                        d.birthPlace(),
                        d.birthDate(),
                        d.religion(),
                        d.maritalStatus(),
                        d.education(),
                        d.occupation(),
                        d.relation(),
                        d.citizenship() == null ? 1 : d.citizenship(),
                        d.phone(),
                        l == null ? null : l.activity(),
                        l == null ? null : l.referenceDate(),
                        l == null ? null : l.hoursWorked(),
                        l == null ? null : l.employmentStatus(),
                        l == null ? null : l.skills()));
            }
            return new NewHousehold(household.kkNumber, address(), rtCode, since, residents);
        }
    }
}
