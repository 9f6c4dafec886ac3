package io.factline.temporal;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Set;

/** Interpretations of what is not a date: durations ("trois jours"), recurrences ("chaque lundi"), vague times. */
final class QuantityReadings {

    private QuantityReadings() {
    }

    /** "trois jours", "48 prochaines heures", "for two weeks", "environ une heure": P3D, PT48H, P2W, PT1H. */
    static Reading duration(Match match, Extraction x) {
        if (isAge(match, x) || isName(match, x) || isCountBeforeSignal(match, x)) {
            return null;
        }
        Token after = match.after();
        if (after != null && after.hyphenBefore && after.norm.equals("long")) {
            return null; // "a day-long meeting": the unit and "long" are one word, read by its own row
        }
        Unit unit = match.get(Slot.UNIT);
        if (isRate(match, x)) {
            return Reading.set(unit.duration("1"), "set.rate");
        }
        return Reading.duration(unit.duration(Integer.toString(match.number(Slot.NUMBER))), "duration");
    }

    /**
     * "$15 an hour", "10,000 cars a year", "twice a month", "5% a year": "a"/"an" and a unit after a count, a plural
     * noun or a frequency is a rate, TimeML's SET; "a year ago", "a day later", "a week of talks" are not.
     */
    private static boolean isRate(Match match, Extraction x) {
        Token article = match.tokens[match.spanStart];
        if (x.language() != Language.EN || match.end - match.spanStart != 2
                || !article.norm.equals("a") && !article.norm.equals("an")) {
            return false;
        }
        Token after = match.after();
        Token before = match.before();
        if (before != null && RATE_FREQUENCIES.contains(before.norm)) {
            return after == null || !SHIFT_WORDS.contains(after.norm); // "once a month since the war"
        }
        if (after != null && (after.hyphenBefore || NOT_RATE_FOLLOWERS.contains(after.norm))) {
            return false;
        }
        if (before == null) {
            return false;
        }
        if (before.isNumber() || before.isPunct('%')) {
            return true;
        }
        return before.isWord() && !before.isCapitalized() && before.norm.length() > 3 && before.norm.endsWith("s")
                && !before.norm.endsWith("ss") && !x.lexicon().nonNounsEndingInS.contains(before.norm)
                && !x.lexicon().units.containsKey(before.norm);
    }

    private static final Set<String> RATE_FREQUENCIES = Lexicon.words("once", "twice", "thrice", "times", "percent");
    private static final Set<String> SHIFT_WORDS = Lexicon.words("ago", "later", "earlier");
    private static final Set<String> NOT_RATE_FOLLOWERS = Lexicon.words("of", "after", "before", "later", "earlier",
            "ago", "long", "old", "from", "or", "and", "to", "in", "on", "at", "since", "until", "by");

    /** "deux ans et demi", "une heure et demie", "two and a half years", "a year and a half": P30M, PT1H30M, P18M. */
    static Reading durationAndAHalf(Match match, Extraction x) {
        if (isAge(match, x) || isCountBeforeSignal(match, x)) {
            return null;
        }
        Unit unit = match.get(Slot.UNIT);
        return Reading.duration(unit.duration(match.number(Slot.NUMBER) + ".5"), "duration");
    }

    /** "30,4 secondes", "5 1/2 hours", "2.5 years": PT30.4S, PT5H30M, P30M. */
    static Reading decimalDuration(Match match, Extraction x) {
        if (isAge(match, x) || isCountBeforeSignal(match, x)) {
            return null;
        }
        Unit unit = match.get(Slot.UNIT);
        return Reading.duration(unit.duration(match.get(Slot.DECIMAL)), "duration");
    }

    /** "quinquennat", "un quart de siècle", "half an hour": a length of time named by a word. */
    static Reading namedDuration(Match match, Extraction x) {
        return Reading.duration(match.get(Slot.NAMED_DURATION), "duration.named");
    }

    /**
     * "daily", "annually", "quotidien", "le dîner annuel": a recurrence. Not a noun after an article ("le quotidien Le
     * Monde", "au quotidien") nor a name ("the Daily Telegraph").
     */
    static Reading recurrenceWord(Match match, Extraction x) {
        Token word = match.first();
        Token before = match.before();
        if (word.isCapitalized() && !x.startsSentence(match.spanStart)) {
            return null;
        }
        if (x.language() == Language.FR && before != null && (x.lexicon().determiners.contains(before.norm)
                || PRESS_WORDS.contains(before.norm) || word.norm.equals("quotidiens"))) {
            return null; // "le quotidien Le Monde", "la presse quotidienne", "les grands quotidiens"
        }
        if (isTitleOfPaper(match, x)) {
            return null; // "the Communist Party daily Granma", "the weekly Der Spiegel": a newspaper
        }
        String value = x.lexicon().recurrenceWords.get(word.norm);
        return value == null ? null : Reading.set(value, "set.adverb");
    }

    /** "daily" or "weekly" right before a name that is no weekday or month: the name of a newspaper follows. */
    private static boolean isTitleOfPaper(Match match, Extraction x) {
        Token after = match.after();
        if (after == null || !after.isCapitalized() || x.startsSentence(match.end)) {
            return false;
        }
        Lexicon lexicon = x.lexicon();
        return Slot.WEEKDAY.read(match.tokens, match.end, lexicon) == null
                && Slot.MONTH.read(match.tokens, match.end, lexicon) == null;
    }

    private static final Set<String> PRESS_WORDS = Lexicon.words("presse", "journal", "journaux");

    /** "par jour", "per year", "par semestre": once in every unit. */
    static Reading perUnit(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        return Reading.set(unit.duration("1"), "set.per");
    }

    /**
     * An age rather than a length of time: "6-year-old", "un chauffeur de 38 ans", "Alain Parmentier, 53 ans,",
     * "âgé de 54 ans", "les moins de 17 ans", "les 6-16 ans".
     */
    static boolean isAge(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        if (unit != Unit.YEAR && unit != Unit.MONTH && unit != Unit.DAY && unit != Unit.WEEK) {
            return false;
        }
        Token after = match.after();
        if (after != null && after.hyphenBefore && after.norm.equals("old")) {
            return true; // "a 6-year-old", "the six-month-old son"
        }
        if (x.language() != Language.FR || unit != Unit.YEAR) {
            return false;
        }
        int numberIndex = match.spanStart;
        if (match.has(Slot.DURATION_MODIFIER)) {
            numberIndex += x.lexicon().durationModifiers.longestAt(match.tokens, match.spanStart).length();
        }
        Token number = match.tokens[numberIndex];
        Token before = numberIndex > 0 ? match.tokens[numberIndex - 1] : null;
        if (number.hyphenBefore || before == null) {
            return number.hyphenBefore;
        }
        if (before.norm.equals("de") || before.norm.equals("d")) {
            return describesAPerson(match.tokens, numberIndex - 2, x);
        }
        boolean apposition = before.isPunct(',') || before.isPunct('(');
        boolean closes = after == null || after.isPunct(',') || after.isPunct(')') || after.isPunct('.');
        return apposition && closes;
    }

    /** How far back from "de 38 ans" a person may be named: "un chauffeur de bus de 38 ans". */
    private static final int PERSON_REACH = 3;

    /**
     * "un chauffeur de bus de", "âgé de", "une Lorraine de", "les moins de", "aux plus de": the words before "de N ans"
     * make it an age.
     */
    private static boolean describesAPerson(Token[] tokens, int last, Extraction x) {
        if (last < 0) {
            return false;
        }
        Token word = tokens[last];
        if (word.norm.equals("moins") || word.norm.equals("plus")) {
            return last > 0 && AGE_GROUP_ARTICLES.contains(tokens[last - 1].norm);
        }
        if (word.norm.startsWith("age") || word.isCapitalized() && word.isWord() && !x.startsSentence(last)) {
            return true;
        }
        for (int k = last; k >= 0 && k > last - PERSON_REACH; k--) {
            if (!tokens[k].isWord()) {
                return false;
            }
            if (x.lexicon().personNouns.contains(tokens[k].norm)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AGE_GROUP_ARTICLES = Lexicon.words("les", "aux", "des");

    /** "60 Minutes", "Two Days in Paris": a capitalised unit inside a sentence is a title. */
    private static boolean isName(Match match, Extraction x) {
        Token unit = match.tokens[match.end - 1];
        return x.language() == Language.EN && unit.isCapitalized() && unit.isWord()
                && !x.startsSentence(match.end - 1) && !x.startsSentence(match.spanStart);
    }

    /**
     * "some 20 years ago", "about three days later": a modified count of days or more before "ago" or "later" is read
     * with the signal, as a date, so the duration alone is refused.
     */
    private static boolean isCountBeforeSignal(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        Token after = match.after();
        if (after == null || !match.has(Slot.DURATION_MODIFIER)) {
            return false;
        }
        boolean timeOfDay = unit == Unit.HOUR || unit == Unit.MINUTE || unit == Unit.SECOND;
        return !timeOfDay && x.lexicon().anaphoraSignals.contains(after.norm) || after.norm.equals("ago");
    }

    /** "plusieurs mois", "des mois", "ces dernières semaines", "a few days": PXM, PXW, PXD. */
    static Reading vagueDuration(Match match, Extraction x) {
        Token after = match.after();
        if (after != null && x.lexicon().unitKinds.contains(after.norm)) {
            return null; // "en dehors des heures scolaires", "les jours fériés": a kind of hours or days, not a length
        }
        Unit unit = match.get(Slot.UNIT);
        return Reading.duration(unit.duration("X"), "duration.vague");
    }

    /** "the coming months", "coming years": an unsaid number of units ahead, PXM, PXY; "the coming week" is a date. */
    static Reading comingUnits(Match match, Extraction x) {
        Token unit = match.tokens[match.end - 1];
        return unit.norm.endsWith("s") ? vagueDuration(match, x) : null;
    }

    /** "chaque heure", "every week", "tous les jours": PT1H, P1W, P1D; "tous les trois mois": P3M. */
    static Reading everyUnit(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        int amount = match.has(Slot.NUMBER) ? match.number(Slot.NUMBER) : 1;
        return Reading.set(unit.duration(Integer.toString(amount)), "set.every");
    }

    /** "chaque lundi", "every Monday", "tous les lundis": XXXX-WXX-1. */
    static Reading everyWeekday(Match match, Extraction x) {
        DayOfWeek day = match.get(Slot.WEEKDAY);
        String part = match.get(Slot.PART_OF_DAY);
        // "chaque jeudi soir", "every Sunday morning": the part of the day goes into the value
        return Reading.set("XXXX-WXX-" + day.getValue() + (part == null || part.contains(":") ? "" : "T" + part),
                "set.weekday");
    }

    /**
     * "le mercredi", "le dimanche matin", "les jeudis": a weekday with the definite article and no date is habitual in
     * French ("le musée ouvre le mercredi"). Refused when a date, a direction or an anaphoric word follows ("le mercredi
     * 3 avril", "le mardi suivant"), which other rows read.
     */
    static Reading habitualWeekday(Match match, Extraction x) {
        Token after = match.after();
        Token weekday = match.tokens[match.has(Slot.ORDINAL) ? match.end - 1 : match.spanStart + 1];
        boolean plural = weekday.norm.endsWith("s");
        if (match.first().norm.equals("les") != plural) {
            return null;
        }
        if (after != null && (Slot.DAY.read(match.tokens, match.end, x.lexicon()) != null
                || x.lexicon().directionsAfter.containsKey(after.norm)
                || !plural && x.lexicon().anaphoricFollowers.contains(after.norm))) {
            return null;
        }
        DayOfWeek day = match.get(Slot.WEEKDAY);
        String part = match.get(Slot.PART_OF_DAY);
        return Reading.set("XXXX-WXX-" + day.getValue() + (part == null || part.contains(":") ? "" : "T" + part),
                "set.weekday");
    }

    /** "every summer", "chaque été", "tous les étés": XXXX-SU; the plural's "s" is dropped to find the season. */
    static Reading everySeason(Match match, Extraction x) {
        Season season = match.has(Slot.SEASON) ? match.get(Slot.SEASON) : null;
        if (season == null) {
            String word = match.tokens[match.end - 1].norm;
            season = x.lexicon().seasons.get(word);
            if (season == null && word.endsWith("s")) {
                season = x.lexicon().seasons.get(word.substring(0, word.length() - 1));
            }
        }
        return season == null ? null : Reading.set("XXXX-" + season.code, "set.season");
    }

    /** "every morning", "chaque soir", "tous les soirs": XXXX-XX-XXTMO, XXXX-XX-XXTEV. */
    static Reading everyPartOfDayWord(Match match, Extraction x) {
        boolean plural = match.first().norm.equals("tous") || match.first().norm.equals("toutes");
        int at = match.spanStart + (plural ? 2 : 1);
        PhraseTrie.Found<String> found = x.lexicon().partsOfDay.longestAt(match.tokens, at);
        String part = found != null && at + found.length() == match.end ? found.value() : null;
        String word = match.tokens[match.end - 1].norm;
        if (part == null && plural && word.endsWith("s")) {
            part = x.lexicon().partsOfDay.get(word.substring(0, word.length() - 1)); // "soirs", "nuits"
        }
        return part == null || part.contains(":") ? null : Reading.set("XXXX-XX-XXT" + part, "set.part_of_day");
    }

    static Interpretation set(String value, String rule) {
        return (match, x) -> Reading.set(value, rule);
    }

    /** "en ce moment" (PRESENT_REF), "les mois à venir" (FUTURE_REF), "autrefois" (PAST_REF): no interval. */
    static Interpretation vague(String value) {
        String rule = "vague." + value.substring(0, value.indexOf('_')).toLowerCase(Locale.ROOT);
        return (match, x) -> Reading.undated(value, rule).typed(x.lexicon().vagueReferenceType);
    }
}
