package io.waishi.reception.plan;

import io.waishi.reception.resource.Languages;

/** An interpreter booked for an item, for one language (a BCP 47 tag). */
public record InterpreterAssignment(String interpreterId, String language) {

    public InterpreterAssignment {
        if (interpreterId == null || interpreterId.isBlank()) {
            throw new IllegalArgumentException("An interpreter assignment names the interpreter");
        }
        language = Languages.normalize(language);
    }
}
