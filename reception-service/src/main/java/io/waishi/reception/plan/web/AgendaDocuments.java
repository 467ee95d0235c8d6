package io.waishi.reception.plan.web;

import io.waishi.platform.domain.LocalizedText;
import io.waishi.reception.plan.InterpreterAssignment;
import io.waishi.reception.plan.ItemKind;
import io.waishi.reception.plan.PlanService.Agenda;
import io.waishi.reception.plan.ScheduleItem;
import io.waishi.reception.resource.Interpreter;
import io.waishi.reception.resource.Venue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The visit's agenda as a printable bilingual HTML page and as an iCalendar file. */
final class AgendaDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_ZH = DateTimeFormatter.ofPattern("yyyy年M月d日 EEEE", Locale.CHINESE);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private AgendaDocuments() {
    }

    static LocalizedText kind(ItemKind kind) {
        return switch (kind) {
            case MEETING -> LocalizedText.of("会见", "Meeting");
            case TALKS -> LocalizedText.of("会谈", "Talks");
            case BANQUET -> LocalizedText.of("宴请", "Banquet");
            case SITE_VISIT -> LocalizedText.of("参观考察", "Site visit");
            case SIGNING -> LocalizedText.of("签约", "Signing");
            case MEDIA -> LocalizedText.of("媒体活动", "Media");
            case OTHER -> LocalizedText.of("其他", "Other");
        };
    }

    /** Where an item is, in Chinese and English: the venue (with its address) and any words on the place. */
    static LocalizedText place(ScheduleItem item, Agenda agenda) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        Venue venue = item.venueId() == null ? null : agenda.venues().get(item.venueId());
        if (venue != null) {
            zh.add(venue.name().zh() + "（" + venue.profile().address() + "）");
            en.add(venue.name().enOrZh() + " (" + venue.profile().address() + ")");
        }
        if (item.place() != null) {
            zh.add(item.place());
            en.add(item.place());
        }
        return zh.isEmpty() ? null : LocalizedText.of(String.join("，", zh), String.join(", ", en));
    }

    static String interpreters(ScheduleItem item, Agenda agenda) {
        return item.interpreters().stream().map(assignment -> interpreterName(assignment, agenda) + " ("
                + assignment.language() + ")").collect(Collectors.joining(", "));
    }

    private static String interpreterName(InterpreterAssignment assignment, Agenda agenda) {
        Interpreter interpreter = agenda.interpreters().get(assignment.interpreterId());
        return interpreter == null ? assignment.interpreterId() : interpreter.name();
    }

    static String officials(ScheduleItem item) {
        return item.officials().stream().map(o -> o.title() == null ? o.name() : o.name() + " " + o.title())
                .collect(Collectors.joining(", "));
    }

    static String html(Agenda agenda) {
        ZoneId zone = ZoneId.of(agenda.revision().zone());
        LocalizedText title = agenda.visit().details().title();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(title.zh())).append(title.en() == null ? "" : " / " + escape(title.en()))
                .append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse;width:100%}"
                        + "td,th{border:1px solid #999;padding:4px;vertical-align:top}th{background:#eee}"
                        + "@media print{h2{page-break-before:auto}}</style>\n</head>\n<body>\n")
                .append("<h1><span lang=\"zh-CN\">").append(escape(title.zh())).append("</span><br><span lang=\"en\">")
                .append(escape(title.enOrZh())).append("</span></h1>\n")
                .append("<p>日程 Agenda · 第").append(agenda.revision().number()).append("版 revision ")
                .append(agenda.revision().number()).append(" · 时间为 ").append(escape(zone.getId()))
                .append(" 时间 / times in ").append(escape(zone.getId())).append("</p>\n");
        LocalDate day = null;
        for (ScheduleItem item : agenda.revision().content().items()) {
            if (!item.start().toLocalDate().equals(day)) {
                if (day != null) {
                    html.append("</tbody></table>\n");
                }
                day = item.start().toLocalDate();
                html.append("<h2><span lang=\"zh-CN\">").append(DAY_ZH.format(day)).append("</span> · <span lang=\"en\">")
                        .append(DAY_EN.format(day)).append("</span></h2>\n<table><thead><tr><th>时间<br>Time</th>"
                                + "<th lang=\"zh-CN\">中文</th><th lang=\"en\">English</th><th>地点<br>Place</th>"
                                + "<th>陪同<br>Accompanied by</th><th>翻译<br>Interpreters</th></tr></thead><tbody>\n");
            }
            LocalizedText kind = kind(item.kind());
            LocalizedText place = place(item, agenda);
            html.append("<tr><td>").append(TIME.format(item.start())).append("–").append(TIME.format(item.end()))
                    .append("</td><td lang=\"zh-CN\">").append(escape(item.title().zh())).append("<br><small>")
                    .append(escape(kind.zh())).append("</small></td><td lang=\"en\">")
                    .append(escape(item.title().enOrZh())).append("<br><small>").append(escape(kind.en()))
                    .append("</small></td><td>")
                    .append(place == null ? "" : escape(place.zh()) + (place.zh().equals(place.en()) ? ""
                            : "<br>" + escape(place.en())))
                    .append("</td><td>").append(escape(officials(item))).append("</td><td>")
                    .append(escape(interpreters(item, agenda))).append("</td></tr>\n");
        }
        if (day != null) {
            html.append("</tbody></table>\n");
        } else {
            html.append("<p>暂无日程 / No items yet</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String ics(Agenda agenda) {
        ZoneId zone = ZoneId.of(agenda.revision().zone());
        List<ScheduleItem> items = agenda.revision().content().items().stream()
                .filter(item -> item.end().isAfter(item.start())).toList();
        Instant first = items.isEmpty() ? agenda.revision().savedAt() : items.get(0).start().atZone(zone).toInstant();
        Instant last = items.stream().map(item -> item.end().atZone(zone).toInstant()).max(Instant::compareTo)
                .orElse(first);
        boolean utc = !ICalendar.steady(zone, first, last);
        ICalendar ics = new ICalendar()
                .line("BEGIN", "VCALENDAR")
                .line("VERSION", "2.0")
                .line("PRODID", "-//Waishi//reception-service//ZH")
                .line("CALSCALE", "GREGORIAN")
                .line("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", bilingual(agenda.visit().details().title()));
        if (!utc) {
            ics.timezone(zone, first);
        }
        for (ScheduleItem item : items) {
            LocalizedText kind = kind(item.kind());
            LocalizedText place = place(item, agenda);
            List<String> description = new ArrayList<>();
            description.add(kind.zh() + " / " + kind.en());
            if (!item.officials().isEmpty()) {
                description.add("陪同 Accompanied by: " + officials(item));
            }
            if (!item.interpreters().isEmpty()) {
                description.add("翻译 Interpreters: " + interpreters(item, agenda));
            }
            ics.line("BEGIN", "VEVENT")
                    .text("UID", item.id() + "@" + agenda.visit().id() + ".reception.waishi")
                    .time("DTSTAMP", agenda.revision().savedAt(), zone, true)
                    .time("DTSTART", item.start().atZone(zone).toInstant(), zone, utc)
                    .time("DTEND", item.end().atZone(zone).toInstant(), zone, utc)
                    .text("SUMMARY", bilingual(item.title()))
                    .line("SEQUENCE", String.valueOf(agenda.revision().number() - 1));
            if (place != null) {
                ics.text("LOCATION", place.zh().equals(place.en()) ? place.zh() : place.zh() + " / " + place.en());
            }
            ics.text("DESCRIPTION", String.join("\n", description))
                    .text("CATEGORIES", item.kind().name())
                    .line("END", "VEVENT");
        }
        return ics.line("END", "VCALENDAR").toString();
    }

    private static String bilingual(LocalizedText text) {
        return text.en() == null ? text.zh() : text.zh() + " / " + text.en();
    }
}
