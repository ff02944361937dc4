package id.warga.programmes;

import java.util.List;

/**
 * The environment fund of one year as the public sees it, kelurahan by kelurahan and RW by RW: the
 * allocation, the approved plans' budget, what was spent, the share of the allocation absorbed and
 * the progress. Money of public budgets, no personal data.
 */
public record FundFigures(
        int year,
        Rupiah allocation,
        Rupiah approved,
        Rupiah spent,
        int rws,
        int approvedPlans,
        List<Kelurahan> kelurahan) {

    public double absorbed() {
        return spent.shareOf(allocation);
    }

    public record Kelurahan(
            String code,
            String name,
            String kecamatan,
            Rupiah allocation,
            Rupiah approved,
            Rupiah spent,
            int approvedPlans,
            int progress,
            List<Rw> rws) {

        public double absorbed() {
            return spent.shareOf(allocation);
        }
    }

    /** One RW: its plan's state ({@code null} without a plan), approved budget, spending and progress. */
    public record Rw(
            String code,
            String label,
            PlanStatus status,
            Rupiah allocation,
            Rupiah approved,
            Rupiah spent,
            int progress) {

        public double absorbed() {
            return spent.shareOf(allocation);
        }
    }
}
