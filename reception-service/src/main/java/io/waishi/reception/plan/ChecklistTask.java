package io.waishi.reception.plan;

/** The reception checklist of RULES.md §3 (S31), in the order the office works through it. */
public enum ChecklistTask {
    HOTEL, CARS, PICK_UP, PLACE_CARDS, BILINGUAL_AGENDA, TALKING_POINTS, GIFTS, PHOTOGRAPHER, DIETARY_NEEDS, ROUTE,
    SEND_OFF, SUMMARY
}
