package io.factline.temporal;

import java.time.LocalDate;

/** What an interpretation made of a match: everything a {@link Timex} says except where it is in the text. */
record Reading(TimexType type, String value, Precision precision, LocalDate earliest, LocalDate latest, Mod mod,
        LocalDate anchor, String rule) {

    static Reading dated(Period period, Mod mod, LocalDate anchor, String rule) {
        return new Reading(TimexType.DATE, period.value(), period.precision(), period.earliest(), period.latest(), mod,
                anchor, rule);
    }

    /** A date the text points at without saying which days: "en ce moment", "à la veille d'une réunion". */
    static Reading undated(String value, String rule) {
        return new Reading(TimexType.DATE, value, null, null, null, null, null, rule);
    }

    static Reading duration(String value, String rule) {
        return new Reading(TimexType.DURATION, value, null, null, null, null, null, rule);
    }

    static Reading set(String value, String rule) {
        return new Reading(TimexType.SET, value, null, null, null, null, null, rule);
    }

    /** The same reading as another type: a vague reference the language's convention types TIME. */
    Reading typed(TimexType other) {
        return new Reading(other, value, precision, earliest, latest, mod, anchor, rule);
    }

    boolean isDated() {
        return earliest != null;
    }

    Period period() {
        return new Period(value, precision, earliest, latest);
    }
}
