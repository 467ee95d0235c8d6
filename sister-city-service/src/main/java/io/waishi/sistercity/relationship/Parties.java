package io.waishi.sistercity.relationship;

import io.waishi.sistercity.partner.AdministrativeLevel;
import io.waishi.sistercity.partner.PartnerCity;

/**
 * The two cities of a relationship as the rules need them: the office's own administrative level (a
 * setting of the service) and the partner city as registered now.
 */
public record Parties(AdministrativeLevel ownLevel, PartnerCity partner) {

    public Parties {
        if (ownLevel == null || partner == null) {
            throw new IllegalArgumentException("The rules need the city's own level and the partner city");
        }
    }
}
