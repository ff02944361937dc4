package id.warga.verification;

import id.warga.population.ChangeLine;
import id.warga.population.RegistryCommand;
import java.util.List;
import java.util.Set;

/**
 * One submission in full, for those whose area it is: the summary, the review levels it goes
 * through, its trail, the change field by field beside what the registry holds now, the command
 * itself, and what the acting user may do with it now ({@code verify}, {@code approve},
 * {@code reject}, {@code withdraw}, {@code fix}).
 */
public record SubmissionView(
        SubmissionSummary submission,
        List<ReviewLevel> levels,
        List<SubmissionStep> trail,
        List<ChangeLine> changes,
        RegistryCommand command,
        Set<String> actions) {}
