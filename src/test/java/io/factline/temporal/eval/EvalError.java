package io.factline.temporal.eval;

import io.factline.temporal.Timex;

/**
 * One disagreement between the system and the gold.
 *
 * @param kind     what went wrong
 * @param document the gold document id
 * @param gold     the gold expression concerned, or null (a spurious system timex)
 * @param system   the system timex concerned, or null (a miss)
 * @param note     a short free-text explanation
 */
public record EvalError(Kind kind, String document, GoldTimex gold, Timex system, String note) {

    public enum Kind {
        /** A required expression no dated system timex overlaps. */
        MISSED,
        /** Found, but its interval differs from the gold's. */
        WRONG_VALUE,
        /** A dated system timex overlapping nothing annotated, a negative, or a gold already matched. */
        FALSE_POSITIVE,
        /** An interval given to a duration or a set (by type, or by overlapping a gold duration/set). */
        DATED_DURATION_OR_SET,
        /** An interval given to a vague reference (PRESENT_REF...). */
        DATED_VAGUE,
        /** Found and right, but its span differs from the gold's (strict span only). */
        SPAN,
        /** A system timex whose offsets are out of range or do not slice its own text. */
        BAD_OFFSETS,
        /** The system threw on this document. */
        CRASH
    }

    /** One line: kind, document, expected, got, rule. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-22s %-28s", kind, document));
        if (gold != null) {
            sb.append(String.format(" gold \"%s\" @%d-%d [%s] expected %s (%s %s)", gold.text(), gold.start(), gold.end(),
                    gold.category(), gold.interval(), gold.precision(), gold.value()));
        }
        if (system != null) {
            sb.append(String.format(" | got \"%s\" @%d-%d %s %s..%s value=%s prec=%s mod=%s rule=%s", system.text(),
                    system.start(), system.end(), system.type(), system.earliest(), system.latest(), system.value(),
                    system.precision(), system.mod(), system.rule()));
        }
        if (note != null && !note.isEmpty()) {
            sb.append(" | ").append(note);
        }
        return sb.toString();
    }
}
