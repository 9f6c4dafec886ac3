package io.factline.temporal;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One temporal expression found in a text and what it resolves to.
 *
 * @param text      the expression exactly as written
 * @param start     Unicode code-point offset of its first character in the text
 * @param end       Unicode code-point offset just past its last character (exclusive)
 * @param type      DATE, TIME, DURATION or SET
 * @param value     TIMEX3-style value: 2023-02-13, 2024-W19, 2024-04, 2023-SP, 2024-Q1, 2024-H1, 2023, 199 (decade),
 *                  19 (century), 1999-05-18T21:45 / 1999-05-19TMO (times), P2D / PT48H (durations),
 *                  PRESENT_REF / PAST_REF / FUTURE_REF (vague)
 * @param precision the unit of a DATE or TIME; null for durations, sets and vague references
 * @param earliest  first day (inclusive) of the interval a DATE denotes; null when it denotes no interval
 * @param latest    last day (inclusive) of that interval; null when it denotes no interval
 * @param mod       START, MID or END for "début", "mi-", "fin" and the like; null otherwise
 * @param anchor    the date it was resolved against: the publication date, or an earlier date of the same text
 *                  for anaphora ("un jour plus tôt"); null for absolute dates, durations and sets
 * @param rule      the name of the rule that recognised and resolved it, e.g. "weekday.last"
 */
public record Timex(
        String text,
        int start,
        int end,
        TimexType type,
        String value,
        Precision precision,
        LocalDate earliest,
        LocalDate latest,
        Mod mod,
        LocalDate anchor,
        String rule) {

    /** True when this is a DATE or a TIME with a known interval of days: the only kinds a timeline can place. */
    public boolean isDated() {
        return (type == TimexType.DATE || type == TimexType.TIME) && earliest != null && latest != null;
    }

    /** The time of day a TIME gives (see {@link TimeOfDay#of}); null for everything else. */
    public LocalTime timeOfDay() {
        return type == TimexType.TIME ? TimeOfDay.of(value) : null;
    }
}
