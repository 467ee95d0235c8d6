package io.waishi.reception.guest;

import java.time.Instant;

/** One audited change to a guest list: what was done to which guest, by whom, when. No personal data. */
public record GuestListChange(GuestAct act, String guestId, String by, Instant at) {
}
