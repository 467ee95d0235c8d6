package io.waishi.sistercity.plan;

import io.waishi.sistercity.activity.ExchangeActivity;
import io.waishi.sistercity.project.ProjectStage;
import io.waishi.sistercity.relationship.CooperationField;
import io.waishi.sistercity.relationship.RelationshipKind;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which records count toward a target, beyond the plan's period and countries. Every criterion is optional
 * except those its measure needs: a relationship target names the kind, a project target the stage.
 *
 * @param countries    narrows the plan's target countries for this target; empty means all of the plan's
 * @param direction    activities only: inbound or outbound; null counts both
 * @param field        activities and projects: the cooperation field; null counts every field
 * @param tag          activities only: a keyword the activity carries, e.g. {@code city-week}, {@code ceramics}
 * @param kind         relationships only: the kind signed, e.g. SISTER_CITY
 * @param stage        projects only: the main-line stage to reach, e.g. AGREED (not STALLED)
 */
public record TargetCriteria(Set<String> countries, ExchangeActivity.Direction direction, CooperationField field,
        String tag, RelationshipKind kind, ProjectStage stage) {

    public TargetCriteria {
        countries = countries == null ? Set.of() : countries.stream().map(TargetCriteria::countryCode)
                .collect(Collectors.toUnmodifiableSet());
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT);
        if (stage == ProjectStage.STALLED) {
            throw new IllegalArgumentException("A target counts progress: STALLED is no stage to reach");
        }
    }

    private static String countryCode(String country) {
        if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("Countries are ISO 3166-1 alpha-2 codes: " + country);
        }
        return country.strip().toUpperCase(Locale.ROOT);
    }

    public static TargetCriteria none() {
        return new TargetCriteria(null, null, null, null, null, null);
    }
}
