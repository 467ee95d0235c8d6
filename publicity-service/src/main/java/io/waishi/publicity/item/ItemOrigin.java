package io.waishi.publicity.item;

/**
 * Where a draft came from: an editor, or another service's event (then once per event).
 *
 * @param eventType the CloudEvents type of the source event
 * @param eventId   its CloudEvents id
 * @param subject   the id of the file the event was about (delegation, visit, relationship)
 */
public record ItemOrigin(Kind kind, String eventType, String eventId, String subject) {

    public enum Kind { MANUAL, EVENT }

    public static ItemOrigin manual() {
        return new ItemOrigin(Kind.MANUAL, null, null, null);
    }

    public static ItemOrigin event(String eventType, String eventId, String subject) {
        return new ItemOrigin(Kind.EVENT, eventType, eventId, subject);
    }
}
