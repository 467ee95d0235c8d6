package io.waishi.publicity.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script><p>正文</p>",
        "<p onclick=\"alert(1)\">正文</p>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">点此</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">点此</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">点此</a>",
        "<svg onload=alert(1)><p>x</p></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<scr<script>ipt>alert(1)</script>",
        "<body onload=alert(1)><p>x</p>",
        "<form action=\"https://evil.example\"><input name=x></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"
    })
    void noScriptEventHandlerOrScriptAddressSurvives(String attack) {
        String safe = RichText.sanitised(attack).toLowerCase();
        assertThat(safe).doesNotContain("<script", "onerror", "onclick", "onload", "javascript:", "<iframe",
                "style=", "data:", "<svg", "<form", "<input");
    }

    @Test
    void keepsHeadingsParagraphsListsLinksEmphasisImagesAndTables() {
        String html = "<h2>标题</h2><p><strong>强调</strong> <em>斜体</em> <a href=\"https://www.example.org/a\">链接</a></p>"
                + "<ul><li>一</li></ul><ol><li>二</li></ol><img src=\"https://img.example.org/1.jpg\" alt=\"图\">"
                + "<table><thead><tr><th>城市</th></tr></thead><tbody><tr><td>姬路</td></tr></tbody></table>";
        String safe = RichText.sanitised(html);
        assertThat(safe).contains("<h2>标题</h2>", "<strong>强调</strong>", "<em>斜体</em>",
                "href=\"https://www.example.org/a\"", "<li>一</li>", "<ol>", "src=\"https://img.example.org/1.jpg\"",
                "<th>城市</th>", "<td>姬路</td>", "rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void imagesOnlyByHttpsAndLinksOnlyByHttpOrHttps() {
        assertThat(RichText.sanitised("<img src=\"http://img.example.org/1.jpg\">")).doesNotContain("src=");
        assertThat(RichText.sanitised("<a href=\"ftp://x.example.org\">x</a>")).doesNotContain("href=");
        assertThat(RichText.sanitised("<a href=\"http://x.example.org\">x</a>")).contains("href=\"http://x.example.org\"");
    }

    @Test
    void sanitisingTwiceChangesNothing() {
        String once = RichText.sanitised("<h2>标题</h2><p>一<br>二</p><ul><li>a</li><li>b</li></ul>");
        assertThat(RichText.sanitised(once)).isEqualTo(once);
        assertThat(VersionText.of("t", null, once).body()).isEqualTo(once);
    }

    @Test
    void eachBlockOnItsOwnLine() {
        assertThat(RichText.sanitised("<p>一</p><p>二</p>").lines()).containsExactly("<p>一</p>", "<p>二</p>");
    }
}
