package io.waishi.publicity.item.inbound;

import io.waishi.contracts.EventType;
import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.inbound.InboundEvent;
import io.waishi.platform.inbound.InboundEventHandler;
import io.waishi.publicity.item.ItemKind;
import io.waishi.publicity.item.ItemLinks;
import org.springframework.stereotype.Component;

/**
 * A relationship put into force (AGREEMENT_SIGNED → ACTIVE) suggests a partner-city feature for an editor, once
 * per event. Every other stage change is ignored: a relationship recorded as already active (no fromStage) is
 * not news, nor is a dormant one revived (DORMANT → ACTIVE). The event names no partner, so the draft says "a
 * new sister-city relationship" and its kind; the editor adds the city.
 */
@Component
class RelationshipActivatedHandler extends InboundEventHandler<RelationshipActivatedHandler.RelationshipStageChanged> {

    /** The fields of {@code waishi.sister-city.relationship.stage-changed.v1} this service needs. */
    record RelationshipStageChanged(String relationshipId, String partnerCityId, String kind, String fromStage,
            String toStage, String approvalReference) {

        boolean putIntoForce() {
            return "AGREEMENT_SIGNED".equals(fromStage) && "ACTIVE".equals(toStage);
        }
    }

    private final EventDrafts drafts;

    RelationshipActivatedHandler(EventDrafts drafts) {
        super(EventType.RELATIONSHIP_STAGE_CHANGED, RelationshipStageChanged.class);
        this.drafts = drafts;
    }

    @Override
    public void handle(InboundEvent<RelationshipStageChanged> event) {
        RelationshipStageChanged change = event.data();
        if (!change.putIntoForce()) {
            return;
        }
        String kindZh = EventDrafts.relationshipZh(change.kind());
        String kindEn = EventDrafts.relationshipEn(change.kind());
        String reference = change.approvalReference() == null || change.approvalReference().isBlank() ? ""
                : change.approvalReference().strip();
        LocalizedText title = LocalizedText.of("新的友好城市关系正式生效（" + kindZh + "）",
                "A new sister-city relationship comes into force (" + kindEn + ")");
        LocalizedText summary = LocalizedText.of(
                "一项新的" + kindZh + "关系协议已签署并正式生效" + (reference.isEmpty() ? "" : "（" + reference + "）") + "。",
                "A new sister-city relationship (" + kindEn + ") has been signed and is now in force"
                        + (reference.isEmpty() ? "" : " (" + reference + ")") + ".");
        drafts.open(event, ItemKind.PARTNER_CITY_FEATURE, title, summary,
                new ItemLinks(change.partnerCityId(), null, null));
    }
}
