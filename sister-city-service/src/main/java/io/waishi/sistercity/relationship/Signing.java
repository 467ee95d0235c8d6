package io.waishi.sistercity.relationship;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter of intent or an agreement as signed: the day, the place, who signed for each side and the
 * signed text in each language, by reference.
 */
public record Signing(LocalDate date, String place, List<Signatory> signatories, List<SignedDocument> documents) {

    public Signing {
        if (date == null) {
            throw new IllegalArgumentException("A signing needs its date");
        }
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("A signing needs its place");
        }
        place = place.strip();
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        documents = documents == null ? List.of() : List.copyOf(documents);
        if (signatories.stream().map(Signatory::side).distinct().count() < 2) {
            throw new IllegalArgumentException("Both cities sign: name a signatory for each side");
        }
        if (documents.stream().map(SignedDocument::language).distinct().count() < documents.size()) {
            throw new IllegalArgumentException("One document per language");
        }
    }
}
