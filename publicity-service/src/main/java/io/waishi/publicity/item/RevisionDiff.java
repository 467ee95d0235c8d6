package io.waishi.publicity.item;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two revisions of a language version, line by line, for title, summary and body (the
 * body's safe HTML holds one block per line).
 */
public record RevisionDiff(String language, int from, int to, List<Line> title, List<Line> summary,
        List<Line> body) {

    /** One line of a diff: kept, removed (only in {@code from}) or added (only in {@code to}). */
    public record Line(Op op, String text) {
    }

    public enum Op { SAME, REMOVED, ADDED }

    public static RevisionDiff between(String language, Revision from, Revision to) {
        return new RevisionDiff(language, from.number(), to.number(),
                lines(from.text().title(), to.text().title()),
                lines(from.text().summary(), to.text().summary()),
                lines(from.text().body(), to.text().body()));
    }

    /** Whether anything changed at all. */
    public boolean changed() {
        return changed(title) || changed(summary) || changed(body);
    }

    private static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(line -> line.op() != Op.SAME);
    }

    /** The line-level diff of two texts; a missing text has no lines. */
    public static List<Line> lines(String before, String after) {
        List<String> source = split(before);
        List<String> target = split(after);
        Patch<String> patch = DiffUtils.diff(source, target);
        List<Line> lines = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; next < delta.getSource().getPosition(); next++) {
                lines.add(new Line(Op.SAME, source.get(next)));
            }
            delta.getSource().getLines().forEach(line -> lines.add(new Line(Op.REMOVED, line)));
            delta.getTarget().getLines().forEach(line -> lines.add(new Line(Op.ADDED, line)));
            next += delta.getSource().size();
        }
        for (; next < source.size(); next++) {
            lines.add(new Line(Op.SAME, source.get(next)));
        }
        return lines;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
    }
}
