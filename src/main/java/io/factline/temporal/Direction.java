package io.factline.temporal;

/** Which occurrence of a recurring unit ("mardi", "janvier", "l'été") is meant, relative to a reference day. */
enum Direction {
    /** The latest occurrence starting on or before the reference day. */
    PAST_OR_CURRENT,
    /** The latest occurrence ending before the reference day: "vendredi dernier". */
    STRICTLY_PAST,
    /** The earliest occurrence ending on or after the reference day. */
    FUTURE_OR_CURRENT,
    /** The earliest occurrence starting after the reference day: "lundi prochain". */
    STRICTLY_FUTURE,
    /** The occurrence closest to the reference day, the past one on a tie. */
    NEAREST;

    /** How a clause's tense orients a month, season or date written without a year. */
    static Direction forCalendarUnit(Tense tense) {
        switch (tense) {
            case PAST:
                return PAST_OR_CURRENT;
            case FUTURE:
            case SCHEDULED:
                return FUTURE_OR_CURRENT;
            case ANNOUNCED:
                return NEAREST;
            default:
                return NEAREST;
        }
    }
}
