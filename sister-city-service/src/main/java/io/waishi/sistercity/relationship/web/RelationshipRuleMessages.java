package io.waishi.sistercity.relationship.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the sister-city rules say to the officer, in Chinese and English, naming the rule and its values. */
@Component
class RelationshipRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "DIPLOMATIC_RELATIONS_REQUIRED" -> text(
                    "友好城市须为与我国建交国家的地方政府；该城市所在国家（%s）未与我国建交（依据 S12）",
                    "A partner must be a local government of a country with diplomatic relations with China; "
                            + "%s has none (source S12)",
                    p.get("country"));
            case "ADMINISTRATIVE_LEVEL_MISMATCH" -> text(
                    "双方行政级别须相当：本市为%s，对方为%s（参数 waishi.sister-city.own-level，依据 S12）",
                    "The administrative levels must match: this city is %s, the partner %s "
                            + "(parameter waishi.sister-city.own-level, source S12)",
                    p.get("ownLevel"), p.get("partnerLevel"));
            case "ONE_TO_ONE" -> text(
                    "对方已与我国其他城市结为友好城市，只能建立%s关系，不能建立%s关系（一对一原则，依据 S14）",
                    "The partner already has a Chinese sister city, so it can only become %s, not %s "
                            + "(one-to-one rule, source S14)",
                    p.get("allowedKind"), p.get("kind"));
            case "KIND_NOT_NAMED" -> text(
                    "报批前须明确申请建立的关系类型（当前为%s）",
                    "Name the kind of relationship applied for before the approvals (now %s)",
                    p.get("kind"));
            case "NATIONAL_APPROVAL_REQUIRED" -> text(
                    "须经全国对外友协批准后方可签署协议：当前阶段为%s，须达到%s（依据 S11、S13）",
                    "The agreement can only be signed after the CPAFFC's approval: the relationship is at %s, "
                            + "it must reach %s (source S11, S13)",
                    p.get("stage"), p.get("requiredStage"));
            case "SIGNING_DATE_IN_FUTURE" -> text(
                    "签署日期%s晚于今天（%s）：请在签署后登记",
                    "The signing date %s is after today (%s): record a signing once it has taken place",
                    p.get("date"), p.get("today"));
            case "AGREEMENT_BEFORE_INTENT" -> text(
                    "协议签署日期%s早于意向书签署日期%s（建立友城须先签意向书，依据 S11）",
                    "The agreement date %s is before the letter of intent of %s (the path starts with the letter "
                            + "of intent, source S11)",
                    p.get("date"), p.get("intentDate"));
            case "PARTNER_CITY_UNKNOWN" -> text("没有编号为%s的友好伙伴城市", "There is no partner city %s",
                    p.get("partnerCityId"));
            default -> null;
        };
    }
}
