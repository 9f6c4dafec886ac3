package io.factline.temporal;

/**
 * Tells a weekday from a name that looks like one: "Robinson et Vendredi" (French writes weekdays in lower case,
 * so a capitalised one inside a sentence is a name), "Black Friday", "Mardi gras", "Sunday Times".
 */
final class WeekdayGuard {

    private WeekdayGuard() {
    }

    static boolean isWeekday(Match match, Extraction x) {
        Lexicon lexicon = x.lexicon();
        int index = weekdayIndex(match, lexicon);
        Token weekday = match.tokens[index];
        if (lexicon.language == Language.FR && weekday.isCapitalized() && !x.startsSentence(index)
                && index == match.spanStart) {
            return false;
        }
        if (lexicon.language == Language.EN && !weekday.isCapitalized()) {
            return false;
        }
        Token before = index > 0 ? match.tokens[index - 1] : null;
        Token after = index + 1 < match.tokens.length ? match.tokens[index + 1] : null;
        return !(before != null && lexicon.weekdayNameCompanions.contains(before.norm))
                && !(after != null && lexicon.weekdayNameCompanions.contains(after.norm));
    }

    private static int weekdayIndex(Match match, Lexicon lexicon) {
        for (int i = match.spanStart; i < match.end; i++) {
            if (lexicon.weekdays.containsKey(match.tokens[i].norm)) {
                return i;
            }
        }
        return match.spanStart;
    }
}
