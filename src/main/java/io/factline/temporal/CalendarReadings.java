package io.factline.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Interpretations of calendar expressions: dates, months, years, quarters, halves, seasons, decades, centuries. An
 * expression that names its year is absolute (no anchor); one that does not takes the year its clause's tense and
 * the publication date imply, and records the publication date as its anchor.
 */
final class CalendarReadings {

    private CalendarReadings() {
    }

    /** "13 février 2023", "February 24, 2022", "Mardi 23 janvier 2024". */
    static Interpretation dateWithYear(String rule) {
        return (match, x) -> {
            LocalDate date = Periods.dateOrNull(match.number(Slot.YEAR), match.number(Slot.MONTH),
                    match.number(Slot.DAY));
            return date == null ? null : Reading.dated(Periods.day(date), null, null, rule);
        };
    }

    /**
     * "le 1er mars", "7 November", "le 20 janvier prochain": the year comes from tense or "dernier"/"prochain"; with a
     * weekday ("Monday, Oct. 26") from the nearest year in which the date falls on that weekday.
     */
    static Reading dateWithoutYear(Match match, Extraction x) {
        int month = match.number(Slot.MONTH);
        int day = match.number(Slot.DAY);
        DayOfWeek weekday = match.get(Slot.WEEKDAY);
        Period period = null;
        if (weekday != null) {
            Direction written = writtenDirection(match);
            period = Occurrences.ofYearlyUnit(year -> dayIf(year, month, day, weekday), x.publishedOn(),
                    written == null ? Direction.NEAREST : written);
        }
        if (period == null) {
            period = occurrence(year -> dayIf(year, month, day, null), match, x);
        }
        return period == null ? null : Reading.dated(period, null, x.publishedOn(), "date.relative.dm");
    }

    /** "octobre 98", "le 10 novembre 93": a two-digit year, unless a count follows ("le 10 mars 93 morts"). */
    static Reading dateWithShortYear(Match match, Extraction x) {
        if (followedByCount(match, x)) {
            return null;
        }
        LocalDate date = Periods.dateOrNull(fullYear(match.number(Slot.SHORT_YEAR), x.publishedOn()),
                match.number(Slot.MONTH), match.number(Slot.DAY));
        return date == null ? null : Reading.dated(Periods.day(date), null, null, "date.absolute.dmy");
    }

    static Reading monthWithShortYear(Match match, Extraction x) {
        if (followedByCount(match, x) || !isMonthInContext(match, x)) {
            return null;
        }
        int year = fullYear(match.number(Slot.SHORT_YEAR), x.publishedOn());
        return Reading.dated(Periods.month(year, match.number(Slot.MONTH)), mod(match), null, "month.year");
    }

    private static boolean followedByCount(Match match, Extraction x) {
        Token after = match.after();
        if (after == null) {
            return false;
        }
        Lexicon lexicon = x.lexicon();
        return after.isNumber() || after.isPunct('%') || after.norm.equals("h") || after.isPunct(':')
                || lexicon.countedNouns.contains(after.norm) || lexicon.units.containsKey(after.norm);
    }

    /**
     * "les 6 et 13 avril", "du 6 au 13 avril", "le 6 ou le 7 mai": a day whose month is written with the next day
     * only. Reads the first day with the month (and year, and direction) of the second.
     */
    static Reading coordinatedDay(Match match, Extraction x) {
        Token[] tokens = match.tokens;
        int k = match.end;
        if (k >= tokens.length || !x.lexicon().dayCoordinators.contains(tokens[k].norm)
                && !(tokens[k].isNumber() && tokens[k].hyphenBefore)) {
            return null;
        }
        if (!tokens[k].isNumber()) {
            k++;
        }
        if (k < tokens.length && tokens[k].norm.equals("le")) {
            k++;
        }
        if (k + 1 >= tokens.length || Slot.DAY.read(tokens, k, x.lexicon()) == null) {
            return null;
        }
        Slot.Filled month = Slot.MONTH.read(tokens, k + 1, x.lexicon());
        if (month == null) {
            return null;
        }
        int m = (Integer) month.value();
        int day = match.number(Slot.DAY);
        int next = k + 1 + month.length();
        Slot.Filled year = next < tokens.length ? Slot.YEAR.read(tokens, next, x.lexicon()) : null;
        if (year != null) {
            LocalDate date = Periods.dateOrNull((Integer) year.value(), m, day);
            return date == null ? null : Reading.dated(Periods.day(date), null, null, "date.absolute.dmy");
        }
        Direction written = next < tokens.length ? x.lexicon().directionsAfter.get(tokens[next].norm) : null;
        Direction direction = written != null ? written : Direction.forCalendarUnit(x.tense(match));
        Period period = Occurrences.ofYearlyUnit(y -> dayIf(y, m, day, null), x.publishedOn(), direction);
        return period == null ? null : Reading.dated(period, null, x.publishedOn(), "date.relative.dm");
    }

    /**
     * "April 24 and 25", "May 3 to 5": a second day written after a month and day takes that month and year. The
     * day just read must end right before "and"/"to" on the first day's number.
     */
    static Reading secondDayOfMonth(Match match, Extraction x) {
        Reading first = x.lastDated();
        int link = match.spanStart - 1;
        if (first == null || first.precision() != Precision.DAY || first.type() != TimexType.DATE || link < 1
                || followedByCount(match, x)) {
            return null;
        }
        Token firstDay = match.tokens[link - 1];
        int day = match.number(Slot.DAY);
        if (!firstDay.isNumber() || firstDay.intValue() != first.earliest().getDayOfMonth()
                || day == first.earliest().getDayOfMonth()) {
            return null;
        }
        LocalDate date = Periods.dateOrNull(first.earliest().getYear(), first.earliest().getMonthValue(), day);
        return date == null ? null : Reading.dated(Periods.day(date), null, first.anchor(), "date.relative.dm");
    }

    /** "la semaine du 6 mars", "the week of March 6": the ISO week of that day. */
    static Reading weekOfDate(Match match, Extraction x) {
        Reading day = match.has(Slot.YEAR) ? dateWithYear("date.absolute.dmy").read(match, x)
                : dateWithoutYear(match, x);
        if (day == null) {
            return null;
        }
        return Reading.dated(Periods.week(day.earliest()), null, day.anchor(), "week.of_date");
    }

    /**
     * "Noël", "la Toussaint", "last Thanksgiving", "Easter 2003": the holiday's day in the year its year, its written
     * direction or the clause's tense gives.
     */
    static Reading holiday(Match match, Extraction x) {
        Holiday holiday = match.get(Slot.HOLIDAY);
        if (!isWrittenAsName(match, x)) {
            return null;
        }
        Token before = match.before();
        if (before != null && x.lexicon().holidayPersonTitles.contains(before.norm)) {
            return null; // "le père Noël", "Father Christmas": a figure, not the day
        }
        if (match.has(Slot.YEAR)) {
            return Reading.dated(Periods.day(holiday.in(match.number(Slot.YEAR))), null, null, "holiday.year");
        }
        Period period = occurrence(year -> Periods.day(holiday.in(year)), match, x);
        return Reading.dated(period, null, x.publishedOn(), "holiday." + directionName(match, "bare"));
    }

    /** "Easter week", "la semaine de Pâques": the ISO week that holds the holiday. */
    static Reading holidayWeek(Match match, Extraction x) {
        Reading day = holiday(match, x);
        return day == null ? null
                : Reading.dated(Periods.week(day.earliest()), null, day.anchor(), "holiday.week");
    }

    /** English writes holidays with capitals; a French one-word name ("Noël", "Pâques") too. */
    private static boolean isWrittenAsName(Match match, Extraction x) {
        int first = match.spanStart;
        while (first < match.end && (x.lexicon().directionsBefore.get(match.tokens[first].norm) != null
                || x.lexicon().determiners.contains(match.tokens[first].norm))) {
            first++;
        }
        if (first >= match.end) {
            return false;
        }
        Token name = match.tokens[first];
        boolean oneWord = first + 1 == match.end || match.tokens[first + 1].isNumber();
        return name.isCapitalized() || x.language() == Language.FR && !oneWord;
    }

    /** "October this year", "April next year", "last January": a month in a year counted from publication. */
    static Reading monthInRelativeYear(Match match, Extraction x) {
        Direction direction = writtenDirection(match);
        int offset = direction == Direction.STRICTLY_PAST ? -1 : direction == Direction.STRICTLY_FUTURE ? 1 : 0;
        return Reading.dated(Periods.month(x.publishedOn().getYear() + offset, match.number(Slot.MONTH)), mod(match),
                x.publishedOn(), "month.relative_year");
    }

    /**
     * The occurrence of a yearly unit a date without year means. A written direction decides; otherwise the clause's
     * tense, except that after a deadline word ("by Jan. 14", "d'ici le 15") the nearest is meant, and that outside the
     * past tense an occurrence within a month beats one more than half a year away on the tense's side.
     */
    static Period occurrence(IntFunction<Period> inYear, Match match, Extraction x) {
        Direction written = writtenDirection(match);
        if (written != null && written != Direction.NEAREST) {
            return Occurrences.ofYearlyUnit(inYear, x.publishedOn(), written);
        }
        Token before = match.before();
        if (before != null && x.lexicon().deadlineWords.contains(before.norm)) {
            return Occurrences.ofYearlyUnit(inYear, x.publishedOn(), Direction.NEAREST);
        }
        if (before != null && x.lexicon().sinceWords.contains(before.norm)) {
            // "depuis septembre", "since March": the start of what still lasts is this one or the one before
            return Occurrences.ofYearlyUnit(inYear, x.publishedOn(), Direction.PAST_OR_CURRENT);
        }
        Tense tense = x.tense(match);
        Direction direction = Direction.forCalendarUnit(tense);
        Period chosen = Occurrences.ofYearlyUnit(inYear, x.publishedOn(), direction);
        if (chosen == null) {
            return null;
        }
        Period nearest = Occurrences.ofYearlyUnit(inYear, x.publishedOn(), Direction.NEAREST);
        if (tense == Tense.PAST) {
            // News writes the year of a day that is not in the coming weeks: "Feb. 10" in a January article, told in
            // the past tense of its reporting verb, is next month's, not last year's. A month keeps its tense.
            return chosen.precision() == Precision.DAY && chosen.distanceTo(x.publishedOn()) > YEAR_AGO_DAYS
                    && nearest.distanceTo(x.publishedOn()) <= COMING_WEEKS_DAYS ? nearest : chosen;
        }
        if (chosen.distanceTo(x.publishedOn()) <= FAR_OCCURRENCE_DAYS) {
            return chosen;
        }
        return nearest != null && nearest.distanceTo(x.publishedOn()) <= NEAR_OCCURRENCE_DAYS ? nearest : chosen;
    }

    private static final int FAR_OCCURRENCE_DAYS = 180;
    private static final int NEAR_OCCURRENCE_DAYS = 31;
    private static final int YEAR_AGO_DAYS = 300;
    private static final int COMING_WEEKS_DAYS = 62;

    /** "le 20 janvier de l'année prochaine", "January 20 next year": the year is counted from publication. */
    static Reading dateInRelativeYear(Match match, Extraction x) {
        Direction direction = writtenDirection(match);
        int offset = direction == Direction.STRICTLY_PAST ? -1 : direction == Direction.STRICTLY_FUTURE ? 1 : 0;
        LocalDate date = Periods.dateOrNull(x.publishedOn().getYear() + offset, match.number(Slot.MONTH),
                match.number(Slot.DAY));
        return date == null ? null : Reading.dated(Periods.day(date), null, x.publishedOn(), "date.relative.dm");
    }

    /** 24/02/2022 (day first in French, month first in English unless the day shows), 2022-02-24. */
    static Reading numericDate(Match match, Extraction x) {
        Slot.NumericDate numeric = match.get(Slot.NUMERIC_DATE);
        LocalDate date;
        if (numeric.yearFirst()) {
            date = Periods.dateOrNull(numeric.first(), numeric.second(), numeric.third());
            return date == null ? null : Reading.dated(Periods.day(date), null, null, "date.absolute.iso");
        }
        int year = fullYear(numeric.third(), x.publishedOn());
        // English dates are read month first (US style) unless the first number cannot be a month.
        boolean monthFirst = x.language() == Language.EN && numeric.first() <= 12;
        date = monthFirst
                ? Periods.dateOrNull(year, numeric.first(), numeric.second())
                : Periods.dateOrNull(year, numeric.second(), numeric.first());
        return date == null ? null : Reading.dated(Periods.day(date), null, null, "date.absolute.numeric");
    }

    /** "février 2022", "fin mars 2023", "February of 2022". */
    static Reading monthWithYear(Match match, Extraction x) {
        return Reading.dated(Periods.month(match.number(Slot.YEAR), match.number(Slot.MONTH)), mod(match), null,
                "month.year");
    }

    /** "en janvier", "fin août", "en mars dernier", "last March": a month without year, guarded against names. */
    static Reading monthWithoutYear(Match match, Extraction x) {
        if (!isMonthInContext(match, x)) {
            return null;
        }
        int month = match.number(Slot.MONTH);
        Period period = occurrence(year -> Periods.month(year, month), match, x);
        return Reading.dated(period, mod(match), x.publishedOn(), "month." + directionName(match, "bare"));
    }

    /** "2023", "en 1989", "l'an 2000": a bare number is a year only in a year-like context. */
    static Reading bareYear(Match match, Extraction x) {
        if (!YearContext.isYear(match, x)) {
            return null;
        }
        return year(match, x);
    }

    /** "l'année 2022", "in the year 2000": the words around already make it a year. */
    static Reading year(Match match, Extraction x) {
        return Reading.dated(Periods.year(match.number(Slot.YEAR)), mod(match), null, "year.bare");
    }

    /**
     * "fiscal 1990", "fiscal year 1989", "fiscal '91": TimeML's FY value. Fiscal years start in different months, so
     * the interval is the calendar year the fiscal year is named after, the closest a reader can check.
     */
    static Reading fiscalYear(Match match, Extraction x) {
        int year = match.has(Slot.YEAR) ? match.number(Slot.YEAR)
                : fullYear(match.number(Slot.SHORT_YEAR), x.publishedOn());
        Period calendar = Periods.year(year);
        Period fiscal = new Period("FY" + calendar.value(), Precision.YEAR, calendar.earliest(), calendar.latest());
        return Reading.dated(fiscal, mod(match), null, "year.fiscal");
    }

    /**
     * "fin 2023", "mi-2023", "début 2024": a modifier makes a year, unless a count follows ("fin des 2000 soldats").
     */
    static Reading yearWithModifier(Match match, Extraction x) {
        return YearContext.isQuantity(match, x) ? null : year(match, x);
    }

    /** "les années 1990", "the 1990s", "au début des années 2000". */
    static Reading decade(Match match, Extraction x) {
        Integer decade = match.has(Slot.DECADE) ? match.get(Slot.DECADE) : match.get(Slot.DECADE_NUMBER);
        return Reading.dated(Periods.decade(decade), mod(match), null, "decade");
    }

    /** "le XXe siècle", "the 20th century": the twentieth century is TIMEX3 value 19, the years 1900-1999. */
    static Reading century(Match match, Extraction x) {
        int ordinal = match.number(Slot.CENTURY);
        return Reading.dated(Periods.century(ordinal - 1), mod(match), null, "century");
    }

    /** "premier trimestre 2024", "Q1 2024", "the third quarter". */
    static Reading quarter(Match match, Extraction x) {
        int quarter = match.has(Slot.QUARTER_CODE) ? match.number(Slot.QUARTER_CODE) : match.number(Slot.ORDINAL);
        return yearlyUnit(match, x, year -> Periods.quarter(year, quarter), "quarter");
    }

    /**
     * "the first quarter of next year" ({@code quarters}), "the second half of last year": the year counted from
     * publication.
     */
    static Interpretation partOfRelativeYear(boolean quarters) {
        return (match, x) -> {
            Direction direction = writtenDirection(match);
            int year = x.publishedOn().getYear()
                    + (direction == Direction.STRICTLY_PAST ? -1 : direction == Direction.STRICTLY_FUTURE ? 1 : 0);
            int part = match.number(Slot.ORDINAL);
            if (part < 1 || part > (quarters ? 4 : 2)) {
                return null;
            }
            Period period = quarters ? Periods.quarter(year, part) : Periods.half(year, part);
            return Reading.dated(period, mod(match), x.publishedOn(),
                    (quarters ? "quarter" : "half") + ".relative_year");
        };
    }

    /** "premier semestre", "second half of 2023", "H1 2024". */
    static Reading half(Match match, Extraction x) {
        int half = match.has(Slot.HALF_CODE) ? match.number(Slot.HALF_CODE) : match.number(Slot.ORDINAL);
        if (half > 2) {
            return null;
        }
        return yearlyUnit(match, x, year -> Periods.half(year, half), "half");
    }

    /** "au printemps", "l'été 2022", "cet hiver", "last summer". */
    static Reading season(Match match, Extraction x) {
        Season season = match.get(Slot.SEASON);
        return yearlyUnit(match, x, year -> Periods.season(year, season), "season");
    }

    /**
     * "en été", "en hiver": in the present tense a season of every year ("la demande augmente en été": XXXX-SU, no
     * interval); otherwise the season the tense points at.
     */
    static Reading seasonInContext(Match match, Extraction x) {
        Tense tense = x.tense(match);
        if (tense == Tense.PRESENT || tense == Tense.NONE) {
            Season season = match.get(Slot.SEASON);
            return Reading.undated("XXXX-" + season.code, "season.habitual");
        }
        return season(match, x);
    }

    /** "été comme hiver", "hiver comme été": each season of every year (XXXX-SU, XXXX-WI). */
    static Reading contrastedSeason(Match match, Extraction x) {
        Token[] tokens = match.tokens;
        int start = match.spanStart;
        int end = match.end;
        Lexicon lexicon = x.lexicon();
        boolean first = end + 1 < tokens.length && lexicon.seasonContrasts.contains(tokens[end].norm)
                && Slot.SEASON.read(tokens, end + 1, lexicon) != null;
        boolean second = start >= 2 && lexicon.seasonContrasts.contains(tokens[start - 1].norm)
                && Slot.SEASON.read(tokens, start - 2, lexicon) != null;
        if (!first && !second) {
            return null;
        }
        Season season = match.get(Slot.SEASON);
        return Reading.undated("XXXX-" + season.code, "season.habitual");
    }

    /** "T1" and "S1" alone are too often other things (flat types, school terms) to be read without a year. */
    static Reading codeWithYearOnly(Match match, Extraction x) {
        if (!match.has(Slot.YEAR)) {
            return null;
        }
        return match.has(Slot.QUARTER_CODE) ? quarter(match, x) : half(match, x);
    }

    private static Reading yearlyUnit(Match match, Extraction x, IntFunction<Period> inYear, String ruleStem) {
        if (match.has(Slot.YEAR)) {
            return Reading.dated(inYear.apply(match.number(Slot.YEAR)), mod(match), null, ruleStem + ".year");
        }
        Period period = Occurrences.ofYearlyUnit(inYear, x.publishedOn(), direction(match, x));
        return Reading.dated(period, mod(match), x.publishedOn(), ruleStem + "." + directionName(match, "bare"));
    }

    /** The direction written with the expression ("dernier", "next"), else the one the clause's tense implies. */
    static Direction direction(Match match, Extraction x) {
        Direction written = writtenDirection(match);
        if (written != null && written != Direction.NEAREST) {
            return written;
        }
        return Direction.forCalendarUnit(x.tense(match));
    }

    /** "last", "next", "this" or {@code otherwise}, for rule names. */
    static String directionName(Match match, String otherwise) {
        Direction written = writtenDirection(match);
        if (written == null) {
            return otherwise;
        }
        switch (written) {
            case STRICTLY_PAST:
                return "last";
            case STRICTLY_FUTURE:
                return "next";
            default:
                return "this";
        }
    }

    static Direction writtenDirection(Match match) {
        Direction after = match.get(Slot.DIRECTION_AFTER);
        return after != null ? after : match.get(Slot.DIRECTION_BEFORE);
    }

    static Mod mod(Match match) {
        Lexicon.Modifier modifier = match.get(Slot.MODIFIER);
        return modifier == null ? null : modifier.mod();
    }

    private static Period dayIf(int year, int month, int day, DayOfWeek weekday) {
        LocalDate date = Periods.dateOrNull(year, month, day);
        if (date == null || (weekday != null && date.getDayOfWeek() != weekday)) {
            return null;
        }
        return Periods.day(date);
    }

    /** Two-digit years: the century that puts the year within a few years of publication or before it. */
    static int fullYear(int written, LocalDate publishedOn) {
        if (written >= 100) {
            return written;
        }
        int century = publishedOn.getYear() / 100 * 100;
        return century + written > publishedOn.getYear() + 10 ? century - 100 + written : century + written;
    }

    /**
     * A month name alone is a month only when written like one: lower case in French unless it opens a sentence,
     * capitalised in English, and for names that are also common words ("mars", "May") only after a calendar word
     * ("en", "depuis", "in", "since") or with a modifier or direction.
     */
    private static boolean isMonthInContext(Match match, Extraction x) {
        Lexicon lexicon = x.lexicon();
        int monthIndex = monthIndex(match, lexicon);
        Token month = match.tokens[monthIndex];
        boolean capitalised = month.isCapitalized();
        if (lexicon.language == Language.EN && !capitalised) {
            return false;
        }
        boolean qualified = match.has(Slot.MODIFIER) || writtenDirection(match) != null
                || match.spanStart < monthIndex;
        if (lexicon.language == Language.FR && capitalised && !qualified
                && !x.startsSentence(monthIndex)) {
            return false;
        }
        if (!lexicon.ambiguousMonths.contains(month.norm)) {
            return true;
        }
        if (lexicon.language == Language.FR && capitalised) {
            return false;
        }
        Token before = match.before();
        return qualified || (before != null && lexicon.monthContext.contains(before.norm))
                || isAttributiveMonth(match, x);
    }

    /** "the March accession", "the May elections": an English month between an article and a noun. */
    private static boolean isAttributiveMonth(Match match, Extraction x) {
        Token before = match.before();
        Token after = match.after();
        return x.language() == Language.EN && before != null && ARTICLES.contains(before.norm) && after != null
                && after.isWord() && !after.isCapitalized() && !x.lexicon().determiners.contains(after.norm)
                && !NOT_NOUNS.contains(after.norm) && x.tenseMarkerAt(match.end) == null;
    }

    private static final Set<String> ARTICLES = Lexicon.words("the", "a", "an", "this", "last", "next");
    /** Words after "the March" that show a march, not a month: "the March on Washington", "the March and rally". */
    private static final Set<String> NOT_NOUNS = Lexicon.words("on", "in", "at", "from", "to", "through", "into",
            "against", "across", "and", "or", "by", "with", "past", "toward", "towards", "around", "is", "was");

    private static int monthIndex(Match match, Lexicon lexicon) {
        for (int i = match.spanStart; i < match.end; i++) {
            String norm = match.tokens[i].norm;
            if (lexicon.months.get(norm) != null || lexicon.monthAbbreviations.containsKey(norm)) {
                return i;
            }
        }
        return match.spanStart;
    }
}
