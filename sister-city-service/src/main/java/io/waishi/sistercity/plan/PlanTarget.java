package io.waishi.sistercity.plan;

import io.waishi.platform.domain.LocalizedText;

/**
 * One target of a programme plan: what it says in words, what it counts and how many it needs, e.g. "three
 * Tongchuan Weeks held in Japan" = {@code ACTIVITIES_HELD} tagged {@code city-week}, outbound, required 3.
 *
 * @param id       unique within the plan, stable so progress and reports can refer to it
 * @param required how many records meet the target, at least 1
 */
public record PlanTarget(String id, LocalizedText description, TargetMeasure measure, TargetCriteria criteria,
        int required) {

    public PlanTarget {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A target needs an id");
        }
        if (description == null || measure == null) {
            throw new IllegalArgumentException("A target needs its description and what it measures");
        }
        if (required < 1) {
            throw new IllegalArgumentException("A target requires at least one");
        }
        criteria = criteria == null ? TargetCriteria.none() : criteria;
        if (measure == TargetMeasure.RELATIONSHIPS_SIGNED && criteria.kind() == null) {
            throw new IllegalArgumentException("A relationship target names the kind of relationship to sign");
        }
        if (measure == TargetMeasure.PROJECTS_REACHING_STAGE && criteria.stage() == null) {
            throw new IllegalArgumentException("A project target names the stage to reach");
        }
        if (measure != TargetMeasure.ACTIVITIES_HELD && (criteria.direction() != null || criteria.tag() != null)) {
            throw new IllegalArgumentException("Direction and tag only narrow activity targets");
        }
        if (measure != TargetMeasure.RELATIONSHIPS_SIGNED && criteria.kind() != null) {
            throw new IllegalArgumentException("A relationship kind only narrows relationship targets");
        }
        if (measure != TargetMeasure.PROJECTS_REACHING_STAGE && criteria.stage() != null) {
            throw new IllegalArgumentException("A project stage only narrows project targets");
        }
        if (measure == TargetMeasure.RELATIONSHIPS_SIGNED && criteria.field() != null) {
            throw new IllegalArgumentException("A field narrows activity and project targets");
        }
    }
}
