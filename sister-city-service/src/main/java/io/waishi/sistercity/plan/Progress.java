package io.waishi.sistercity.plan;

import java.math.BigInteger;
import java.util.List;

/**
 * How far a plan has come, measured from the records that count. The arithmetic lives here so it is the
 * same in the API, the reports and the console: a target's share is achieved ÷ required, capped at 1 so
 * that overshooting one target never hides another that is behind; the plan's share is the mean of its
 * targets' shares. Percentages are rounded down, so nothing shows 100 % before it is met.
 */
public final class Progress {

    private Progress() {
    }

    /**
     * One target's progress.
     *
     * @param achieved     records held/signed within the period that meet the target
     * @param pending      records on their way (e.g. exchanges planned but not yet held); not counted
     * @param contributors the ids of the records counted, for links in the console and reports
     */
    public record TargetProgress(PlanTarget target, int achieved, int pending, List<String> contributors) {

        public TargetProgress {
            if (achieved < 0 || pending < 0) {
                throw new IllegalArgumentException("Counts cannot be negative");
            }
            contributors = contributors == null ? List.of() : List.copyOf(contributors);
        }

        public int percent() {
            return percentOf(achieved, target.required());
        }

        public boolean met() {
            return achieved >= target.required();
        }

        public int remaining() {
            return Math.max(0, target.required() - achieved);
        }
    }

    /** The whole plan: its targets' progress and the mean of their shares. */
    public record PlanProgress(List<TargetProgress> targets) {

        public PlanProgress {
            targets = List.copyOf(targets);
        }

        public int percent() {
            if (targets.isEmpty()) {
                return 0;
            }
            // Sum the capped shares as exact fractions, so 1/3 + 2/3 is exactly 1 and not 0.999… rounded down.
            BigInteger numerator = BigInteger.ZERO;
            BigInteger denominator = BigInteger.ONE;
            for (TargetProgress progress : targets) {
                BigInteger required = BigInteger.valueOf(progress.target().required());
                BigInteger counted = BigInteger.valueOf(Math.min(progress.achieved(), progress.target().required()));
                numerator = numerator.multiply(required).add(counted.multiply(denominator));
                denominator = denominator.multiply(required);
            }
            return numerator.multiply(BigInteger.valueOf(100))
                    .divide(denominator.multiply(BigInteger.valueOf(targets.size()))).intValue();
        }

        public long targetsMet() {
            return targets.stream().filter(TargetProgress::met).count();
        }
    }

    static int percentOf(int achieved, int required) {
        return (int) (Math.min(achieved, required) * 100L / required);
    }
}
