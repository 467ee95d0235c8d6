package io.waishi.sistercity.activity.inbound;

import io.waishi.sistercity.relationship.CooperationField;

/**
 * Travel's trip categories where one maps clearly onto a cooperation field; the others (government
 * exchange, after-sales service, sister-city visits) say nothing about the field, which stays unknown.
 */
final class DelegationCategories {

    private DelegationCategories() {
    }

    static CooperationField fieldOf(String category) {
        if (category == null) {
            return null;
        }
        return switch (category) {
            case "CULTURAL_PERFORMANCE" -> CooperationField.CULTURE_AND_ARTS;
            case "ECONOMIC_AND_TRADE", "BUSINESS" -> CooperationField.TRADE;
            case "ACADEMIC_EXCHANGE" -> CooperationField.EDUCATION;
            case "TECHNICAL" -> CooperationField.SCIENCE_AND_TECHNOLOGY;
            default -> null;
        };
    }
}
