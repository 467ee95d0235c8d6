package io.waishi.publicity.country;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The use cases on country profiles. Staff read drafts (publicity, the FAO's officers and director, auditors,
 * admins); the public reads only published revisions.
 */
@Service
public class CountryProfileService {

    private static final Role[] READERS = {Role.PUBLICITY_EDITOR, Role.PUBLICITY_SECTION_HEAD, Role.PUBLICITY_LEADER,
        Role.FAO_OFFICER, Role.FAO_DIRECTOR, Role.AUDITOR, Role.ADMIN};

    private final CountryProfiles profiles;
    private final Clock clock;

    CountryProfileService(CountryProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    public CountryProfile open(Actor editor, String countryCode, ProfileText text) {
        return profiles.insert(CountryProfile.open(countryCode, editor, text, clock.instant()));
    }

    public CountryProfile get(Actor actor, String countryCode) {
        actor.require("read country profiles", READERS);
        return find(countryCode);
    }

    public Page<CountryProfile> list(Actor actor, Pageable page) {
        actor.require("read country profiles", READERS);
        return profiles.findAll(page);
    }

    public CountryProfile edit(Actor editor, String countryCode, Long expectedVersion, ProfileText text) {
        return act(countryCode, expectedVersion, profile -> profile.edit(editor, text));
    }

    public CountryProfile submit(Actor editor, String countryCode, Long expectedVersion) {
        return act(countryCode, expectedVersion, profile -> profile.submit(editor, clock.instant()));
    }

    public CountryProfile approve(Actor reviewer, String countryCode, Long expectedVersion, String comment) {
        return act(countryCode, expectedVersion, profile -> profile.approve(reviewer, comment, clock.instant()));
    }

    public CountryProfile sendBack(Actor reviewer, String countryCode, Long expectedVersion, String comment) {
        return act(countryCode, expectedVersion, profile -> profile.sendBack(reviewer, comment, clock.instant()));
    }

    public CountryProfile setAlertLevel(Actor leader, String countryCode, Long expectedVersion, AlertLevel level,
            LocalizedText summary, Instant effectiveFrom) {
        return act(countryCode, expectedVersion,
                profile -> profile.setAlertLevel(leader, level, summary, effectiveFrom, clock.instant()));
    }

    /** A published profile, for anyone; a profile never published is not found. */
    public CountryProfile published(String countryCode) {
        return profiles.findById(countryCode).filter(CountryProfile::isPublished)
                .orElseThrow(() -> new NotFoundException("Published country profile", countryCode));
    }

    public Page<CountryProfile> listPublished(Pageable page) {
        return profiles.findByPublishedRevisionGreaterThan(0, page);
    }

    private CountryProfile act(String countryCode, Long expectedVersion, Consumer<CountryProfile> act) {
        return Commands.onCurrentVersion(() -> find(countryCode), expectedVersion, act, profiles::save);
    }

    private CountryProfile find(String countryCode) {
        return profiles.findById(countryCode).orElseThrow(() -> new NotFoundException("Country profile", countryCode));
    }
}
