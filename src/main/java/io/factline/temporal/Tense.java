package io.factline.temporal;

/** The time of the clause around an expression, as far as verb forms tell. */
enum Tense {
    PAST,
    /** Present tense of an ordinary verb: news present, about the publication day or just before. */
    PRESENT,
    /** Present tense announcing a scheduled event ("se réunissent mardi", "meets on Tuesday"): today or later. */
    SCHEDULED,
    FUTURE,
    /** No verb form found: news default, read as past. */
    NONE
}
