package io.waishi.travel.delegation;

/**
 * The foreign invitation behind the trip.
 *
 * @param invitingBody        who invites
 * @param signer              who signed the letter, and in what capacity
 * @param relationship        the inviter's relationship with the unit or the city
 * @param inviterKind         what kind of body invites: only counterpart bodies may (RULES.md §1, S2)
 * @param translationAttached whether a Chinese translation is in the file
 */
public record Invitation(String invitingBody, String signer, String relationship, InviterKind inviterKind,
        boolean translationAttached) {

    public enum InviterKind {
        GOVERNMENT_BODY,
        PARTNER_CITY,
        UNIVERSITY_OR_INSTITUTE,
        ENTERPRISE,
        INTERNATIONAL_ORGANISATION,
        /** Not a counterpart: an agency arranging trips. */
        INTERMEDIARY_AGENCY,
        /** Not a counterpart. */
        OVERSEAS_CHINESE_ORGANISATION,
        /** Not a counterpart: a foreign embassy or consulate in China. */
        FOREIGN_MISSION_IN_CHINA;

        public boolean isCounterpart() {
            return this != INTERMEDIARY_AGENCY && this != OVERSEAS_CHINESE_ORGANISATION && this != FOREIGN_MISSION_IN_CHINA;
        }
    }

    public Invitation {
        if (invitingBody == null || invitingBody.isBlank()) {
            throw new IllegalArgumentException("An invitation needs the inviting body");
        }
        if (inviterKind == null) {
            throw new IllegalArgumentException("An invitation needs the kind of inviting body");
        }
    }
}
