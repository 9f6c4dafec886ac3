package io.factline.temporal.eval;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One annotated expression of a gold document.
 *
 * @param text      the expression exactly as written
 * @param start     code-point offset of its first character (inclusive)
 * @param end       code-point offset just past its last character (exclusive)
 * @param type      "DATE", "DURATION" or "SET"; null for a negative (a string that must not be dated)
 * @param value     TIMEX3-style value, informative only (the score compares intervals)
 * @param precision DAY, WEEK, MONTH...; null for durations, sets, vague references and negatives
 * @param earliest  first day of the interval; null when the expression denotes no interval
 * @param latest    last day of the interval; null when the expression denotes no interval
 * @param mod       START, MID or END; null otherwise
 * @param required  true when a system must find it and date it; false when it is not scored for recall
 * @param category  the phenomenon it exercises (absolute, weekday, anaphora, negative...)
 */
public record GoldTimex(
        String text,
        int start,
        int end,
        String type,
        String value,
        String precision,
        LocalDate earliest,
        LocalDate latest,
        String mod,
        boolean required,
        String category) {

    public static final String NEGATIVE = "negative";

    /** A string that looks temporal but is not (a count, a score, a name): a system must never date it. */
    public boolean isNegative() {
        return type == null || NEGATIVE.equals(category);
    }

    public boolean hasInterval() {
        return earliest != null && latest != null;
    }

    public boolean isDurationOrSet() {
        return "DURATION".equals(type) || "SET".equals(type);
    }

    /** PRESENT_REF, PAST_REF, FUTURE_REF: a DATE with no interval by nature. */
    public boolean isVague() {
        return value != null && value.toUpperCase(Locale.ROOT).endsWith("_REF");
    }

    /** Durations, sets and vague references: giving them an interval is always an error. */
    public boolean mustNeverBeDated() {
        return isDurationOrSet() || isVague();
    }

    /** Scored for recall: required and carrying an interval. */
    public boolean isScored() {
        return required && hasInterval() && !isNegative();
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public String interval() {
        return hasInterval() ? earliest + ".." + latest : "no interval";
    }
}
