package io.waishi.publicity.country.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.publicity.country.AlertLevel;
import io.waishi.publicity.country.AlertLevelChange;
import io.waishi.publicity.country.ConsularContact;
import io.waishi.publicity.country.CountryProfile;
import io.waishi.publicity.country.ProfileText;
import io.waishi.publicity.review.Review;
import io.waishi.publicity.review.ReviewDecision;
import io.waishi.publicity.review.ReviewStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What staff and the public read of a country profile. */
final class CountryProfileViews {

    private CountryProfileViews() {
    }

    record ContactView(LocalizedText name, LocalizedText address, String phone, String website,
            String emergencyHotline) {

        static ContactView of(ConsularContact contact) {
            return new ContactView(contact.name(), contact.address(), contact.phone(),
                    contact.website() == null ? null : contact.website().value(), contact.emergencyHotline());
        }
    }

    record SourceView(String title, String address) {
    }

    /** The text of one revision, web addresses as plain strings. */
    record TextView(LocalizedText name, LocalizedText basics, LocalizedText economyAndTrade,
            LocalizedText cultureAndEtiquette, LocalizedText entryRequirements, List<ContactView> consularContacts,
            List<SourceView> sources, LocalDate lastReviewedOn) {

        static TextView of(ProfileText text) {
            return text == null ? null : new TextView(text.name(), text.basics(), text.economyAndTrade(),
                    text.cultureAndEtiquette(), text.entryRequirements(),
                    text.consularContacts().stream().map(ContactView::of).toList(),
                    text.sources().stream().map(s -> new SourceView(s.title(), s.address().value())).toList(),
                    text.lastReviewedOn());
        }
    }

    /** A level with its words, e.g. 3 谨慎前往 / travel with caution. */
    record LevelView(int level, LocalizedText label) {

        static LevelView of(AlertLevel level) {
            return level == null ? null : new LevelView(level.number(), level.label());
        }
    }

    record AlertView(int level, LocalizedText label, LocalizedText summary, Instant effectiveFrom, String setBy,
            Instant setAt) {

        static AlertView of(AlertLevelChange change) {
            return change == null ? null : new AlertView(change.level().number(), change.level().label(),
                    change.summary(), change.effectiveFrom(), change.by(), change.at());
        }
    }

    record ReviewView(Review.State state, ReviewStep step, int revision, List<ReviewDecision> decisions) {
    }

    /** Staff's view: the working draft and the published revision side by side. */
    record ProfileView(String countryCode, LocalizedText name, TextView draft, ReviewView review,
            TextView published, int publishedRevision, Instant publishedAt, AlertView alert,
            List<AlertView> alertHistory, String openedBy, Instant openedAt, long version) {

        static ProfileView of(CountryProfile profile) {
            return new ProfileView(profile.countryCode(), profile.name(), TextView.of(profile.draft()),
                    new ReviewView(profile.reviewState(), profile.reviewStep(), profile.revision(),
                            profile.decisions()),
                    TextView.of(profile.published()), profile.publishedRevision(), profile.publishedAt(),
                    AlertView.of(profile.currentAlert()),
                    profile.alertLevels().stream().map(AlertView::of).toList(), profile.openedBy(),
                    profile.openedAt(), profile.version() == null ? 0 : profile.version());
        }
    }

    /** One line of the staff list. */
    record ProfileSummary(String countryCode, LocalizedText name, Review.State reviewState, int revision,
            int publishedRevision, LevelView level) {

        static ProfileSummary of(CountryProfile profile) {
            return new ProfileSummary(profile.countryCode(), profile.name(), profile.reviewState(),
                    profile.revision(), profile.publishedRevision(), LevelView.of(profile.alertLevel()));
        }
    }

    /** One line of the public list. */
    record PublicSummary(String countryCode, LocalizedText name, LevelView level) {

        static PublicSummary of(CountryProfile profile) {
            return new PublicSummary(profile.countryCode(), profile.published().name(),
                    LevelView.of(profile.alertLevel()));
        }
    }

    /** The public's view: the published revision only, never the draft. */
    record PublicProfile(String countryCode, int revision, Instant publishedAt, TextView profile, AlertView alert) {

        static PublicProfile of(CountryProfile profile) {
            AlertView alert = AlertView.of(profile.currentAlert());
            return new PublicProfile(profile.countryCode(), profile.publishedRevision(), profile.publishedAt(),
                    TextView.of(profile.published()), alert == null ? null
                            : new AlertView(alert.level(), alert.label(), alert.summary(), alert.effectiveFrom(),
                                    null, alert.setAt()));
        }

        /** Strong: changes exactly when the published revision or the alert level changes. */
        static String etagOf(CountryProfile profile) {
            return "\"" + profile.countryCode() + "-r" + profile.publishedRevision() + "-a"
                    + profile.alertLevels().size() + "\"";
        }
    }
}
