package io.waishi.publicity.item;

/**
 * The text of one language version: title, summary and the rich-text body, sanitised on the way in.
 *
 * @param body safe HTML ({@link RichText}), one block per line so that revisions diff line by line
 */
public record VersionText(String title, String summary, String body) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_BODY = 200_000;

    public VersionText {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A language version needs a title");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("A title has at most " + MAX_TITLE + " characters");
        }
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        if (summary != null && summary.length() > MAX_SUMMARY) {
            throw new IllegalArgumentException("A summary has at most " + MAX_SUMMARY + " characters");
        }
        if (body != null && body.length() > MAX_BODY) {
            throw new IllegalArgumentException("A body has at most " + MAX_BODY + " characters");
        }
        body = RichText.sanitised(body);
    }

    public static VersionText of(String title, String summary, String body) {
        return new VersionText(title, summary, body);
    }
}
