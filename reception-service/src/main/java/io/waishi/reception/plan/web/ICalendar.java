package io.waishi.reception.plan.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A small iCalendar (RFC 5545) writer: content lines ending in CRLF, folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped. Times are written with the office's TZID and a VTIMEZONE for it when the
 * zone keeps one offset over the events' span (Asia/Shanghai has since 1991); otherwise in UTC.
 */
final class ICalendar {

    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final StringBuilder out = new StringBuilder();

    /** Writes {@code NAME:value} (or {@code NAME;params:value}) as it stands: for values already formatted. */
    ICalendar line(String nameAndParams, String value) {
        fold(nameAndParams + ":" + value);
        return this;
    }

    /** Writes a TEXT property, escaping backslashes, semicolons, commas and newlines. */
    ICalendar text(String name, String value) {
        return line(name, escape(value));
    }

    /** Writes a date-time property in {@code zone} ({@code TZID=}) or, when {@code utc}, in UTC. */
    ICalendar time(String name, Instant instant, ZoneId zone, boolean utc) {
        return utc ? line(name, LOCAL.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z")
                : line(name + ";TZID=" + zone.getId(), LOCAL.format(LocalDateTime.ofInstant(instant, zone)));
    }

    /**
     * Whether {@code zone} keeps one offset from {@code from} to {@code to}, so one STANDARD rule describes it.
     */
    static boolean steady(ZoneId zone, Instant from, Instant to) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(from);
        return next == null || !next.getInstant().isBefore(to);
    }

    /** A VTIMEZONE for a zone steady over the events (see {@link #steady}), starting at its last change. */
    ICalendar timezone(ZoneId zone, Instant from) {
        ZoneRules rules = zone.getRules();
        ZoneOffset offset = rules.getOffset(from);
        ZoneOffsetTransition last = rules.previousTransition(from);
        line("BEGIN", "VTIMEZONE");
        line("TZID", zone.getId());
        line("BEGIN", "STANDARD");
        line("DTSTART", last == null ? "19700101T000000" : LOCAL.format(last.getDateTimeAfter()));
        line("TZOFFSETFROM", offsetText(last == null ? offset : last.getOffsetBefore()));
        line("TZOFFSETTO", offsetText(offset));
        line("END", "STANDARD");
        line("END", "VTIMEZONE");
        return this;
    }

    private static String offsetText(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** Splits a content line into lines of at most 75 octets; continuation lines start with one space. */
    private void fold(String line) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
