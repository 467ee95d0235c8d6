package io.waishi.publicity.publication;

/** SCHEDULED → PUBLISHED, or WITHDRAWN (the item was retracted, or the editor unscheduled it). */
public enum PublicationStatus { SCHEDULED, PUBLISHED, WITHDRAWN }
