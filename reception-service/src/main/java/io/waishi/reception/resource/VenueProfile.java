package io.waishi.reception.resource;

import io.waishi.platform.domain.LocalizedText;

/**
 * What the office knows of a venue.
 *
 * @param name     in Chinese and English
 * @param address  where it is
 * @param capacity how many people it seats
 */
public record VenueProfile(LocalizedText name, String address, int capacity) {

    public VenueProfile {
        if (name == null) {
            throw new IllegalArgumentException("A venue needs a name");
        }
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A venue needs an address");
        }
        address = address.strip();
        if (capacity < 1) {
            throw new IllegalArgumentException("A venue seats at least one person, not " + capacity);
        }
    }
}
