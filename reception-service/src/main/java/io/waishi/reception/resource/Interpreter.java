package io.waishi.reception.resource;

import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.Role;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** An interpreter the office books for its receptions, with the languages they work in and when they cannot. */
@Document("interpreters")
public class Interpreter extends AggregateRoot {

    private InterpreterProfile profile;
    private boolean active;
    private final String createdBy;
    private final Instant createdAt;

    @PersistenceCreator
    Interpreter(String id, Long version, InterpreterProfile profile, boolean active, String createdBy,
            Instant createdAt) {
        super(id, version);
        this.profile = profile;
        this.active = active;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A reception officer puts an interpreter on the office's list. */
    public static Interpreter register(String id, Actor officer, InterpreterProfile profile, Instant now) {
        officer.require("register an interpreter", Role.RECEPTION_OFFICER);
        return new Interpreter(id, null, require(profile), true, officer.userId(), now);
    }

    /** A reception officer corrects the interpreter's details. */
    public void revise(Actor officer, InterpreterProfile revised) {
        officer.require("revise an interpreter", Role.RECEPTION_OFFICER);
        this.profile = require(revised);
    }

    /** The interpreter is no longer booked; past bookings stay on the plans that hold them. */
    public void deactivate(Actor officer) {
        officer.require("deactivate an interpreter", Role.RECEPTION_OFFICER);
        this.active = false;
    }

    /** Whether the interpreter works in {@code language} (a BCP 47 tag). */
    public boolean speaks(String language) {
        return profile.languages().stream().anyMatch(spoken -> Languages.serves(spoken, language));
    }

    /** The interpreter's first unavailable period overlapping {@code from – to}, if any. */
    public Optional<Period> unavailableDuring(LocalDateTime from, LocalDateTime to) {
        return profile.unavailable().stream().filter(period -> period.overlaps(from, to)).findFirst();
    }

    private static InterpreterProfile require(InterpreterProfile profile) {
        if (profile == null) {
            throw new IllegalArgumentException("An interpreter needs a profile");
        }
        return profile;
    }

    public InterpreterProfile profile() {
        return profile;
    }

    public String name() {
        return profile.name();
    }

    public List<String> languages() {
        return profile.languages();
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
