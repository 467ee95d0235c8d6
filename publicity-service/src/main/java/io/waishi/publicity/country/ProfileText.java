package io.waishi.publicity.country;

import io.waishi.platform.domain.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * The text of one revision of a country profile — what the three reviews read and what is published. Everything
 * but the name may still be missing from a draft.
 *
 * @param lastReviewedOn the day the facts were last checked against the sources
 */
public record ProfileText(LocalizedText name, LocalizedText basics, LocalizedText economyAndTrade,
        LocalizedText cultureAndEtiquette, LocalizedText entryRequirements, List<ConsularContact> consularContacts,
        List<ProfileSource> sources, LocalDate lastReviewedOn) {

    public ProfileText {
        if (name == null) {
            throw new IllegalArgumentException("A country profile needs the country's name");
        }
        consularContacts = consularContacts == null ? List.of() : List.copyOf(consularContacts);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
