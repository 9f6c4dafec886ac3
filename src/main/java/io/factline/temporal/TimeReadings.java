package io.factline.temporal;

import java.time.LocalDate;
import java.util.Set;

/**
 * Interpretations of times of a day: clock times ("21 h 45", "10:35 a.m.", "midi") and parts of the day ("hier soir",
 * "Friday morning", "la nuit"). A time is TIMEX3 type TIME; its interval is its day, its value that day and the time
 * ({@code 1999-05-18T21:45}, {@code 1999-05-19TMO}). A time that names no day falls on the day the text is talking
 * about: the latest day it mentioned before, or the publication date.
 */
final class TimeReadings {

    private TimeReadings() {
    }

    /** "21 h 45", "vers 18 h", "10:35 a.m.", "6 p.m": the clock time on the current day of the text. */
    static Reading clock(Match match, Extraction x) {
        Slot.Clock clock = match.get(Slot.CLOCK);
        if (!clock.minutesWritten() && isLengthOfTime(match, x)) {
            return null;
        }
        return onCurrentDay(clock.value(), clock.minutesWritten() ? Precision.MINUTE : Precision.HOUR, x,
                "time.clock");
    }

    /** "4 in the morning", "10 at night", "3 in the afternoon": an hour counted in the part of the day named. */
    static Reading hourOfPartOfDay(Match match, Extraction x) {
        int hour = match.number(Slot.NUMBER);
        String part = match.get(Slot.PART_OF_DAY);
        if (hour < 1 || hour > 12 || part.contains(":")) {
            return null;
        }
        return onCurrentDay(new Slot.Clock(hourOfTheDay(hour, part), 0, false).value(), Precision.HOUR, x,
                "time.clock");
    }

    /**
     * The hour of the day (0-23) that {@code hour} (1-12, written without a.m. or p.m.) names in the part of the day
     * {@code part}: 10 in the morning is 10, 3 in the afternoon 15, 9 at night 21, 2 at night 2 (the small hours).
     */
    static int hourOfTheDay(int hour, String part) {
        boolean afterNoon = !part.equals(TimeOfDay.MORNING) && !(part.equals(TimeOfDay.NIGHT) && hour < 5);
        return afterNoon && hour < 12 ? hour + 12 : hour == 12 && !afterNoon ? 0 : hour;
    }

    /** "7 o'clock": the hour as written, on the current day of the text. */
    static Reading oClock(Match match, Extraction x) {
        int hour = match.number(Slot.NUMBER);
        if (hour > 24) {
            return null;
        }
        return onCurrentDay(new Slot.Clock(hour % 24, 0, false).value(), Precision.HOUR, x, "time.clock");
    }

    /** "à 21 heures", "vers dix heures trente", "à 8 heures 15": hours, and minutes, counted after "à"/"vers". */
    static Reading hoursWord(Match match, Extraction x) {
        int hour = match.number(Slot.NUMBER);
        int minute = match.count(Slot.NUMBER) > 1 ? match.lastNumber(Slot.NUMBER) : 0;
        if (hour > 24 || minute > 59) {
            return null;
        }
        return onCurrentDay(new Slot.Clock(hour, minute, minute > 0).value(),
                minute > 0 ? Precision.MINUTE : Precision.HOUR, x, "time.clock");
    }

    /**
     * "de 22 heures à 7 heures", "à partir de 14 heures", "entre 2 heures et 4 heures", "dès 8 heures", "le journal de
     * 20 heures", "il est 5 heures": an hour of the clock after words that also introduce lengths of time ("un retard
     * de 2 heures", "entre 2 et 3 heures de route"), read only where the words around make it a time.
     */
    static Reading hoursInContext(Match match, Extraction x) {
        Token after = match.after();
        String word = wordAt(match, match.spanStart - 1);
        String twoBack = wordAt(match, match.spanStart - 2);
        boolean clock = switch (word) {
            case "des" -> true;
            case "de" -> isRangeToAnHour(match) || twoBack.equals("partir") || twoBack.equals("journal");
            case "entre" -> after != null && after.norm.equals("et");
            case "et" -> twoBack.equals("heures") && wordAt(match, match.spanStart - 4).equals("entre");
            case "est" -> twoBack.equals("il");
            default -> false;
        };
        return clock ? hoursWord(match, x) : null;
    }

    /** "de 22 heures à 7 heures", "de 8 heures jusqu'à midi": the range goes on to another hour. */
    private static boolean isRangeToAnHour(Match match) {
        Token after = match.after();
        if (after == null || !RANGE_ENDS.contains(after.lower)) {
            return false;
        }
        String next = wordAt(match, match.end + 1);
        int k = next.equals("a") && after.lower.equals("jusqu") ? match.end + 2 : match.end + 1;
        return k < match.tokens.length && (match.tokens[k].isNumber() || wordAt(match, k).equals("midi")
                || wordAt(match, k).equals("minuit"));
    }

    private static String wordAt(Match match, int k) {
        return k >= 0 && k < match.tokens.length ? match.tokens[k].norm : "";
    }

    private static final Set<String> RANGE_ENDS = Set.of("à", "au", "jusqu");

    /** "à 8 heures et demie", "vers 10 heures et quart": the hour and a half or a quarter past it. */
    static Reading hoursAndAFraction(Match match, Extraction x) {
        int hour = match.number(Slot.NUMBER);
        if (hour > 23) {
            return null;
        }
        int minute = minutesOfFraction(match.tokens[match.end - 1]);
        return onCurrentDay(new Slot.Clock(hour, minute, true).value(), Precision.MINUTE, x, "time.clock");
    }

    /** "midi et demi", "minuit et quart": 12:30, 00:15. */
    static Interpretation namedHourAndAFraction(int hour) {
        return (match, x) -> onCurrentDay(new Slot.Clock(hour, minutesOfFraction(match.tokens[match.end - 1]), true)
                .value(), Precision.MINUTE, x, "time.named_hour");
    }

    private static int minutesOfFraction(Token fraction) {
        return fraction.norm.equals("quart") ? 15 : 30;
    }

    /** A part of a day at a fixed offset from publication: "cette nuit" (0, NI), "last night" (-1, NI). */
    static Interpretation partOfDayAt(int days, String part) {
        return (match, x) -> {
            LocalDate published = x.publishedOn();
            return timed(published.plusDays(days), part, precisionOf(part), null, published,
                    days < 0 ? "deictic.last_night" : "deictic.today");
        };
    }

    /** "midi", "noon", "minuit", "midnight": a named hour, unless it is a name ("le Midi", "Canal du Midi"). */
    static Interpretation namedHour(int hour) {
        return (match, x) -> {
            Token first = match.first();
            if (first.hyphenBefore || first.isCapitalized() && !x.startsSentence(match.spanStart)) {
                return null;
            }
            Token after = match.after();
            if (after != null && after.hyphenBefore) {
                return null; // "midi-pyrénées"
            }
            return onCurrentDay(new Slot.Clock(hour, 0, false).value(), Precision.HOUR, x, "time.named_hour");
        };
    }

    /**
     * "la nuit", "dans la soirée", "le matin même", "that night": a part of the day the text is talking about. Refused
     * when it is a length of time ("toute la nuit", "all night").
     */
    static Reading partOfCurrentDay(Match match, Extraction x) {
        if (match.end - match.spanStart < 2) {
            return null; // "soir", "nuit" alone: "du matin au soir", "Soir 3"
        }
        Token before = match.before();
        if (before != null && (before.norm.equals("toute") || before.norm.equals("all")
                || before.norm.equals("chaque") || before.norm.equals("every"))) {
            return null;
        }
        String part = match.get(Slot.PART_OF_DAY);
        return onCurrentDay(part, precisionOf(part), x, "time.part_of_day");
    }

    /**
     * A day expression that also names a part of the day ("hier soir", "dimanche après-midi", "le lendemain matin")
     * becomes a TIME on that day; any other reading is returned as it is.
     */
    static Reading withPartOfDay(Match match, Reading reading) {
        if (!match.has(Slot.PART_OF_DAY) || !reading.isDated() || reading.precision() != Precision.DAY) {
            return reading;
        }
        String part = match.get(Slot.PART_OF_DAY);
        return timed(reading.earliest(), part, precisionOf(part), reading.mod(), reading.anchor(), reading.rule());
    }

    /** "ce soir", "cet après-midi", "cette nuit"; not "cette soirée" or "cette matinée", which name an event. */
    static Reading partOfToday(Match match, Extraction x) {
        Token part = match.tokens[match.end - 1];
        if (part.norm.equals("soiree") || part.norm.equals("matinee")) {
            return null;
        }
        return RelativeReadings.offset(Unit.DAY, 0, "deictic.today").read(match, x);
    }

    /**
     * "à ce moment-là", "at that moment": the time or day the text mentioned last; refused when it mentioned neither.
     */
    static Reading sameMoment(Match match, Extraction x) {
        Reading last = x.lastDated();
        if (last == null || last.precision().compareTo(Precision.DAY) > 0) {
            return null;
        }
        return new Reading(last.type(), last.value(), last.precision(), last.earliest(), last.latest(), null,
                last.earliest(), "anaphora.same_moment");
    }

    /**
     * "dans la nuit de samedi à dimanche", "la nuit du 12 au 13 mai", "the night of May 12": the night that starts on
     * the first day named, read by {@code day} and moved to its night.
     */
    static Interpretation nightOf(Interpretation day) {
        return (match, x) -> {
            Reading reading = day.read(match, x);
            if (reading == null || !reading.isDated() || reading.precision() != Precision.DAY) {
                return null;
            }
            return timed(reading.earliest(), TimeOfDay.NIGHT, Precision.PART_OF_DAY, null, reading.anchor(),
                    reading.rule());
        };
    }

    /**
     * "dans la matinée de mardi", "l'après-midi du 12 mai": the part of the day named on the day that follows it,
     * read by {@code day}.
     */
    static Interpretation partOfDayOf(Interpretation day) {
        return (match, x) -> {
            Reading reading = day.read(match, x);
            String part = match.get(Slot.PART_OF_DAY);
            if (reading == null || !reading.isDated() || reading.precision() != Precision.DAY || part == null) {
                return null;
            }
            return timed(reading.earliest(), part, precisionOf(part), null, reading.anchor(), reading.rule());
        };
    }

    /** The same time on another day: a clock time moved onto the day a neighbouring expression names. */
    static Reading onDay(Reading time, LocalDate day, LocalDate anchor) {
        String value = time.value();
        return timed(day, value.substring(value.indexOf('T') + 1), time.precision(), time.mod(), anchor, time.rule());
    }

    /**
     * {@code clock} on the day and in the part of the day of {@code part}: "7:30 tonight" is 19:30, "10:30 last
     * night" 22:30, "3:15 this afternoon" 15:15; an hour written with a.m. or p.m. keeps it.
     */
    static Reading inPartOfDay(Reading clock, Match clockMatch, Reading part, LocalDate anchor) {
        Reading timed = onDay(clock, part.earliest(), anchor);
        String code = part.value().substring(part.value().indexOf('T') + 1);
        for (int k = clockMatch.spanStart; k < clockMatch.end; k++) {
            if (MERIDIEM.contains(clockMatch.tokens[k].norm)) {
                return timed;
            }
        }
        String value = timed.value();
        int at = value.indexOf('T') + 1;
        int hour = Integer.parseInt(value.substring(at, at + 2));
        if (hour < 1 || hour > 12 || code.contains(":")) {
            return timed;
        }
        int hours = hourOfTheDay(hour, code);
        String time = (hours < 10 ? "0" : "") + hours + value.substring(at + 2);
        return timed(timed.earliest(), time, timed.precision(), timed.mod(), timed.anchor(), timed.rule());
    }

    static Reading timed(LocalDate day, String time, Precision precision, Mod mod, LocalDate anchor, String rule) {
        return new Reading(TimexType.TIME, day + "T" + time, precision, day, day, mod, anchor, rule);
    }

    private static Reading onCurrentDay(String time, Precision precision, Extraction x, String rule) {
        LocalDate day = x.currentDay();
        return timed(day, time, precision, null, day, rule);
    }

    private static Precision precisionOf(String part) {
        return part.contains(":") ? Precision.HOUR : Precision.PART_OF_DAY;
    }

    /** "en 24 h", "pendant 3 h", "les dernières 48 h", "24 h sur 24": hours counted, not a time of day. */
    private static final Set<String> MERIDIEM = Lexicon.words("a", "p", "am", "pm");

    private static boolean isLengthOfTime(Match match, Extraction x) {
        for (int k = match.spanStart; k < match.end; k++) {
            if (MERIDIEM.contains(match.tokens[k].norm)) {
                return false; // "about 9 p.m.": a length of time has no a.m. or p.m.
            }
        }
        Token before = match.before();
        Token after = match.after();
        if (before != null && x.lexicon().durationContext.contains(before.norm)) {
            return true;
        }
        if (after != null && (after.norm.equals("sur") || after.norm.equals("par") || after.isPunct('/'))) {
            return true;
        }
        Slot.Clock clock = match.get(Slot.CLOCK);
        return clock.hour() == 24;
    }
}
