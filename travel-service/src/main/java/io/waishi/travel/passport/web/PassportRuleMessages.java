package io.waishi.travel.passport.web;

import static io.waishi.platform.web.RuleMessages.text;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.platform.domain.RuleViolation;
import io.waishi.platform.web.RuleMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the passport register's rules say to the officer or clerk, in Chinese and English. */
@Component
class PassportRuleMessages implements RuleMessages {

    @Override
    public LocalizedText describe(RuleViolation violation) {
        Map<String, Object> p = violation.parameters();
        return switch (violation.code()) {
            case "ONE_PASSPORT_PER_PERSON" -> text(
                    "%s已持有有效因公护照（%s，有效期至%s），每人最多持有%s本有效因公护照（依据 %s）",
                    "Person %s already holds a valid official passport (%s, valid until %s); one person holds at "
                            + "most %s (source %s)",
                    p.get("personId"), p.get("existingPassportId"), p.get("existingExpiresOn"), p.get("limit"),
                    p.get("source"));
            case "PASSPORT_TYPE_BY_RANK" -> LocalizedText.of(
                    String.format("职级%s应持%s，不是%s（依据 %s）",
                            p.get("rank"), typeZh(p.get("expected")), typeZh(p.get("actual")), p.get("source")),
                    String.format("Rank %s holds a %s passport, not a %s one (source %s)",
                            p.get("rank"), typeEn(p.get("expected")), typeEn(p.get("actual")), p.get("source")));
            case "PASSPORT_EXPIRED" -> text(
                    "护照已于%s过期，不能登记", "The passport expired on %s and cannot be registered",
                    p.get("expiresOn"));
            case "PASSPORT_MISSING" -> missing(p);
            case "PASSPORT_EXPIRES_BEFORE_DUE_DATE" -> text(
                    "%s的护照%s到期，早于应交回日期%s",
                    "The passport of person %s expires on %s, before it is due back on %s",
                    p.get("personId"), p.get("expiresOn"), p.get("dueBack"));
            default -> null;
        };
    }

    private static LocalizedText missing(Map<String, Object> p) {
        Object reason = p.get("reason");
        if ("SEVERAL_VALID_PASSPORTS".equals(reason)) {
            return text("%s登记有%s本有效因公护照，须先注销多余的",
                    "Person %s has %s valid official passports in the register; cancel the extra ones first",
                    p.get("personId"), p.get("validPassports"));
        }
        if ("NOT_IN_CUSTODY".equals(reason)) {
            return text("%s的护照（%s）不在外办保管中（%s）",
                    "The passport of person %s (%s) is not in the office's custody (%s)",
                    p.get("personId"), p.get("passportId"), p.get("state"));
        }
        return text("%s没有有效的因公护照", "Person %s has no valid official passport in the register",
                p.get("personId"));
    }

    private static String typeZh(Object type) {
        return switch (String.valueOf(type)) {
            case "DIPLOMATIC" -> "外交护照";
            case "SERVICE" -> "公务护照";
            case "ORDINARY_OFFICIAL" -> "因公普通护照";
            default -> String.valueOf(type);
        };
    }

    private static String typeEn(Object type) {
        return switch (String.valueOf(type)) {
            case "DIPLOMATIC" -> "diplomatic";
            case "SERVICE" -> "service";
            case "ORDINARY_OFFICIAL" -> "ordinary official";
            default -> String.valueOf(type);
        };
    }

}
