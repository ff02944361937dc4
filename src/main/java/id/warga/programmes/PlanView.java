package id.warga.programmes;

import java.util.List;
import java.util.Set;

/**
 * One plan in full: its activities, the trail of its workflow, and what the acting user may do
 * now ({@code edit}, {@code submit}, {@code verify}, {@code approve}, {@code return}, {@code report}).
 */
public record PlanView(PlanSummary plan, List<ActivityView> activities, List<PlanStep> trail, Set<String> actions) {}
