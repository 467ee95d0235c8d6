package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;

import io.waishi.publicity.item.RevisionDiff.Line;
import io.waishi.publicity.item.RevisionDiff.Op;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void linesKeptRemovedAndAddedInOrder() {
        assertThat(RevisionDiff.lines("a\nb\nc", "a\nB\nc\nd")).containsExactly(new Line(Op.SAME, "a"),
                new Line(Op.REMOVED, "b"), new Line(Op.ADDED, "B"), new Line(Op.SAME, "c"), new Line(Op.ADDED, "d"));
    }

    @Test
    void aMissingTextHasNoLines() {
        assertThat(RevisionDiff.lines(null, "x")).containsExactly(new Line(Op.ADDED, "x"));
        assertThat(RevisionDiff.lines("x", null)).containsExactly(new Line(Op.REMOVED, "x"));
        assertThat(RevisionDiff.lines(null, null)).isEmpty();
    }

    @Test
    void betweenTwoRevisionsOfTitleSummaryAndBody() {
        Revision one = new Revision(1, "ma.editor", NOW, VersionText.of("标题", "摘要", "<p>一</p><p>二</p>"));
        Revision two = new Revision(2, "ma.editor", NOW, VersionText.of("标题", "新摘要", "<p>一</p><p>三</p>"));
        RevisionDiff diff = RevisionDiff.between("zh", one, two);
        assertThat(diff.changed()).isTrue();
        assertThat(diff.title()).containsExactly(new Line(Op.SAME, "标题"));
        assertThat(diff.summary()).containsExactly(new Line(Op.REMOVED, "摘要"), new Line(Op.ADDED, "新摘要"));
        assertThat(diff.body()).containsExactly(new Line(Op.SAME, "<p>一</p>"), new Line(Op.REMOVED, "<p>二</p>"),
                new Line(Op.ADDED, "<p>三</p>"));
        assertThat(RevisionDiff.between("zh", one, one).changed()).isFalse();
    }
}
