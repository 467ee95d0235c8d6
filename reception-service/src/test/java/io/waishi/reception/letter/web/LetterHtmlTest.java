package io.waishi.reception.letter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.guest.PassportData;
import io.waishi.reception.letter.LetterDocument;
import io.waishi.reception.letter.LetterDocument.OpenInvitee;
import io.waishi.reception.letter.LetterFacts;
import io.waishi.reception.letter.LetterSettings;
import io.waishi.reception.visit.HostingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterHtmlTest {

    static final String SEOUL = "中华人民共和国驻大韩民国大使馆 Embassy of the PRC in the Republic of Korea";

    static LetterDocument letter(HostingMode hostingMode, String latinName) {
        LetterSettings settings = LetterSettings.defaults();
        LetterFacts facts = new LetterFacts(LocalizedText.of("韩国奉化郡代表团来访", "Bonghwa County delegation"),
                LocalizedText.of("友好交流与经贸合作洽谈", "Friendly exchange and trade talks"), settings.defaultPlaces(),
                LocalizedText.of("6月15日抵达，16日会见市长，17日参观企业", "Arrive 15 June, meet the mayor 16 June"),
                LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 18), hostingMode, settings.issuingUnit(),
                settings.contact());
        return new LetterDocument("TCFAO-2027-0001", LocalDate.of(2027, 3, 1), SEOUL, facts, List.of(
                new OpenInvitee("김영수", latinName, "County Governor", "Bonghwa County",
                        new PassportData("M12345678", LocalDate.of(1968, 4, 2), "KR", LocalDate.of(2031, 5, 1), SEOUL)),
                new OpenInvitee(null, "LEE Min-ho", null, null,
                        new PassportData("M11112222", LocalDate.of(1990, 12, 31), "KR", LocalDate.of(2030, 1, 1), SEOUL))));
    }

    final String html = LetterHtml.render(letter(HostingMode.FULL, "KIM Young-soo"));

    @Test
    void statesTheNumberDateAndTheEmbassyOrConsulate() {
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\">")
                .contains("<span id=\"number\">TCFAO-2027-0001</span>")
                .contains("<span id=\"issued-on\">2027-03-01</span>")
                .contains("<strong id=\"issuing-post\">" + SEOUL + "</strong>");
    }

    @Test
    void namesEveryInviteeWithDateOfBirthNationalityAndPassport() {
        assertThat(html).contains("KIM Young-soo<br>김영수").contains("1968-04-02").contains("M12345678")
                .contains("2031-05-01").contains("County Governor").contains("Bonghwa County")
                .contains("LEE Min-ho").contains("1990-12-31").contains("M11112222")
                .contains("韩国 South Korea");
    }

    @Test
    void statesPurposePlacesStayAndWhoPaysInChineseAndEnglish() {
        assertThat(html).contains("<h1>邀请函</h1>").contains("<h2>Letter of Invitation</h2>");
        assertThat(html).contains("兹邀请下列人员于2027-06-15至2027-06-18来华，赴陕西省铜川市访问，停留4天。事由：友好交流与经贸合作洽谈。")
                .contains("被邀请人在华期间的食宿和市内交通费用由邀请方承担。");
        assertThat(html).contains("to visit Tongchuan, Shaanxi Province, China, from 2027-06-15 to 2027-06-18, "
                + "a stay of 4 days. Purpose: Friendly exchange and trade talks.")
                .contains("Board, lodging and local transport during the stay are paid by the inviting party.");
    }

    @Test
    void whoPaysFollowsTheHostingMode() {
        assertThat(LetterHtml.render(letter(HostingMode.SELF_PAID, "KIM"))).contains("被邀请人在华期间的一切费用自理。")
                .contains("The invitees pay all costs of their stay.");
        assertThat(LetterHtml.render(letter(HostingMode.PARTIAL, "KIM"))).contains("部分费用按约定由邀请方承担")
                .contains("Part of the costs of the stay is paid by the inviting party as agreed");
    }

    @Test
    void givesTheScheduleContactAndIssuingUnit() {
        assertThat(html).contains("抵达 Arrival: 2027-06-15").contains("离开 Departure: 2027-06-18")
                .contains("6月15日抵达，16日会见市长，17日参观企业 / Arrive 15 June, meet the mayor 16 June")
                .contains("联系人 Contact: " + LetterSettings.defaults().contact())
                .contains("铜川市人民政府外事办公室（盖章）")
                .contains("Foreign Affairs Office of Tongchuan Municipal People&#39;s Government (seal)");
    }

    @Test
    void escapesEveryValueSoANameCannotCarryMarkup() {
        String hostile = LetterHtml.render(letter(HostingMode.FULL, "<script>alert('x')</script> & Co"));
        assertThat(hostile).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co");
    }
}
