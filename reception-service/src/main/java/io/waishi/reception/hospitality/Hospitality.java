package io.waishi.reception.hospitality;

import io.waishi.platform.domain.ActNotAllowedInStateException;
import io.waishi.platform.domain.Actor;
import io.waishi.platform.domain.AggregateRoot;
import io.waishi.platform.domain.NotFoundException;
import io.waishi.platform.domain.Role;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.domain.RuleViolationException;
import io.waishi.reception.hospitality.HospitalityEvents.GiftDeclarationDue;
import io.waishi.reception.policy.ReceptionPolicy;
import io.waishi.reception.visit.VisitStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The hospitality of one visit (接待标准): the meals hosted, the gifts given and the gifts received, with the
 * declaration tasks the latter open. Its id is the visit's id. Every change checks, in order: the visit is
 * still open (409), the actor is a reception officer (403), then every rule of {@link HospitalityRules} at
 * once (422) — including that hosting the visit was approved. A gift received at or above the declaration
 * threshold opens its declaration and records {@link GiftDeclarationDue} in the same write.
 */
@Document("hospitality")
public class Hospitality extends AggregateRoot {

    /** Who records hospitality and declarations. */
    public static final Role[] WRITERS = {Role.RECEPTION_OFFICER};
    /** Who sees the list of gift declarations (RULES.md §3, S20: the office and its auditors). */
    public static final Role[] DECLARATION_READERS = {Role.RECEPTION_OFFICER, Role.AUDITOR};

    private final List<Banquet> banquets;
    private final List<GiftGiven> giftsGiven;
    private final List<GiftReceived> giftsReceived;
    private final List<GiftDeclaration> declarations;

    @PersistenceCreator
    Hospitality(String id, Long version, List<Banquet> banquets, List<GiftGiven> giftsGiven,
            List<GiftReceived> giftsReceived, List<GiftDeclaration> declarations) {
        super(id, version);
        this.banquets = banquets == null ? new ArrayList<>() : new ArrayList<>(banquets);
        this.giftsGiven = giftsGiven == null ? new ArrayList<>() : new ArrayList<>(giftsGiven);
        this.giftsReceived = giftsReceived == null ? new ArrayList<>() : new ArrayList<>(giftsReceived);
        this.declarations = declarations == null ? new ArrayList<>() : new ArrayList<>(declarations);
    }

    /** A visit's hospitality before anything is recorded; stored with the first entry. */
    public static Hospitality of(String visitId) {
        return new Hospitality(Objects.requireNonNull(visitId, "visitId"), null, null, null, null, null);
    }

    /** Records a meal hosted for the guests: banquets per stay and the cost per head by kind and host rank. */
    public void recordBanquet(Actor officer, VisitStatus visit, Banquet banquet, ReceptionPolicy policy, Instant now) {
        authorize(officer, visit, "record a banquet");
        refuseIfAny(HospitalityRules.forBanquet(visit, banquets, banquet, policy));
        banquets.add(banquet.stamped(officer.userId(), now));
    }

    /** Records a gift to a guest: value cap by rank, recipients, once per guest, first visit only in return. */
    public void giveGift(Actor officer, VisitStatus visit, GiftGiven gift, ReceptionPolicy policy, Instant now) {
        authorize(officer, visit, "record a gift given");
        refuseIfAny(HospitalityRules.forGiftGiven(visit, giftsGiven, gift, policy));
        giftsGiven.add(gift.stamped(officer.userId(), now));
    }

    /**
     * Records a gift the guests gave. At or above {@code giftDeclarationThreshold} it opens a declaration
     * task with id {@code declarationId}, due {@code giftDeclarationMonths} months after the day received,
     * and announces it (without names).
     */
    public void receiveGift(Actor officer, VisitStatus visit, GiftReceived gift, String declarationId,
            ReceptionPolicy policy, Instant now) {
        authorize(officer, visit, "record a gift received");
        refuseIfAny(HospitalityRules.forGiftReceived(visit));
        if (mustBeDeclared(gift, policy)) {
            GiftReceived entry = gift.stamped(officer.userId(), now, declarationId);
            GiftDeclaration declaration =
                    GiftDeclaration.due(declarationId, entry, policy.giftDeclarationMonths(), now);
            giftsReceived.add(entry);
            declarations.add(declaration);
            record(new GiftDeclarationDue(id(), declarationId, entry.valueYuan(), policy.giftDeclarationThreshold(),
                    entry.receivedOn(), declaration.dueDate(), now));
        } else {
            giftsReceived.add(gift.stamped(officer.userId(), now, null));
        }
    }

    /** Whether a gift received must be declared and handed in: at or above the threshold (200 yes, 199.99 no). */
    public static boolean mustBeDeclared(GiftReceived gift, ReceptionPolicy policy) {
        return gift.valueYuan().compareTo(BigDecimal.valueOf(policy.giftDeclarationThreshold())) >= 0;
    }

    /** Removes a meal recorded by mistake, while the visit is open. */
    public void removeBanquet(Actor officer, VisitStatus visit, String entryId) {
        authorize(officer, visit, "remove a banquet");
        if (!banquets.removeIf(b -> b.entryId().equals(entryId))) {
            throw new NotFoundException("Banquet", entryId);
        }
    }

    /** Removes a gift given recorded by mistake, while the visit is open. */
    public void removeGiftGiven(Actor officer, VisitStatus visit, String entryId) {
        authorize(officer, visit, "remove a gift given");
        if (!giftsGiven.removeIf(g -> g.entryId().equals(entryId))) {
            throw new NotFoundException("Gift given", entryId);
        }
    }

    /**
     * Removes a gift received recorded by mistake, while the visit is open, with its declaration task if that is
     * still due; a gift already declared and handed in stays on file (409).
     */
    public void removeGiftReceived(Actor officer, VisitStatus visit, String entryId) {
        authorize(officer, visit, "remove a gift received");
        GiftReceived gift = giftsReceived.stream().filter(g -> g.entryId().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Gift received", entryId));
        Optional<GiftDeclaration> declaration = declaration(gift.declarationId());
        if (declaration.isPresent() && declaration.get().status() == DeclarationStatus.DECLARED) {
            throw new ActNotAllowedInStateException("remove a gift received", "its declaration is DECLARED");
        }
        giftsReceived.remove(gift);
        declaration.ifPresent(declarations::remove);
    }

    /**
     * Records that a gift received was declared and handed in: on which day (not before it was received, not
     * after {@code today}), by whom and where it went. Allowed after the visit closed — declarations are due a
     * month after receipt; once only (409 when already declared). A late declaration is kept as late.
     */
    public void declare(Actor officer, String declarationId, LocalDate handedInOn, String handedInBy, String handedTo,
            LocalDate today, Instant now) {
        GiftDeclaration declaration = declaration(declarationId)
                .orElseThrow(() -> new NotFoundException("Gift declaration", declarationId));
        if (declaration.status() != DeclarationStatus.DUE) {
            throw new ActNotAllowedInStateException("declare a gift", declaration.status().name());
        }
        officer.require("declare a gift", WRITERS);
        if (handedInOn == null) {
            throw new IllegalArgumentException("Name the day the gift was handed in");
        }
        if (handedInOn.isBefore(declaration.receivedOn()) || handedInOn.isAfter(today)) {
            throw new IllegalArgumentException("The gift was handed in between the day it was received ("
                    + declaration.receivedOn() + ") and today (" + today + "), not on " + handedInOn);
        }
        String by = Amounts.requireText(handedInBy, "Name who handed the gift in");
        String to = Amounts.requireText(handedTo, "Name where the gift went");
        declarations.set(declarations.indexOf(declaration), declaration.declared(handedInOn, by, to, officer.userId(),
                now));
    }

    private void authorize(Actor officer, VisitStatus visit, String act) {
        if (!visit.open()) {
            throw new ActNotAllowedInStateException(act, "the visit is " + visit.name());
        }
        officer.require(act, WRITERS);
    }

    private static void refuseIfAny(List<RuleViolation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    public Optional<GiftDeclaration> declaration(String declarationId) {
        return declarationId == null ? Optional.empty()
                : declarations.stream().filter(d -> d.declarationId().equals(declarationId)).findFirst();
    }

    /** The visit this hospitality belongs to. */
    public String visitId() {
        return id();
    }

    public List<Banquet> banquets() {
        return List.copyOf(banquets);
    }

    public List<GiftGiven> giftsGiven() {
        return List.copyOf(giftsGiven);
    }

    public List<GiftReceived> giftsReceived() {
        return List.copyOf(giftsReceived);
    }

    public List<GiftDeclaration> declarations() {
        return List.copyOf(declarations);
    }

    /** Requires one of the roles that see the gift declarations. */
    public static void requireDeclarationReader(Actor actor) {
        actor.require("see gift declarations", DECLARATION_READERS);
    }
}
