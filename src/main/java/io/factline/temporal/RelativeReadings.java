package io.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** Interpretations of expressions relative to the publication date: "hier", "la semaine dernière", weekdays. */
final class RelativeReadings {

    private RelativeReadings() {
    }

    /** A fixed offset from the publication date: "hier" is (DAY, -1), "l'an prochain" (YEAR, +1). */
    static Interpretation offset(Unit unit, int offset, String rule) {
        return (match, x) -> at(unit, offset, match, x, rule);
    }

    /** A unit with a written direction: "cette semaine", "le mois dernier", "next year". */
    static Interpretation directed(Unit unit) {
        return (match, x) -> {
            if (isDurationAfterArticle(match, x)) {
                return null;
            }
            Direction direction = CalendarReadings.writtenDirection(match);
            int offset = direction == Direction.STRICTLY_PAST ? -1 : direction == Direction.STRICTLY_FUTURE ? 1 : 0;
            String rule = "deictic." + CalendarReadings.directionName(match, "this") + "_" + unitName(unit);
            return at(unit, offset, match, x, rule);
        };
    }

    /**
     * "la nouvelle année", "the new year": the year that has just begun in the first half of a year, the coming one
     * in the second ("the new year" in late December is next year).
     */
    static Reading newYear(Match match, Extraction x) {
        LocalDate published = x.publishedOn();
        int year = published.getYear() + (published.getMonthValue() > 6 ? 1 : 0);
        return Reading.dated(Periods.year(year), null, published, "deictic.new_year");
    }

    /** "il y a trois semaines" / "three weeks ago" (sign -1), "dans deux mois" / "in two months" (sign +1). */
    static Interpretation counted(int sign, String rule) {
        return (match, x) -> {
            Unit unit = match.get(Slot.UNIT);
            return at(unit, sign * match.number(Slot.NUMBER), match, x, rule);
        };
    }

    /** "a week from today", "three days from today": that day, counted from publication. */
    static Reading fromToday(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        if (unit != Unit.DAY && unit != Unit.WEEK) {
            return counted(1, "deictic.in").read(match, x);
        }
        LocalDate day = unit.shift(x.publishedOn(), match.number(Slot.NUMBER));
        return Reading.dated(Periods.day(day), null, x.publishedOn(), "deictic.in");
    }

    /** "il y a un an jour pour jour": the very day, that many units before publication. */
    static Reading agoToTheDay(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        if (unit != Unit.DAY && unit != Unit.WEEK && unit != Unit.MONTH && unit != Unit.YEAR) {
            return null;
        }
        LocalDate day = unit.shift(x.publishedOn(), -match.number(Slot.NUMBER));
        return Reading.dated(Periods.day(day), null, x.publishedOn(), "deictic.ago");
    }

    /** "a year and a half ago", "two months and a half ago": the month that many months back. */
    static Reading agoAndAHalf(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        int count = match.number(Slot.NUMBER);
        LocalDate published = x.publishedOn();
        LocalDate back = switch (unit) {
            case YEAR -> published.minusMonths(12L * count + 6);
            case MONTH -> published.minusMonths(count).minusDays(15);
            default -> null;
        };
        return back == null ? null
                : Reading.dated(Unit.MONTH.periodOf(back), CalendarReadings.mod(match), published, "deictic.ago");
    }

    /** How many words back a superlative may stand from "in N years". */
    private static final int SUPERLATIVE_REACH = 5;

    /**
     * "dans deux mois" / "in two months" is a date; "dans deux mois de négociations" / "in two months of talks" a
     * span.
     */
    static Reading ahead(Match match, Extraction x) {
        Token after = match.after();
        if (after != null && x.lexicon().eventIntroducers.contains(after.norm) && !after.norm.equals("the")) {
            return null;
        }
        if (followsSuperlative(match, x)) {
            return null;
        }
        if (x.tense(match) == Tense.PAST) {
            return null; // "the Dow fell 500 points in one day": in a past clause, a length of time
        }
        return counted(1, "deictic.in").read(match, x);
    }

    /** "the strongest quake in 25 years", "for the first time in a decade": a span reaching back, not ahead. */
    private static boolean followsSuperlative(Match match, Extraction x) {
        for (int distance = 1; distance <= SUPERLATIVE_REACH; distance++) {
            Token before = match.before(distance);
            if (before == null || before.lineBreakBefore && distance > 1 || !before.isWord()) {
                return false;
            }
            if (x.lexicon().superlatives.contains(before.norm)) {
                return true;
            }
        }
        return false;
    }

    /** "aujourd'hui" (dated), except "d'aujourd'hui" after a noun: "la France d'aujourd'hui" is no day. */
    static Reading today(Match match, Extraction x) {
        Token before = match.before();
        Token beforeThat = match.before(2);
        boolean adjectival = before != null && before.norm.equals("d") && match.first().apostropheBefore
                && (beforeThat == null || !beforeThat.norm.equals("partir"));
        if (adjectival) {
            return Reading.undated("PRESENT_REF", "vague.present").typed(x.lexicon().vagueReferenceType);
        }
        return at(Unit.DAY, 0, match, x, "deictic.today");
    }

    /** "ce week-end", "over the weekend", "le week-end dernier", "next weekend". */
    static Reading weekend(Match match, Extraction x) {
        LocalDate published = x.publishedOn();
        boolean onWeekend = published.getDayOfWeek() == DayOfWeek.SATURDAY
                || published.getDayOfWeek() == DayOfWeek.SUNDAY;
        Direction written = CalendarReadings.writtenDirection(match);
        int weeks;
        String rule;
        if (written == Direction.STRICTLY_PAST) {
            weeks = -1;
            rule = "deictic.last_weekend";
        } else if (written == Direction.STRICTLY_FUTURE) {
            weeks = onWeekend ? 1 : 0;
            rule = "deictic.next_weekend";
        } else {
            Tense tense = x.tense(match);
            boolean past = tense == Tense.PAST || (tense == Tense.NONE && written == null);
            weeks = onWeekend || !past ? 0 : -1;
            rule = "deictic.this_weekend";
        }
        return Reading.dated(Periods.weekend(published.plusWeeks(weeks)), null, published, rule);
    }

    /**
     * "jeudi", "vendredi dernier", "on Tuesday", "next Monday": the written direction wins; otherwise the tense of
     * the clause decides (past or no verb: on or before the publication day; future: after it; a present tense
     * announcing an event: that day or after).
     */
    static Reading weekday(Match match, Extraction x) {
        if (!WeekdayGuard.isWeekday(match, x)) {
            return null;
        }
        DayOfWeek day = match.get(Slot.WEEKDAY);
        LocalDate published = x.publishedOn();
        Direction written = CalendarReadings.writtenDirection(match);
        Direction direction;
        String rule;
        if (written == Direction.STRICTLY_PAST || written == Direction.STRICTLY_FUTURE) {
            direction = written;
            rule = written == Direction.STRICTLY_PAST ? "weekday.last" : "weekday.next";
        } else if (written != null) {
            direction = day == published.getDayOfWeek() ? Direction.PAST_OR_CURRENT : thisWeekday(x.tense(match));
            rule = "weekday.this";
        } else if (isAfterDeadlineWord(match, x)) {
            Tense tense = x.tense(match);
            direction = tense == Tense.PAST || tense == Tense.ANNOUNCED ? Direction.NEAREST
                    : Direction.FUTURE_OR_CURRENT;
            rule = "weekday.deadline";
        } else if (isEarliestBound(match)) {
            direction = Direction.FUTURE_OR_CURRENT;
            rule = "weekday.future";
        } else if (isPossessive(match)) {
            direction = Direction.PAST_OR_CURRENT;
            rule = "weekday.past";
        } else {
            direction = directionForTense(x.tense(match));
            rule = direction == Direction.PAST_OR_CURRENT ? "weekday.past" : "weekday.future";
        }
        LocalDate date = Occurrences.ofWeekday(day, published, direction);
        return Reading.dated(Periods.day(date), null, published, rule);
    }

    /**
     * "by Tuesday", "until 9 a.m. Tuesday", "d'ici lundi", "jusqu'à mardi": a deadline, that day or the next such day;
     * in a past clause ("Until Thursday, police had…") the nearest such day.
     * A clock time between the bound and the day is skipped.
     */
    private static boolean isAfterDeadlineWord(Match match, Extraction x) {
        int k = match.start - 1;
        while (k >= 0 && match.start - k <= CLOCK_TOKENS && isPartOfClockTime(match.tokens[k], x)) {
            k--;
        }
        Token before = k >= 0 ? match.tokens[k] : null;
        if (before == null) {
            return false;
        }
        if (k < match.start - 1 && !match.tokens[k + 1].isNumber()) {
            return false; // only a clock time may stand between the bound and the day
        }
        if (before.norm.equals("a") && k > 0 && match.tokens[k - 1].norm.equals("jusqu")) {
            return true;
        }
        return x.lexicon().deadlineWords.contains(before.norm);
    }

    /** How many tokens a clock time written before a day may take: "9 a . m . EST". */
    private static final int CLOCK_TOKENS = 7;

    private static boolean isPartOfClockTime(Token token, Extraction x) {
        return token.isNumber() || token.isPunct('.') || token.isPunct(':') || token.norm.equals("h")
                || token.isWord() && token.text.length() == 1 || x.lexicon().meridiems.get(token.norm) != null
                || x.lexicon().timeZones.contains(token.norm);
    }

    /** "as soon as Tuesday", "as early as Monday", "no sooner than Friday": the day is still ahead. */
    private static boolean isEarliestBound(Match match) {
        Token before = match.before();
        Token word = match.before(2);
        return before != null && word != null && (before.norm.equals("as") && EARLIEST.contains(word.norm)
                || before.norm.equals("than") && word.norm.equals("sooner"));
    }

    private static final Set<String> EARLIEST = Lexicon.words("soon", "early");

    /** "Wednesday's ruling", "Saturday night's debate": a day named as an event's, reported after it. */
    private static boolean isPossessive(Match match) {
        Token after = match.after();
        return after != null && after.apostropheBefore && after.norm.equals("s");
    }

    /** "lundi 13", "le mardi 14": the date with that day of month and weekday nearest the publication date. */
    static Reading weekdayWithDayOfMonth(Match match, Extraction x) {
        DayOfWeek weekday = match.get(Slot.WEEKDAY);
        int day = match.number(Slot.DAY);
        LocalDate published = x.publishedOn();
        LocalDate best = null;
        for (int months = -3; months <= 3; months++) {
            LocalDate month = published.withDayOfMonth(1).plusMonths(months);
            LocalDate candidate = Periods.dateOrNull(month.getYear(), month.getMonthValue(), day);
            if (candidate != null && candidate.getDayOfWeek() == weekday
                    && (best == null || distance(candidate, published) < distance(best, published))) {
                best = candidate;
            }
        }
        return best == null ? null : Reading.dated(Periods.day(best), null, published, "date.relative.weekday_dom");
    }

    /** "ce mardi", "this Tuesday" on another day: the tense decides, else the nearer Tuesday. */
    private static Direction thisWeekday(Tense tense) {
        switch (tense) {
            case PAST:
                return Direction.PAST_OR_CURRENT;
            case FUTURE:
            case SCHEDULED:
                return Direction.FUTURE_OR_CURRENT;
            default:
                return Direction.NEAREST;
        }
    }

    /**
     * A future or scheduled clause names that day or a later one: "se réunira vendredi soir" in a Friday paper is the
     * same evening, as wire copy names the day rather than writing "today"; "vendredi prochain" is written apart.
     */
    static Direction directionForTense(Tense tense) {
        switch (tense) {
            case FUTURE:
            case SCHEDULED:
                return Direction.FUTURE_OR_CURRENT;
            default:
                return Direction.PAST_OR_CURRENT;
        }
    }

    private static Reading at(Unit unit, int offset, Match match, Extraction x, String rule) {
        LocalDate published = x.publishedOn();
        Period period = unit.periodOf(unit.shift(published, offset));
        return Reading.dated(period, CalendarReadings.mod(match), published, rule);
    }

    /** "the last week", "the next month": with an article these are spans of time, not calendar units. */
    private static boolean isDurationAfterArticle(Match match, Extraction x) {
        Token before = match.before();
        return x.language() == Language.EN && before != null && before.norm.equals("the")
                && match.has(Slot.DIRECTION_BEFORE) && match.start == match.spanStart;
    }

    static String unitName(Unit unit) {
        return unit.name().toLowerCase(Locale.ROOT);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }
}
