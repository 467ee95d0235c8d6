package io.waishi.sistercity.project;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.sistercity.relationship.CooperationField;

/**
 * What an officer proposes a project with: the partner city, the title, what it is about, its cooperation
 * field, the city department that leads it (its Chinese name), the partner's organisation on the other side,
 * and the relationship it serves, when there is one.
 */
public record ProjectProposal(String partnerCityId, LocalizedText title, String description, CooperationField field,
        String leadDepartment, String partnerBody, String relationshipId) {

    public ProjectProposal {
        if (partnerCityId == null || partnerCityId.isBlank()) {
            throw new IllegalArgumentException("A project needs its partner city");
        }
        if (title == null || field == null) {
            throw new IllegalArgumentException("A project needs its title and cooperation field");
        }
        if (leadDepartment == null || leadDepartment.isBlank()) {
            throw new IllegalArgumentException("A project needs the department that leads it");
        }
        if (partnerBody == null || partnerBody.isBlank()) {
            throw new IllegalArgumentException("A project needs the partner's organisation");
        }
        description = blankToNull(description);
        leadDepartment = leadDepartment.strip();
        partnerBody = partnerBody.strip();
        relationshipId = blankToNull(relationshipId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
