package io.waishi.reception.hospitality.web;

import io.waishi.reception.hospitality.Banquet;
import io.waishi.reception.hospitality.BanquetKind;
import io.waishi.reception.hospitality.Cap;
import io.waishi.reception.hospitality.GiftDeclaration;
import io.waishi.reception.hospitality.GiftGiven;
import io.waishi.reception.hospitality.GiftReceived;
import io.waishi.reception.hospitality.Hospitality;
import io.waishi.reception.hospitality.RecipientRole;
import io.waishi.reception.hospitality.DeclarationStatus;
import io.waishi.reception.policy.RankLevel;
import io.waishi.reception.policy.ReceptionPolicy;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the hospitality and gift-declaration API. Clients never send ids, status or audit fields. */
final class HospitalityRequests {

    private HospitalityRequests() {
    }

    static final String KINDS = "BANQUET|BUFFET|COCKTAIL|TEA_PARTY";
    static final String RANKS = "MINISTER|VICE_MINISTER|BUREAU|DIVISION|OTHER";
    static final String ROLES = "HEAD_OF_DELEGATION|SPOUSE|KEY_MEMBER|OTHER";
    static final String RANKS_MESSAGE = "must be MINISTER, VICE_MINISTER, BUREAU, DIVISION or OTHER";

    record BanquetRequest(
            @NotNull(message = "must be BANQUET, BUFFET, COCKTAIL or TEA_PARTY")
            @Pattern(regexp = KINDS, message = "must be BANQUET, BUFFET, COCKTAIL or TEA_PARTY") String kind,
            @NotNull(message = "must give the date") LocalDate date,
            @NotBlank(message = "must name the host") @Size(max = 100) String hostName,
            @NotNull(message = RANKS_MESSAGE) @Pattern(regexp = RANKS, message = RANKS_MESSAGE) String hostRank,
            @NotNull(message = "must give the headcount") @Min(value = 1, message = "must be at least 1")
            @Max(value = 1000, message = "must be at most 1000") Integer headcount,
            @NotNull(message = "must give the cost per head in yuan")
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 7, fraction = 2, message = "must be yuan with at most two decimals")
            BigDecimal costPerHeadYuan) {

        Banquet toBanquet(String entryId) {
            return new Banquet(entryId, BanquetKind.valueOf(kind), date, hostName, RankLevel.valueOf(hostRank),
                    headcount, costPerHeadYuan, null, null);
        }
    }

    record GiftGivenRequest(
            @NotBlank(message = "must name the guest (guest list reference)") @Size(max = 64) String guestId,
            @NotNull(message = "must be HEAD_OF_DELEGATION, SPOUSE, KEY_MEMBER or OTHER")
            @Pattern(regexp = ROLES, message = "must be HEAD_OF_DELEGATION, SPOUSE, KEY_MEMBER or OTHER")
            String recipientRole,
            @NotNull(message = RANKS_MESSAGE) @Pattern(regexp = RANKS, message = RANKS_MESSAGE) String recipientRank,
            @NotNull(message = RANKS_MESSAGE) @Pattern(regexp = RANKS, message = RANKS_MESSAGE) String giverRank,
            @NotNull(message = "must give the value in yuan") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 7, fraction = 2, message = "must be yuan with at most two decimals") BigDecimal valueYuan,
            @NotNull(message = "must say whether the guest visits the city for the first time") Boolean firstVisit,
            Boolean inReturn,
            @Size(max = 500) String description,
            LocalDate givenOn) {

        GiftGiven toGift(String entryId) {
            return new GiftGiven(entryId, guestId, RecipientRole.valueOf(recipientRole), RankLevel.valueOf(recipientRank),
                    RankLevel.valueOf(giverRank), valueYuan, firstVisit, Boolean.TRUE.equals(inReturn), description,
                    givenOn, null, null);
        }
    }

    record GiftReceivedRequest(
            @NotBlank(message = "must name the giver (person or organisation)") @Size(max = 200) String from,
            @NotBlank(message = "must name the staff member who received it") @Size(max = 100) String receivedBy,
            @NotNull(message = "must give the value in yuan") @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 7, fraction = 2, message = "must be yuan with at most two decimals") BigDecimal valueYuan,
            @NotNull(message = "must give the day it was received") LocalDate receivedOn,
            @NotBlank(message = "must describe the gift") @Size(max = 500) String description) {

        GiftReceived toGift(String entryId) {
            return new GiftReceived(entryId, from, receivedBy, valueYuan, receivedOn, description, null, null, null);
        }
    }

    record DeclaredRequest(
            @NotNull(message = "must give the day it was handed in") LocalDate handedInOn,
            @NotBlank(message = "must name who handed it in") @Size(max = 100) String handedInBy,
            @NotBlank(message = "must say where it went") @Size(max = 200) String handedTo) {
    }

    record BanquetView(String entryId, BanquetKind kind, LocalDate date, String hostName, RankLevel hostRank,
            int headcount, BigDecimal costPerHeadYuan, BigDecimal totalYuan, int capPerHead, String capParameter,
            boolean countsAsBanquet, String recordedBy, Instant recordedAt) {

        static BanquetView of(Banquet b, ReceptionPolicy policy) {
            Cap cap = b.kind().capPerHead(b.hostRank(), policy);
            return new BanquetView(b.entryId(), b.kind(), b.date(), b.hostName(), b.hostRank(), b.headcount(),
                    b.costPerHeadYuan(), b.totalYuan(), cap.limitYuan(), cap.parameter(), b.kind().countsAsBanquet(),
                    b.recordedBy(), b.recordedAt());
        }
    }

    record GiftGivenView(String entryId, String guestId, RecipientRole recipientRole, RankLevel recipientRank,
            RankLevel giverRank, BigDecimal valueYuan, int cap, String capParameter, boolean firstVisit,
            boolean inReturn, String description, LocalDate givenOn, String recordedBy, Instant recordedAt) {

        static GiftGivenView of(GiftGiven g, ReceptionPolicy policy) {
            Cap cap = GiftGiven.cap(g.giverRank(), g.recipientRank(), policy);
            return new GiftGivenView(g.entryId(), g.guestId(), g.recipientRole(), g.recipientRank(), g.giverRank(),
                    g.valueYuan(), cap.limitYuan(), cap.parameter(), g.firstVisit(), g.inReturn(), g.description(),
                    g.givenOn(), g.recordedBy(), g.recordedAt());
        }
    }

    record GiftReceivedView(String entryId, String from, String receivedBy, BigDecimal valueYuan, LocalDate receivedOn,
            String description, int declarationThreshold, String declarationId, DeclarationStatus declarationStatus,
            LocalDate declarationDueDate, String recordedBy, Instant recordedAt) {

        static GiftReceivedView of(GiftReceived g, Hospitality hospitality, ReceptionPolicy policy) {
            GiftDeclaration d = hospitality.declaration(g.declarationId()).orElse(null);
            return new GiftReceivedView(g.entryId(), g.from(), g.receivedBy(), g.valueYuan(), g.receivedOn(),
                    g.description(), policy.giftDeclarationThreshold(), g.declarationId(),
                    d == null ? null : d.status(), d == null ? null : d.dueDate(), g.recordedBy(), g.recordedAt());
        }
    }

    /** A visit's hospitality with the caps in force next to each entry. */
    record HospitalityView(String visitId, List<BanquetView> banquets, long banquetsCounted, int banquetsPerStay,
            List<GiftGivenView> giftsGiven, List<GiftReceivedView> giftsReceived, int giftDeclarationThreshold,
            int giftDeclarationMonths, long version) {

        static HospitalityView of(Hospitality h, ReceptionPolicy policy) {
            return new HospitalityView(h.visitId(),
                    h.banquets().stream().map(b -> BanquetView.of(b, policy)).toList(),
                    h.banquets().stream().filter(b -> b.kind().countsAsBanquet()).count(), policy.banquetsPerStay(),
                    h.giftsGiven().stream().map(g -> GiftGivenView.of(g, policy)).toList(),
                    h.giftsReceived().stream().map(g -> GiftReceivedView.of(g, h, policy)).toList(),
                    policy.giftDeclarationThreshold(), policy.giftDeclarationMonths(),
                    h.version() == null ? 0 : h.version());
        }
    }

    /** One declaration task, with the gift it is about and whether it is overdue today. */
    record DeclarationView(String declarationId, String visitId, String giftEntryId, BigDecimal valueYuan,
            LocalDate receivedOn, LocalDate dueDate, DeclarationStatus status, boolean overdue, long daysOverdue,
            boolean late, String from, String receivedBy, String description, LocalDate handedInOn, String handedInBy,
            String handedTo, String declaredBy, Instant declaredAt, Instant createdAt, long version) {

        static DeclarationView of(GiftDeclaration d, Hospitality h, LocalDate today) {
            GiftReceived gift = h.giftsReceived().stream().filter(g -> g.entryId().equals(d.giftEntryId()))
                    .findFirst().orElse(null);
            return new DeclarationView(d.declarationId(), h.visitId(), d.giftEntryId(), d.valueYuan(), d.receivedOn(),
                    d.dueDate(), d.status(), d.overdueOn(today), d.daysOverdue(today), d.late(),
                    gift == null ? null : gift.from(), gift == null ? null : gift.receivedBy(),
                    gift == null ? null : gift.description(), d.handedInOn(), d.handedInBy(), d.handedTo(),
                    d.declaredBy(), d.declaredAt(), d.createdAt(), h.version() == null ? 0 : h.version());
        }
    }
}
