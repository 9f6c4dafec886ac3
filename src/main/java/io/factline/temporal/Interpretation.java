package io.factline.temporal;

/** Turns a pattern match into a reading, or returns null to reject it (a guard failed) so a shorter match can win. */
@FunctionalInterface
interface Interpretation {
    Reading read(Match match, Extraction extraction);
}
