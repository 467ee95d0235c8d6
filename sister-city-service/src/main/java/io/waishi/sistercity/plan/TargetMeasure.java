package io.waishi.sistercity.plan;

/**
 * What a programme plan's target counts. Each kind reads the records that already exist — exchanges held,
 * relationships signed, projects moved on — so progress is measured, never typed in.
 */
public enum TargetMeasure {
    /** Exchange activities held within the plan's period with partners in the target countries. */
    ACTIVITIES_HELD,
    /** Relationships whose agreement was signed within the period with partners in the target countries. */
    RELATIONSHIPS_SIGNED,
    /**
     * Cooperation projects with partners in the target countries that reached a stage of the main line (or
     * went beyond it) within the period.
     */
    PROJECTS_REACHING_STAGE
}
