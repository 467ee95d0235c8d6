package io.waishi.reception.hospitality;

import java.math.BigDecimal;

/** Checks the hospitality records share: ids, texts people wrote and amounts in yuan (to the fen). */
final class Amounts {

    private Amounts() {
    }

    static void requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An entry needs an id");
        }
    }

    static String requireText(String text, String message) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void requireYuan(BigDecimal amount, String what) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " in yuan is missing");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " cannot be negative: " + amount);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " is in yuan and fen, at most two decimals: " + amount);
        }
    }
}
