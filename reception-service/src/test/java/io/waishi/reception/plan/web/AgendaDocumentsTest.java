package io.waishi.reception.plan.web;

import static io.waishi.reception.plan.PlanFixtures.NOW;
import static io.waishi.reception.plan.PlanFixtures.OFFICE;
import static io.waishi.reception.plan.PlanFixtures.OFFICER;
import static io.waishi.reception.plan.PlanFixtures.at;
import static io.waishi.reception.plan.PlanFixtures.hall;
import static io.waishi.reception.plan.PlanFixtures.korean;
import static io.waishi.reception.plan.PlanFixtures.resources;
import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.plan.InterpreterAssignment;
import io.waishi.reception.plan.ItemKind;
import io.waishi.reception.plan.Official;
import io.waishi.reception.plan.PlanContent;
import io.waishi.reception.plan.PlanFixtures;
import io.waishi.reception.plan.PlanRevision;
import io.waishi.reception.plan.PlanService.Agenda;
import io.waishi.reception.plan.ReceptionPlan;
import io.waishi.reception.plan.ScheduleItem;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.Venue;
import io.waishi.reception.visit.Visit;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class AgendaDocumentsTest {

    static final String LONG_EN = "Talks on the 30th anniversary of friendship, youth exchanges; sports, culture and "
            + "trade\nsecond line";

    final Visit visit = PlanFixtures.approvedVisit();
    final Interpreter kim = korean();
    final Venue hall = hall(20);

    Agenda agenda() {
        ReceptionPlan plan = ReceptionPlan.forVisit(visit);
        PlanContent content = new PlanContent(List.of(
                new ScheduleItem("talks-1", at(16, 9, 0), at(16, 10, 30), ItemKind.TALKS,
                        LocalizedText.of("友好交流三十周年会谈，青年交流；体育、文化与经贸合作等议题的深入讨论<script>", LONG_EN),
                        "二楼 <A&B>", hall.id(), List.of(new Official("王市长", "市长")),
                        List.of(new InterpreterAssignment(kim.id(), "ko"))),
                new ScheduleItem("visit-2", at(17, 14, 0), at(17, 16, 0), ItemKind.SITE_VISIT,
                        LocalizedText.of("参观照金", null), "照金纪念馆", null, List.of(), List.of())),
                List.of(), List.of(), null);
        PlanRevision revision = plan.revise(OFFICER, visit, content, OFFICE, resources(kim, hall), List.of(), NOW);
        return new Agenda(visit, plan, revision, Map.of(kim.id(), kim), Map.of(hall.id(), hall));
    }

    @Test
    void theCalendarParsesBackWithOneEventPerItemInTheOfficeZone() throws Exception {
        String ics = AgendaDocuments.ics(agenda());

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent talks = events.get(0);
        assertThat(talks.getUid().orElseThrow().getValue()).isEqualTo("talks-1@" + visit.id() + ".reception.waishi");
        assertThat(talks.getSummary().getValue()).startsWith("友好交流三十周年会谈，青年交流；").endsWith(" / " + LONG_EN);
        assertThat(talks.getLocation().getValue()).contains("迎宾馆一号厅").contains("二楼 <A&B>");
        Temporal start = talks.getDateTimeStart().getDate();
        assertThat(start).isInstanceOf(ZonedDateTime.class);
        assertThat(((ZonedDateTime) start).toInstant()).hasToString("2027-06-16T01:00:00Z");
        assertThat(((ZonedDateTime) talks.getDateTimeEnd().getDate()).toInstant()).hasToString("2027-06-16T02:30:00Z");
        assertThat(events.get(1).getSummary().getValue()).isEqualTo("参观照金");
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void theCalendarIsFoldedAt75OctetsEscapedAndInOfficeTime() {
        String ics = AgendaDocuments.ics(agenda());

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> lines = Arrays.asList(ics.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        assertThat(lines).filteredOn(line -> line.startsWith(" ")).isNotEmpty();
        assertThat(lines).contains("DTSTART;TZID=Asia/Shanghai:20270616T090000", "DTEND;TZID=Asia/Shanghai:20270616T103000",
                "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "TZOFFSETTO:+0800");
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count()).isEqualTo(2);
        assertThat(lines.stream().filter(l -> l.equals("END:VEVENT")).count()).isEqualTo(2);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("youth exchanges\\; sports\\, culture and trade\\nsecond line");
        assertThat(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(ics);
    }

    @Test
    void foldingNeverSplitsAChineseCharacter() {
        String line = new ICalendar().text("SUMMARY", "接".repeat(60)).toString();
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(line);
        assertThat(line.split("\r\n")).allSatisfy(part -> assertThat(part.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(line.replace("\r\n ", "")).isEqualTo("SUMMARY:" + "接".repeat(60) + "\r\n");
    }

    @Test
    void theHtmlAgendaShowsBothLanguagesSideBySideEscaped() {
        String html = AgendaDocuments.html(agenda());

        assertThat(html).contains("<meta charset=\"UTF-8\">", "韩国奉化郡代表团来访", "Bonghwa County delegation",
                "09:00–10:30", "会谈", "Talks", "参观考察", "Site visit", "金美英 (ko)", "王市长 市长",
                "迎宾馆一号厅", "Guesthouse Hall 1", "2027年6月16日", "Wednesday 16 June 2027", "Asia/Shanghai",
                "&lt;script&gt;", "二楼 &lt;A&amp;B&gt;");
        assertThat(html).doesNotContain("<script>", "<A&B>");
        assertThat(html.indexOf("<td lang=\"zh-CN\">友好交流")).isLessThan(html.indexOf("<td lang=\"en\">Talks on"));
    }
}
