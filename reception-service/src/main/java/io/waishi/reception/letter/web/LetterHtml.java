package io.waishi.reception.letter.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.guest.PassportData;
import io.waishi.reception.letter.LetterDocument;
import io.waishi.reception.letter.LetterDocument.OpenInvitee;
import io.waishi.reception.letter.LetterFacts;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A visa invitation letter as a printable HTML page (A4), in Chinese and English. Every value is HTML-escaped;
 * the layout is fixed here. It states what RULES.md §3 (S38/S38b) asks: invitee name, date of birth, passport
 * number, purpose, places, length of stay, who pays, the embassy or consulate, contact, schedule.
 */
final class LetterHtml {

    private LetterHtml() {
    }

    static String render(LetterDocument letter) {
        LetterFacts facts = letter.facts();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>邀请函 Letter of Invitation ")
                .append(e(letter.number())).append("</title>\n<style>\n")
                .append("@page { size: A4; margin: 2cm; }\n")
                .append("body { font-family: 'SimSun', 'Songti SC', serif; font-size: 11pt; line-height: 1.6; }\n")
                .append("h1 { text-align: center; font-size: 18pt; margin-bottom: 0; }\n")
                .append("h2 { text-align: center; font-size: 13pt; margin-top: 0; }\n")
                .append("table { border-collapse: collapse; width: 100%; margin: 1em 0; }\n")
                .append("th, td { border: 1px solid #000; padding: 4px 6px; font-size: 10pt; text-align: left; }\n")
                .append(".number { text-align: right; } .en { color: #333; } .seal { margin-top: 3em; text-align: right; }\n")
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>邀请函</h1>\n<h2>Letter of Invitation</h2>\n");
        html.append("<p class=\"number\">编号 No.: <span id=\"number\">").append(e(letter.number())).append("</span><br>")
                .append("日期 Date: <span id=\"issued-on\">").append(e(date(letter.issuedOn()))).append("</span></p>\n");
        html.append("<p>致 To: <strong id=\"issuing-post\">").append(e(letter.issuingPost())).append("</strong></p>\n");

        html.append("<p class=\"zh\" id=\"body-zh\">兹邀请下列人员于").append(e(date(facts.arrivalDate()))).append("至")
                .append(e(date(facts.departureDate()))).append("来华，赴").append(e(facts.places().zh()))
                .append("访问，停留").append(facts.days()).append("天。事由：").append(e(facts.purpose().zh()))
                .append("。").append(e(paysZh(facts))).append("请贵馆惠予办理签证为盼。</p>\n");
        html.append("<p class=\"en\" id=\"body-en\">We hereby invite the persons listed below to visit ")
                .append(e(en(facts.places()))).append(", China, from ").append(e(date(facts.arrivalDate())))
                .append(" to ").append(e(date(facts.departureDate()))).append(", a stay of ").append(facts.days())
                .append(facts.days() == 1 ? " day" : " days").append(". Purpose: ").append(e(en(facts.purpose())))
                .append(". ").append(e(paysEn(facts)))
                .append(" We kindly ask your mission to issue them the visas they need.</p>\n");

        html.append("<table id=\"invitees\">\n<thead><tr><th>序号<br>No.</th><th>姓名<br>Name</th>")
                .append("<th>出生日期<br>Date of birth</th><th>国籍<br>Nationality</th><th>护照号码<br>Passport No.</th>")
                .append("<th>护照有效期至<br>Passport valid until</th><th>职务<br>Title</th><th>单位<br>Organisation</th>")
                .append("</tr></thead>\n<tbody>\n");
        int row = 1;
        for (OpenInvitee invitee : letter.invitees()) {
            PassportData passport = invitee.passport();
            html.append("<tr><td>").append(row++).append("</td><td>")
                    .append(e(invitee.latinName())).append(invitee.nativeName() != null && invitee.latinName() != null
                            ? "<br>" : "").append(e(invitee.nativeName()))
                    .append("</td><td>").append(e(date(passport.dateOfBirth())))
                    .append("</td><td>").append(e(country(passport.nationality())))
                    .append("</td><td>").append(e(passport.number()))
                    .append("</td><td>").append(e(date(passport.expiryDate())))
                    .append("</td><td>").append(e(invitee.title()))
                    .append("</td><td>").append(e(invitee.organisation()))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");

        html.append("<h3>日程安排 Schedule</h3>\n<p id=\"schedule\">抵达 Arrival: ").append(e(date(facts.arrivalDate())))
                .append("<br>离开 Departure: ").append(e(date(facts.departureDate())))
                .append("<br>访问地点 Places: ").append(e(facts.places().zh())).append(" / ").append(e(en(facts.places())))
                .append("<br>访问团组 Visit: ").append(e(facts.visitTitle().zh())).append(" / ")
                .append(e(en(facts.visitTitle()))).append("</p>\n");
        if (facts.itinerary() != null) {
            html.append("<p id=\"itinerary\">行程概要 Itinerary: ").append(e(facts.itinerary().zh())).append(" / ")
                    .append(e(en(facts.itinerary()))).append("</p>\n");
        }
        html.append("<p id=\"contact\">联系人 Contact: ").append(e(facts.contact())).append("</p>\n");
        html.append("<p class=\"seal\" id=\"issuing-unit\">").append(e(facts.issuingUnit().zh())).append("（盖章）<br>")
                .append(e(en(facts.issuingUnit()))).append(" (seal)</p>\n");
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static String paysZh(LetterFacts facts) {
        return switch (facts.hostingMode()) {
            case FULL -> "被邀请人在华期间的食宿和市内交通费用由邀请方承担。";
            case PARTIAL -> "被邀请人在华期间的部分费用按约定由邀请方承担，其余费用自理。";
            case SELF_PAID -> "被邀请人在华期间的一切费用自理。";
        };
    }

    private static String paysEn(LetterFacts facts) {
        return switch (facts.hostingMode()) {
            case FULL -> "Board, lodging and local transport during the stay are paid by the inviting party.";
            case PARTIAL -> "Part of the costs of the stay is paid by the inviting party as agreed; "
                    + "the invitees pay the rest.";
            case SELF_PAID -> "The invitees pay all costs of their stay.";
        };
    }

    private static String en(LocalizedText text) {
        return text.enOrZh();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String country(String code) {
        Locale region = new Locale.Builder().setRegion(code).build();
        return region.getDisplayCountry(Locale.SIMPLIFIED_CHINESE) + " " + region.getDisplayCountry(Locale.ENGLISH);
    }

    /** HTML-escaped text: {@code < > & " '} become entities; Chinese, Korean, accents stay as they are. */
    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
