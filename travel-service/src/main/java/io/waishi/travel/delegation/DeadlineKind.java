package io.waishi.travel.delegation;

/** The deadlines the office watches on a delegation file. */
public enum DeadlineKind {
    /** The clerk's time to resubmit a file returned for correction (CORRECTION_WORKING_DAYS). */
    CORRECTION,
    /** A green-channel file's service-level target (GREEN_CHANNEL_TARGET_WORKING_DAYS). */
    GREEN_CHANNEL_DECISION,
    /** The trip report after return (REPORT_DUE_MONTHS). */
    TRIP_REPORT,
    /** The post-trip public notice after return (POST_TRIP_PUBLICATION_MONTHS). */
    POST_TRIP_NOTICE
}
