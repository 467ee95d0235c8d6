package io.waishi.platform.sample;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A plain object the idempotency tests create, so they can count what a request created. */
@Document("memos")
public record Memo(@Id String id, @Version Long version, String title, String createdBy, Instant createdAt) {
}
