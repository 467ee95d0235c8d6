package io.waishi.platform.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The effect of an approved delegation in the sample: one visit per event, its id derived from the event id. */
@Document("visits")
public record Visit(@Id String id, String delegationId, String sourceEventId) {
}
