package id.warga.verification;

import java.util.Set;

/**
 * The acting user as a submission sees them: who, the review levels they hold over its RT, and
 * whether they head that RT (who may fix, resubmit or withdraw it).
 */
record Reviewer(String username, Set<ReviewLevel> levels, boolean rtHead) {

    boolean holds(ReviewLevel level) {
        return levels.contains(level);
    }
}
