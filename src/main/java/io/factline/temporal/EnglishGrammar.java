package io.factline.temporal;

import static io.factline.temporal.AnaphoraReadings.shift;
import static io.factline.temporal.AnaphoraReadings.shiftUnlessEvent;
import static io.factline.temporal.QuantityReadings.vague;
import static io.factline.temporal.RelativeReadings.directed;
import static io.factline.temporal.RelativeReadings.offset;

import java.util.Locale;
import java.util.Set;

/** The English patterns, one row per form, each with the interpretation that resolves it. */
final class EnglishGrammar {

    private EnglishGrammar() {
    }

    static Grammar create() {
        Lexicon lexicon = EnglishLexicon.create();
        PatternTable table = new PatternTable(lexicon);
        addTimes(table);
        addCalendar(table);
        addRelative(table);
        addAnaphora(table);
        addQuantities(table);
        return new Grammar(lexicon, table.seal(), new EnglishTenseMarkers(lexicon));
    }

    private static void addTimes(PatternTable table) {
        table.add("<clock>", TimeReadings::clock)
                .add("<num> <pod>", EnglishGrammar::hourOfPartOfDay)
                .add("<num> o'clock", TimeReadings::oClock)
                .add("^at|by|until|around|about <num> tonight | ^at|by|until|around|about <num> last night"
                        + " | ^at|by|until|around|about <num> this|tomorrow morning|afternoon|evening|night",
                        EnglishGrammar::hourOfADay)
                .add("noon | midday", TimeReadings.namedHour(12))
                .add("midnight", TimeReadings.namedHour(0))
                .add("that <pod> | the same <pod> | later that <pod> | earlier that <pod>",
                        TimeReadings::partOfCurrentDay)
                .add("tonight", TimeReadings.partOfDayAt(0, TimeOfDay.NIGHT))
                .add("the night of <month> <day>", TimeReadings.nightOf(CalendarReadings::dateWithoutYear))
                .add("the night of <month> <day> ?, <year>",
                        TimeReadings.nightOf(CalendarReadings.dateWithYear("date.absolute.mdy")))
                .add("at that moment | at that time | at that point", TimeReadings::sameMoment)
                .add("last night", TimeReadings.partOfDayAt(-1, TimeOfDay.NIGHT));
    }

    /** "hours ago", "just days ago": an unsaid number of units back, PAST_REF; "week ago" alone is no expression. */
    private static Reading unitsAgo(Match match, Extraction x) {
        return match.tokens[match.spanStart].norm.endsWith("s") ? vague("PAST_REF").read(match, x) : null;
    }

    /** "4 in the morning", "10 at night": the part of the day must be introduced by "in" or "at". */
    private static Reading hourOfPartOfDay(Match match, Extraction x) {
        Token afterNumber = match.tokens[match.spanStart + 1];
        if (!afterNumber.norm.equals("in") && !afterNumber.norm.equals("at")) {
            return null;
        }
        return TimeReadings.hourOfPartOfDay(match, x);
    }

    private static void addCalendar(PatternTable table) {
        table.add("<month> <day> ?, <year> | <weekday> ?, <month> <day> ?, <year>",
                        CalendarReadings.dateWithYear("date.absolute.mdy"))
                .add("?the <day> ?of <month> ?, <year> | <weekday> ?, ?the <day> ?of <month> ?, <year>",
                        CalendarReadings.dateWithYear("date.absolute.dmy"))
                .add("<month> <day> ?<pod> | <weekday> ?, <month> <day> ?<pod> | ?the <day> ?of <month> ?<pod>"
                        + " | <weekday> ?, ?the <day> ?of <month> ?<pod> | <before> <month> <day>",
                        CalendarReadings::dateWithoutYear)
                .add("<month> <day> ?, <before> year | <weekday> ?, <month> <day> ?, <before> year"
                        + " | ?the <day> ?of <month> <before> year | <weekday> ?, ?the <day> ?of <month> <before> year",
                        CalendarReadings::dateInRelativeYear)
                .add("the week of <month> <day> | the week of <month> <day> ?, <year>", CalendarReadings::weekOfDate)
                .add("^and|or|to|through|until <day>", CalendarReadings::secondDayOfMonth)
                .add("?<before> <holiday> | <holiday> ?of <year>", CalendarReadings::holiday)
                .add("?<before> <holiday> week", CalendarReadings::holidayWeek)
                .add("?<mod> <month> <before> year", CalendarReadings::monthInRelativeYear)
                .add("<numdate>", CalendarReadings::numericDate)
                .add("?<mod> <month> ?, ?of <year>", CalendarReadings::monthWithYear)
                .add("?<mod> <month> | <before> <month>", CalendarReadings::monthWithoutYear)
                .add("<year>", CalendarReadings::bareYear)
                .add("?<mod> ?the year <year>", CalendarReadings::year)
                .add("?<mod> fiscal ?year <year> | ?<mod> fiscal ?year <yy>", CalendarReadings::fiscalYear)
                .add("<mod> <year>", CalendarReadings::yearWithModifier)
                .add("?the ?<mod> <decade> | <mod> the <decade>", EnglishGrammar::decadeUnlessAge)
                .add("?the ?<mod> <century> century | <mod> the <century> century", CalendarReadings::century)
                .add("<ord> quarter ?of ?<year> | <ord> quarter of the year", CalendarReadings::quarter)
                .add("<qcode> ?<year>", CalendarReadings::quarter)
                .add("<ord> half of <year> | <ord> half of the year", CalendarReadings::half)
                .add("<ord> quarter of <before> year", CalendarReadings.partOfRelativeYear(true))
                .add("<ord> half of <before> year", CalendarReadings.partOfRelativeYear(false))
                .add("<before> year s <ord> quarter", CalendarReadings.partOfRelativeYear(true))
                .add("<before> year s <ord> half", CalendarReadings.partOfRelativeYear(false))
                .add("<year> s <ord> quarter", CalendarReadings::quarter)
                .add("<year> s <ord> half", CalendarReadings::half)
                .add("<hcode> <year>", CalendarReadings::codeWithYearOnly)
                .add("?<mod> <before> <season> | ?<mod> the <season>", EnglishGrammar::seasonUnlessEvent)
                .add("?<mod> ?the <season> ?of <year>", CalendarReadings::season);
    }

    private static void addRelative(PatternTable table) {
        table.add("today", RelativeReadings::today)
                .add("yesterday ?<pod>", offset(Unit.DAY, -1, "deictic.yesterday"))
                .add("tomorrow ?<pod>", offset(Unit.DAY, 1, "deictic.tomorrow"))
                .add("the day before yesterday", offset(Unit.DAY, -2, "deictic.day_before_yesterday"))
                .add("the day after tomorrow", offset(Unit.DAY, 2, "deictic.day_after_tomorrow"))
                .add("this <pod>", offset(Unit.DAY, 0, "deictic.today"))
                .add("?<mod> <before> week | <mod> the week", directed(Unit.WEEK))
                .add("?<mod> <before> month | <mod> the month", directed(Unit.MONTH))
                .add("?<mod> <before> year | <mod> the year", directed(Unit.YEAR))
                .add("<before> quarter", directed(Unit.QUARTER))
                .add("<before> century", directed(Unit.CENTURY))
                .add("<before> decade | <mod> the decade", directed(Unit.DECADE))
                .add("year end | year-end | year s end", (match, x) -> Reading.dated(Unit.YEAR.periodOf(x.publishedOn()), Mod.END,
                        x.publishedOn(), "deictic.this_year"))
                .add("the new year", (match, x) -> match.tokens[match.spanStart + 1].isCapitalized() ? null
                        : RelativeReadings.newYear(match, x))
                .add("<before> weekend | the weekend", RelativeReadings::weekend)
                .add("?<durmod> <num> <unit> ago", RelativeReadings.counted(-1, "deictic.ago"))
                .add("?<durmod> <num> <unit> and a half ago", RelativeReadings::agoAndAHalf)
                .add("<num> <unit> from now", RelativeReadings.counted(1, "deictic.in"))
                .add("<num> <unit> from today", RelativeReadings::fromToday)
                .add("in <num> <unit>", RelativeReadings::ahead)
                .add("<quant> <unit> ago", vague("PAST_REF"))
                .add("<unit> ago", EnglishGrammar::unitsAgo)
                .add("?<mod> ?<before> <weekday> ?<pod>", RelativeReadings::weekday)
                .add("<weekday> the <day>", RelativeReadings::weekdayWithDayOfMonth);
    }

    private static void addAnaphora(PatternTable table) {
        table.add("the day before | the day earlier", shiftUnlessEvent(Unit.DAY, -1, "anaphora.day_before"))
                .add("the previous day | the preceding day", shift(Unit.DAY, -1, "anaphora.day_before"))
                .add("the day after", shiftUnlessEvent(Unit.DAY, 1, "anaphora.day_after"))
                .add("the next day | the following day", shift(Unit.DAY, 1, "anaphora.day_after"))
                .add("that day | the same day | that same day", shift(Unit.DAY, 0, "anaphora.same_day"))
                .add("that week | the same week | that same week", shift(Unit.WEEK, 0, "anaphora.same_week"))
                .add("the following week", shift(Unit.WEEK, 1, "anaphora.next_week"))
                .add("the previous week | the preceding week", shift(Unit.WEEK, -1, "anaphora.previous_week"))
                .add("the week before", shiftUnlessEvent(Unit.WEEK, -1, "anaphora.previous_week"))
                .add("that month | the same month | that same month", shift(Unit.MONTH, 0, "anaphora.same_month"))
                .add("the following month", shift(Unit.MONTH, 1, "anaphora.next_month"))
                .add("the previous month | the preceding month | the prior month",
                        shift(Unit.MONTH, -1, "anaphora.previous_month"))
                .add("the previous quarter | the preceding quarter | the prior quarter",
                        shift(Unit.QUARTER, -1, "anaphora.previous_quarter"))
                .add("the following quarter", shift(Unit.QUARTER, 1, "anaphora.next_quarter"))
                .add("the quarter", AnaphoraReadings::sameQuarter)
                .add("the year-earlier|year-ago quarter|period | the same quarter|period a year earlier|ago",
                        AnaphoraReadings::yearEarlier)
                .add("the next|following <pod>", shift(Unit.DAY, 1, "anaphora.day_after"))
                .add("the previous|preceding <pod>", shift(Unit.DAY, -1, "anaphora.day_before"))
                .add("earlier that day | later that day", shift(Unit.DAY, 0, "anaphora.same_day"))
                .add("that year | the same year | that same year | later that year | earlier that year",
                        shift(Unit.YEAR, 0, "anaphora.same_year"))
                .add("earlier|later in the year", shift(Unit.YEAR, 0, "anaphora.same_year"))
                .add("earlier|later in the month", shift(Unit.MONTH, 0, "anaphora.same_month"))
                .add("earlier|later in the week", shift(Unit.WEEK, 0, "anaphora.same_week"))
                .add("the following year", shift(Unit.YEAR, 1, "anaphora.next_year"))
                .add("the previous year | the preceding year | the prior year",
                        shift(Unit.YEAR, -1, "anaphora.previous_year"))
                .add("this time last year | the same time last year | this time a year ago",
                        AnaphoraReadings::sameTimeLastYear)
                .add("the year before", shiftUnlessEvent(Unit.YEAR, -1, "anaphora.previous_year"))
                .add("<num> <unit> earlier", AnaphoraReadings.counted(-1, false))
                .add("<num> <unit> later", AnaphoraReadings.counted(1, false))
                .add("<num> <unit> before", AnaphoraReadings.counted(-1, true))
                .add("<num> <unit> after", AnaphoraReadings.counted(1, true));
    }

    private static void addQuantities(PatternTable table) {
        table.add("?<durmod> <num> <unit> | the past|last|next <num> <unit> | ?<durmod> <num> more <unit>",
                        QuantityReadings::duration)
                .add("?<durmod> <num> and a half <unit> | ?<durmod> <num> <unit> and a half",
                        QuantityReadings::durationAndAHalf)
                .add("?<durmod> <dec> <unit>", QuantityReadings::decimalDuration)
                .add("?<durmod> <named>", QuantityReadings::namedDuration)
                .add("<unit> long", EnglishGrammar::unitLong)
                .add("daily | nightly | weekly | monthly | annually | yearly | hourly | biweekly | quarterly",
                        QuantityReadings::recurrenceWord)
                .add("per <unit>", QuantityReadings::perUnit)
                .add("<quant> <unit> | ^for|over|within <unit>", QuantityReadings::vagueDuration)
                .add("?the coming <unit>", QuantityReadings::comingUnits)
                .add("the past|last <unit>", EnglishGrammar::singleUnitDuration)
                .add("the next <unit>", EnglishGrammar::nextUnit)
                .add("around the clock | 24 / 7 | 24 hours a day",
                        QuantityReadings.set("P1D", "set.around_the_clock"))
                .add("every|each <weekday> ?<pod>", QuantityReadings::everyWeekday)
                .add("every|each <season>", QuantityReadings::everySeason)
                .add("every|each morning|afternoon|evening|night", QuantityReadings::everyPartOfDayWord)
                .add("every|each <unit> | every <num> <unit>", QuantityReadings::everyUnit)
                .add("now | right now | currently | at the moment | at present | nowadays | these days | current",
                        vague("PRESENT_REF"))
                .add("in the future | the future | future", EnglishGrammar::future)
                .add("in the past", EnglishGrammar::pastUnlessSpan);
    }

    /**
     * "at 9 tonight", "at 11 last night", "by 8 tomorrow morning", "at 3 this afternoon": an hour without a.m. or
     * p.m., placed in the morning or after noon by the words that name its day.
     */
    private static Reading hourOfADay(Match match, Extraction x) {
        int hour = match.number(Slot.NUMBER);
        if (hour < 1 || hour > 12) {
            return null;
        }
        String day = match.tokens[match.spanStart + 1].norm;
        String word = match.tokens[match.end - 1].norm;
        int offset = day.equals("last") ? -1 : day.equals("tomorrow") ? 1 : 0;
        String part = word.equals("tonight") ? TimeOfDay.NIGHT : x.lexicon().partsOfDay.get(word);
        if (part == null) {
            return null;
        }
        int hours = TimeReadings.hourOfTheDay(hour, part);
        String time = (hours < 10 ? "0" : "") + hours + ":00";
        return TimeReadings.timed(x.publishedOn().plusDays(offset), time, Precision.HOUR, null, x.publishedOn(),
                "time.clock");
    }

    /** "day-long", "decades-long": a length of time used as an adjective. */
    private static Reading unitLong(Match match, Extraction x) {
        if (!match.tokens[match.end - 1].hyphenBefore) {
            return null;
        }
        Unit unit = match.get(Slot.UNIT);
        boolean plural = match.first().norm.endsWith("s");
        return Reading.duration(unit.duration(plural ? "X" : "1"), "duration");
    }

    /** "future disasters", "Elian's future", "in the future"; not "futures" (the contracts). */
    private static Reading future(Match match, Extraction x) {
        Token after = match.after();
        if (after != null && after.hyphenBefore) {
            return null;
        }
        return Reading.undated("FUTURE_REF", "vague.future");
    }

    /** "in the past" alone is PAST_REF; "in the past four years" is a span that another row reads. */
    private static Reading pastUnlessSpan(Match match, Extraction x) {
        Token after = match.after();
        if (after != null && (after.isNumber() || x.lexicon().units.containsKey(after.norm)
                || x.lexicon().numbers.get(after.norm) != null || x.lexicon().vagueQuantities.get(after.norm) != null)) {
            return null;
        }
        return Reading.undated("PAST_REF", "vague.past");
    }

    /** "in his 30s", "their early 20s": an age, not a decade. */
    private static Reading decadeUnlessAge(Match match, Extraction x) {
        Token before = match.before();
        if (before != null && POSSESSIVES.contains(before.norm)) {
            return null;
        }
        Reading decade = CalendarReadings.decade(match, x);
        Token written = match.tokens[match.end - 1];
        boolean hundreds = written.text.length() == 5 && written.text.endsWith("00s");
        if (decade != null && hundreds && decade.earliest().getYear() < 2000) {
            // "the 1800s": the century of the 1800-1899 years, as "the 1990s" is their decade
            return Reading.dated(Periods.century(decade.earliest().getYear() / 100), decade.mod(), null, "century");
        }
        return decade;
    }

    private static final Set<String> POSSESSIVES = Lexicon.words("his", "her", "their", "its", "my",
            "your", "our");

    /** "the past week", "the last month": one unit back from now, as a span. */
    private static Reading singleUnitDuration(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        return Reading.duration(unit.duration("1"), "duration");
    }

    /**
     * "over the next year" is a length of time ahead; "The next year, violence erupted" the year after the one the
     * text is talking about, like "the following year".
     */
    private static Reading nextUnit(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        Token before = match.before();
        if (before != null && SPAN_PREPOSITIONS.contains(before.norm)) {
            return Reading.duration(unit.duration("1"), "duration");
        }
        if (unit != Unit.WEEK && unit != Unit.MONTH && unit != Unit.YEAR) {
            return null;
        }
        return AnaphoraReadings.shift(unit, 1, "anaphora.next_" + unit.name().toLowerCase(Locale.ROOT)).read(match, x);
    }

    private static final Set<String> SPAN_PREPOSITIONS = Lexicon.words("over", "in", "within", "during", "for",
            "throughout");

    /** "the fall of Kabul", "the spring of discontent": a season followed by "of" and no year is not a date. */
    private static Reading seasonUnlessEvent(Match match, Extraction x) {
        Token after = match.after();
        if (after != null && after.norm.equals("of")) {
            return null;
        }
        if (after != null && after.isWord() && after.isCapitalized() && !match.has(Slot.DIRECTION_BEFORE)) {
            return null; // "the Winter Olympics", "the summer Games": part of a name
        }
        return CalendarReadings.season(match, x);
    }
}
