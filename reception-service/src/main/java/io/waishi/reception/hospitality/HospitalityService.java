package io.waishi.reception.hospitality;

import io.waishi.platform.command.Commands;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.policy.ReceptionPolicy;
import io.waishi.reception.visit.Visit;
import io.waishi.reception.visit.VisitService;
import io.waishi.reception.visit.VisitStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The use cases on a visit's hospitality: read the visit (its readers, its state), load or start the
 * hospitality, let it act, save; and the office-wide list of gift declarations.
 */
@Service
public class HospitalityService {

    /** Most urgent first: the earliest due date, then the id so paging is stable. */
    static final Comparator<GiftDeclaration> MOST_URGENT_FIRST = Comparator.comparing(GiftDeclaration::dueDate)
            .thenComparing(GiftDeclaration::declarationId);

    private final Hospitalities hospitalities;
    private final VisitService visits;
    private final GiftRecipients recipients;
    private final ReceptionPolicy policy;
    private final Clock clock;
    private final ZoneId officeZone;
    private final Supplier<UUID> ids;

    @Autowired
    HospitalityService(Hospitalities hospitalities, VisitService visits, GiftRecipients recipients,
            ReceptionPolicy policy, Clock clock, @Value("${waishi.reception.office-zone:Asia/Shanghai}") ZoneId officeZone) {
        this(hospitalities, visits, recipients, policy, clock, officeZone, UUID::randomUUID);
    }

    HospitalityService(Hospitalities hospitalities, VisitService visits, GiftRecipients recipients,
            ReceptionPolicy policy, Clock clock, ZoneId officeZone, Supplier<UUID> ids) {
        this.hospitalities = hospitalities;
        this.visits = visits;
        this.recipients = recipients;
        this.policy = policy;
        this.clock = clock;
        this.officeZone = officeZone;
        this.ids = ids;
    }

    /** A visit's hospitality as the actor may see it (the visit's readers); empty when nothing is recorded. */
    public Hospitality get(Actor actor, String visitId) {
        Visit visit = visits.get(actor, visitId);
        return hospitalities.findById(visit.id()).orElseGet(() -> Hospitality.of(visit.id()));
    }

    /** The caps in force, for views that show them next to each entry. */
    public ReceptionPolicy policy() {
        return policy;
    }

    /** A new entry id. */
    public String newEntryId() {
        return ids.get().toString();
    }

    public Hospitality recordBanquet(Actor officer, String visitId, Long expectedVersion, Banquet banquet) {
        return act(officer, visitId, expectedVersion,
                (hospitality, visit) -> hospitality.recordBanquet(officer, visit, banquet, policy, now()));
    }

    /**
     * Records a gift given. When the visit keeps a guest list, the recipient must be on it, and the list is
     * what says whether they visit for the first time, and whether they head the delegation or are a spouse.
     */
    public Hospitality giveGift(Actor officer, String visitId, Long expectedVersion, GiftGiven gift) {
        GiftGiven checked = recipients.listed(visitId) ? asListed(visitId, gift) : gift;
        return act(officer, visitId, expectedVersion,
                (hospitality, visit) -> hospitality.giveGift(officer, visit, checked, policy, now()));
    }

    private GiftGiven asListed(String visitId, GiftGiven gift) {
        GiftRecipients.Recipient recipient = recipients.of(visitId, gift.guestId()).orElseThrow(() ->
                new RuleViolationException(List.of(RuleViolation.of("GIFT_RECIPIENT_NOT_A_GUEST", "guestId",
                        Map.of("guestId", gift.guestId())))));
        RecipientRole role = recipient.headOfDelegation() ? RecipientRole.HEAD_OF_DELEGATION
                : recipient.spouse() ? RecipientRole.SPOUSE
                : gift.recipientRole() == RecipientRole.KEY_MEMBER ? RecipientRole.KEY_MEMBER : RecipientRole.OTHER;
        return gift.asListed(role, gift.firstVisit() || recipient.firstVisitToCity());
    }

    public Hospitality receiveGift(Actor officer, String visitId, Long expectedVersion, GiftReceived gift) {
        String declarationId = ids.get().toString();
        return act(officer, visitId, expectedVersion, (hospitality, visit) -> hospitality.receiveGift(officer, visit,
                gift, declarationId, policy, now()));
    }

    public Hospitality removeBanquet(Actor officer, String visitId, Long expectedVersion, String entryId) {
        return act(officer, visitId, expectedVersion,
                (hospitality, visit) -> hospitality.removeBanquet(officer, visit, entryId));
    }

    public Hospitality removeGiftGiven(Actor officer, String visitId, Long expectedVersion, String entryId) {
        return act(officer, visitId, expectedVersion,
                (hospitality, visit) -> hospitality.removeGiftGiven(officer, visit, entryId));
    }

    public Hospitality removeGiftReceived(Actor officer, String visitId, Long expectedVersion, String entryId) {
        return act(officer, visitId, expectedVersion,
                (hospitality, visit) -> hospitality.removeGiftReceived(officer, visit, entryId));
    }

    /** Records a declaration as handed in; {@code expectedVersion} is the ETag of the visit's hospitality. */
    public Hospitality declare(Actor officer, String declarationId, Long expectedVersion, LocalDate handedInOn,
            String handedInBy, String handedTo) {
        return Commands.onCurrentVersion(() -> holding(officer, declarationId), expectedVersion,
                hospitality -> hospitality.declare(officer, declarationId, handedInOn, handedInBy, handedTo, today(),
                        now()),
                hospitalities::save);
    }

    /** The hospitality holding a declaration, for the declaration's readers. */
    public Hospitality holding(Actor actor, String declarationId) {
        Hospitality.requireDeclarationReader(actor);
        return hospitalities.findByDeclarationsDeclarationId(declarationId)
                .orElseThrow(() -> new NotFoundException("Gift declaration", declarationId));
    }

    /** One declaration with the hospitality (and ETag) it lives in. */
    public record Found(GiftDeclaration declaration, Hospitality hospitality) {
    }

    /**
     * Every declaration in {@code status} (both when null), most urgent first; {@code overdueOnly} keeps the
     * due ones past their due date. Declarations are few (gifts at or above the threshold), so they are
     * gathered from the visits holding them and paged here.
     */
    public List<Found> declarations(Actor actor, DeclarationStatus status, boolean overdueOnly) {
        Hospitality.requireDeclarationReader(actor);
        Set<DeclarationStatus> statuses = status == null ? EnumSet.allOf(DeclarationStatus.class) : EnumSet.of(status);
        LocalDate today = today();
        return hospitalities.findByDeclarationsStatusIn(statuses).stream()
                .flatMap(hospitality -> hospitality.declarations().stream()
                        .filter(d -> statuses.contains(d.status()))
                        .filter(d -> !overdueOnly || d.overdueOn(today))
                        .map(d -> new Found(d, hospitality)))
                .sorted(Comparator.comparing(Found::declaration, MOST_URGENT_FIRST))
                .toList();
    }

    private Hospitality act(Actor officer, String visitId, Long expectedVersion,
            BiConsumer<Hospitality, VisitStatus> act) {
        Visit visit = visits.get(officer, visitId);
        return Commands.onCurrentVersion(
                () -> hospitalities.findById(visit.id()).orElseGet(() -> Hospitality.of(visit.id())),
                expectedVersion, hospitality -> act.accept(hospitality, visit.status()), hospitalities::save);
    }

    /** The office's date today, in its zone ({@code waishi.reception.office-zone}, default Asia/Shanghai). */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), officeZone);
    }

    /** Now, to the millisecond MongoDB keeps: the answer to a command and a later read then agree. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
