package io.factline.temporal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** English words for months, weekdays, numbers, units, modifiers and the contexts that tell years from counts. */
final class EnglishLexicon {

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final List<String> UNITS_TO_NINETEEN = List.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    private EnglishLexicon() {
    }

    static Lexicon create() {
        Lexicon lexicon = new Lexicon(Language.EN);
        for (int i = 0; i < MONTHS.size(); i++) {
            lexicon.months.put(MONTHS.get(i), i + 1);
        }
        Lexicon.putFolded(lexicon.monthAbbreviations, "jan", 1, "feb", 2, "mar", 3, "apr", 4, "jun", 6, "jul", 7,
                "aug", 8, "sep", 9, "sept", 9, "oct", 10, "nov", 11, "dec", 12);
        Lexicon.addFolded(lexicon.ambiguousMonths, "may", "march", "june", "april", "august");
        for (int i = 0; i < WEEKDAYS.size(); i++) {
            DayOfWeek day = DayOfWeek.of(i + 1);
            lexicon.weekdays.put(WEEKDAYS.get(i), day);
            lexicon.weekdays.put(WEEKDAYS.get(i) + "s", day);
        }
        addNumbers(lexicon);
        lexicon.vagueQuantities.put("several|a few|few|some|many|a couple of|a number of|recent|numerous|countless"
                + "|the past few|the last few|the next few|the past several", Boolean.TRUE);
        Lexicon.putFolded(lexicon.units, "day", Unit.DAY, "days", Unit.DAY, "week", Unit.WEEK, "weeks", Unit.WEEK,
                "month", Unit.MONTH, "months", Unit.MONTH, "year", Unit.YEAR, "years", Unit.YEAR, "hour", Unit.HOUR,
                "hours", Unit.HOUR, "minute", Unit.MINUTE, "minutes", Unit.MINUTE, "seconds", Unit.SECOND, "quarter", Unit.QUARTER,
                "quarters", Unit.QUARTER, "decade", Unit.DECADE, "decades", Unit.DECADE, "century", Unit.CENTURY,
                "centuries", Unit.CENTURY);
        Lexicon.putFolded(lexicon.ordinals, "first", 1, "second", 2, "third", 3, "fourth", 4);
        lexicon.ordinalSuffixes.addAll(Set.of("st", "nd", "rd", "th"));
        Lexicon.putFolded(lexicon.centuryWords, "nineteenth", 19, "twentieth", 20, "eighteenth", 18);
        Lexicon.putFolded(lexicon.seasons, "spring", Season.SPRING, "summer", Season.SUMMER, "autumn", Season.FALL,
                "fall", Season.FALL, "winter", Season.WINTER);
        lexicon.modifiers.put("early|the early|the beginning of|beginning of|the start of|start of",
                new Lexicon.Modifier(Mod.START));
        lexicon.modifiers.put("late|the late|the end of|end of", new Lexicon.Modifier(Mod.END));
        lexicon.modifiers.put("mid|the mid|the middle of|middle of", new Lexicon.Modifier(Mod.MID));
        lexicon.modifiers.put("earlier|later", new Lexicon.Modifier(null));
        lexicon.partsOfDay.put("morning|in the morning|early morning|early in the morning", TimeOfDay.MORNING);
        lexicon.partsOfDay.put("afternoon|in the afternoon|late afternoon|early afternoon", TimeOfDay.AFTERNOON);
        lexicon.partsOfDay.put("evening|in the evening|early evening|late evening", TimeOfDay.EVENING);
        lexicon.partsOfDay.put("night|at night|late at night", TimeOfDay.NIGHT);
        lexicon.partsOfDay.put("noon|midday", "12:00");
        lexicon.meridiems.put("a.m.|a.m|am|a. m.", 0);
        lexicon.meridiems.put("p.m.|p.m|pm|p. m.", 12);
        lexicon.durationModifiers.put("about|around|nearly|almost|over|more than|less than|at least|at most"
                + "|roughly|approximately|some|up to|just over|just under|well over|fewer than|no more than",
                Boolean.TRUE);
        lexicon.namedDurations.put("half an hour|a half-hour|a half hour", "PT30M");
        lexicon.namedDurations.put("a quarter of an hour|a quarter-hour", "PT15M");
        lexicon.namedDurations.put("a quarter century|a quarter of a century|a quarter-century", "P25Y");
        lexicon.namedDurations.put("half a century|a half-century|a half century", "P50Y");
        lexicon.namedDurations.put("a year and a half", "P18M");
        lexicon.namedDurations.put("an hour and a half", "PT1H30M");
        Lexicon.putFolded(lexicon.recurrenceWords, "daily", "P1D", "nightly", "P1D", "weekly", "P1W", "monthly",
                "P1M", "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H", "biweekly", "P2W", "quarterly", "P3M");
        Lexicon.addFolded(lexicon.deadlineWords, "by", "until", "till");
        Lexicon.addFolded(lexicon.anaphoraSignals, "later", "earlier", "before", "after");
        addHolidays(lexicon);
        Lexicon.addFolded(lexicon.timeZones, "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "gmt", "utc",
                "bst", "cet", "cest", "local", "time");
        Lexicon.addFolded(lexicon.clockJoiners, "at", "around", "about", "by");
        Lexicon.addFolded(lexicon.durationContext, "for", "over", "within", "in", "the", "past", "last", "next",
                "about", "some", "nearly", "almost", "than", "every", "each");
        lexicon.directionsBefore.put("this|current|the current|present|the present", Direction.NEAREST);
        lexicon.directionsBefore.put("latest|the latest|most recent|the most recent", Direction.STRICTLY_PAST);
        lexicon.directionsBefore.put("last|this past|past", Direction.STRICTLY_PAST);
        lexicon.directionsBefore.put("next|this coming|coming", Direction.STRICTLY_FUTURE);
        lexicon.quarterLetters.add('q');
        lexicon.halfLetters.add('h');
        Lexicon.addFolded(lexicon.sinceWords, "since");
        Lexicon.addFolded(lexicon.rangeLinks, "to", "through", "until", "till", "-", "–");
        Lexicon.addFolded(lexicon.holidayPersonTitles, "father");
        Lexicon.addFolded(lexicon.strongYearContext, "in", "since", "until", "till", "year", "during", "circa",
                "ca", "fiscal");
        Lexicon.addFolded(lexicon.weakYearContext, "of", "the", "from", "to", "and", "or", "before", "after",
                "between", "through", "by", "s");
        Lexicon.addFolded(lexicon.countContext, "about", "nearly", "almost", "around", "over", "than", "some", "up",
                "more", "fewer", "less", "least", "no", "number", "page", "p", "flight", "route", "room",
                "approximately", "roughly", "estimated", "total", "$", "€", "£", "#");
        Lexicon.addFolded(lexicon.countedNouns, "soldiers", "troops", "people", "dead", "killed", "wounded",
                "civilians", "refugees", "dollars", "euros", "pounds", "billion", "million", "thousand", "km",
                "kilometres", "kilometers", "miles", "metres", "meters", "tonnes", "tons", "barrels", "tanks",
                "missiles", "shells", "drones", "jets", "aircraft", "planes", "vehicles", "votes", "jobs", "members",
                "countries", "protesters", "prisoners", "hostages", "migrants", "pages", "copies", "points",
                "homes", "houses", "beds", "employees", "workers", "students", "cases", "deaths", "patients",
                "years", "days", "hours", "minutes", "times", "mw", "kw", "gw", "units", "seats", "lawmakers",
                "officers", "police", "fighters", "rounds", "rockets", "bombs", "villages", "towns", "residents",
                "families", "children", "women", "men", "%", "mm", "cm", "kg");
        Lexicon.addFolded(lexicon.nonNounsEndingInS, "was", "has", "is", "as", "its", "this", "thus", "always",
                "his", "us", "perhaps", "whereas", "towards", "across", "less", "unless", "yes", "besides",
                "afterwards", "nevertheless", "plus", "minus", "versus", "does", "goes", "says");
        Lexicon.addFolded(lexicon.determiners, "the", "a", "an", "this", "that", "these", "those", "his", "her",
                "its", "their", "our", "my", "your", "to", "of", "for", "each", "every", "s");
        Lexicon.addFolded(lexicon.eventIntroducers, "the", "a", "an", "of", "his", "her", "their", "its", "this",
                "that");
        Lexicon.addFolded(lexicon.clauseOpeners, "it", "he", "she", "they", "we", "i", "you", "being", "having",
                "leaving", "taking", "winning", "losing", "becoming", "joining", "signing");
        Lexicon.addFolded(lexicon.superlatives, "first", "last", "most", "least", "best", "worst", "biggest",
                "largest", "strongest", "highest", "lowest", "deadliest", "longest", "shortest", "warmest",
                "hottest", "coldest", "wettest", "driest", "fastest", "slowest", "greatest", "heaviest", "worst",
                "sharpest", "steepest", "weakest", "smallest", "fewest", "only", "second", "third", "fourth",
                "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
        Lexicon.addFolded(lexicon.clauseConjunctions, "and", "but", "while", "whereas", "or", "yet", "so",
                "although", "though");
        lexicon.dayShifts.put(List.of("the", "day", "before"), -1);
        lexicon.dayShifts.put(List.of("the", "day", "after"), 1);
        lexicon.dayShifts.put(List.of("the", "eve"), -1);
        Lexicon.addFolded(lexicon.dayShiftLinks, "of");
        Lexicon.addFolded(lexicon.subordinators, "as", "when", "while", "whereas", "because", "since", "until",
                "unless", "if", "although", "though", "who", "which", "whose", "where", "that");
        lexicon.yearSubjectVerbs.addAll(List.of("will", "was", "is", "has", "had", "would", "could", "might",
                "may", "saw", "marked", "marks", "promises", "looks", "proved", "ended", "began", "brought",
                "remains", "should", "must"));
        Lexicon.addFolded(lexicon.weekdayNameCompanions, "black", "good", "super", "ash", "holy", "cyber",
                "maundy", "palm", "bloody", "easter", "giving", "times", "telegraph", "mirror", "express", "post",
                "herald", "sport", "independent", "observer", "girl", "man");
        Lexicon.addFolded(lexicon.monthContext, "in", "since", "until", "till", "by", "from", "during", "of",
                "before", "after", "through", "to", "and", "or", "between", "on", "early", "late", "mid", "end");
        return lexicon;
    }

    private static void addHolidays(Lexicon lexicon) {
        lexicon.holidays.put("Christmas|Christmas Day", Holiday.CHRISTMAS);
        lexicon.holidays.put("Christmas Eve", Holiday.CHRISTMAS_EVE);
        lexicon.holidays.put("Boxing Day", Holiday.BOXING_DAY);
        lexicon.holidays.put("New Year's Day|New Year's", Holiday.NEW_YEARS_DAY);
        lexicon.holidays.put("New Year's Eve", Holiday.NEW_YEARS_EVE);
        lexicon.holidays.put("Thanksgiving|Thanksgiving Day", Holiday.THANKSGIVING_US);
        lexicon.holidays.put("Easter|Easter Sunday", Holiday.EASTER);
        lexicon.holidays.put("Easter Monday", Holiday.EASTER_MONDAY);
        lexicon.holidays.put("Good Friday", Holiday.GOOD_FRIDAY);
        lexicon.holidays.put("Independence Day|the Fourth of July|July Fourth", Holiday.INDEPENDENCE_DAY_US);
        lexicon.holidays.put("Labor Day", Holiday.LABOR_DAY_US);
        lexicon.holidays.put("Memorial Day", Holiday.MEMORIAL_DAY_US);
        lexicon.holidays.put("Veterans Day|Armistice Day|Remembrance Day", Holiday.ARMISTICE);
        lexicon.holidays.put("Halloween", Holiday.HALLOWEEN);
        lexicon.holidays.put("Valentine's Day", Holiday.VALENTINES_DAY);
        lexicon.holidays.put("Election Day", Holiday.ELECTION_DAY_US);
        lexicon.holidays.put("Martin Luther King Day|Martin Luther King Jr. Day", Holiday.MARTIN_LUTHER_KING_DAY);
        lexicon.holidays.put("Presidents Day|Presidents' Day", Holiday.PRESIDENTS_DAY);
        lexicon.holidays.put("Columbus Day", Holiday.COLUMBUS_DAY);
        lexicon.holidays.put("May Day", Holiday.MAY_DAY);
        lexicon.holidays.put("Bastille Day", Holiday.BASTILLE_DAY);
        lexicon.holidays.put("Ascension Day", Holiday.ASCENSION);
        lexicon.holidays.put("Pentecost", Holiday.PENTECOST);
    }

    private static void addNumbers(Lexicon lexicon) {
        lexicon.numbers.put("a|an", 1);
        for (int i = 0; i < UNITS_TO_NINETEEN.size(); i++) {
            lexicon.numbers.put(UNITS_TO_NINETEEN.get(i), i + 1);
        }
        for (int t = 0; t < TENS.size(); t++) {
            int tens = 20 + 10 * t;
            lexicon.numbers.put(TENS.get(t), tens);
            for (int unit = 1; unit <= 9; unit++) {
                lexicon.numbers.put(TENS.get(t) + "-" + UNITS_TO_NINETEEN.get(unit - 1), tens + unit);
            }
        }
        lexicon.numbers.put("a hundred|one hundred", 100);
        lexicon.numbers.put("a couple of|a couple", 2);
    }
}
