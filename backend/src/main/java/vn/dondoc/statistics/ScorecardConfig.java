package vn.dondoc.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The weights of the unit scorecard ({@code dondoc.scorecard.*}), as a province sets them for its yearly
 * emulation assessment. Each can be set by an environment variable, e.g. {@code DONDOC_SCORECARD_ON_TIME_WEIGHT=0.6}.
 * Only their ratios matter: the score divides by the sum of the weights of the components a unit has.
 */
@ConfigMapping(prefix = "dondoc.scorecard")
public interface ScorecardConfig {

    /** Weight of the on-time completion rate: on time / (on time + completed late + overdue). */
    @WithDefault("0.5")
    double onTimeWeight();

    /** Weight of the periodic reports submitted on time: on time / reports due. */
    @WithDefault("0.3")
    double reportsWeight();

    /** Weight of "no overdue task": 1 − overdue / tasks with a deadline. */
    @WithDefault("0.2")
    double overdueWeight();
}
