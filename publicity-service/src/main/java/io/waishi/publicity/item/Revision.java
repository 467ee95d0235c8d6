package io.waishi.publicity.item;

import java.time.Instant;

/** One revision of a language version's text, kept when the text changes: the number, who wrote it, when. */
public record Revision(int number, String by, Instant at, VersionText text) {
}
