package io.waishi.reception.visit;

/** Who pays for the guests' stay (RULES.md §3, S19). */
public enum HostingMode {
    /** The city hosts the guests: lodging, meals and local transport. */
    FULL,
    /** The city pays part of the stay, as agreed with the guests. */
    PARTIAL,
    /** The guests pay their own way. */
    SELF_PAID
}
