package io.waishi.reception.letter.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.letter.Invitee;
import io.waishi.reception.letter.VisaLetter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the letter API. Nothing here carries passport data. */
final class LetterRequests {

    private LetterRequests() {
    }

    record Text(@NotBlank(message = "must give the Chinese text") @Size(max = 1000) String zh,
            @Size(max = 1000) String en) {

        LocalizedText toDomain() {
            return LocalizedText.of(zh, en);
        }

        static LocalizedText of(Text text) {
            return text == null ? null : text.toDomain();
        }
    }

    /**
     * @param purpose   the purpose as the letters word it; the visit's own when absent
     * @param places    the places the guests visit; the office's default when absent
     * @param itinerary a short summary of the schedule
     */
    record IssueLetters(@Valid Text purpose, @Valid Text places, @Valid Text itinerary) {
    }

    record InviteeView(String guestId, String name) {

        static InviteeView of(Invitee invitee) {
            return new InviteeView(invitee.guestId(), invitee.displayName());
        }
    }

    record LetterView(String number, String visitId, int year, String issuingPost, List<InviteeView> invitees,
            String issuedBy, Instant issuedAt) {

        static LetterView of(VisaLetter letter) {
            return new LetterView(letter.number(), letter.visitId(), letter.year(), letter.issuingPost(),
                    letter.invitees().stream().map(InviteeView::of).toList(), letter.issuedBy(), letter.issuedAt());
        }
    }

    record IssuedLetters(String visitId, List<String> numbers, List<LetterView> letters) {
    }

    record LetterList(String visitId, List<LetterView> letters) {
    }
}
