package io.waishi.reception.resource;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** A room or hall the office books for meetings, talks and banquets. */
@Document("venues")
public class Venue extends AggregateRoot {

    private VenueProfile profile;
    private boolean active;
    private final String createdBy;
    private final Instant createdAt;

    @PersistenceCreator
    Venue(String id, Long version, VenueProfile profile, boolean active, String createdBy, Instant createdAt) {
        super(id, version);
        this.profile = profile;
        this.active = active;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A reception officer puts a venue on the office's list. */
    public static Venue register(String id, Actor officer, VenueProfile profile, Instant now) {
        officer.require("register a venue", Role.RECEPTION_OFFICER);
        return new Venue(id, null, require(profile), true, officer.userId(), now);
    }

    public void revise(Actor officer, VenueProfile revised) {
        officer.require("revise a venue", Role.RECEPTION_OFFICER);
        this.profile = require(revised);
    }

    /** The venue is no longer booked; past bookings stay on the plans that hold them. */
    public void deactivate(Actor officer) {
        officer.require("deactivate a venue", Role.RECEPTION_OFFICER);
        this.active = false;
    }

    private static VenueProfile require(VenueProfile profile) {
        if (profile == null) {
            throw new IllegalArgumentException("A venue needs a profile");
        }
        return profile;
    }

    public VenueProfile profile() {
        return profile;
    }

    public LocalizedText name() {
        return profile.name();
    }

    public int capacity() {
        return profile.capacity();
    }

    public boolean active() {
        return active;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
