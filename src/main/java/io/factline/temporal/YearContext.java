package io.factline.temporal;

import java.util.Set;

/**
 * Decides whether a bare four-digit number is a year: "en 2008", "de 2023.", "1989," are; "2000 soldats",
 * "1 500", "plus de 2000 morts" are not.
 */
final class YearContext {

    private static final int EARLIEST_CONTEXT_FREE_YEAR = 1800;

    private YearContext() {
    }

    static boolean isYear(Match match, Extraction x) {
        Lexicon lexicon = x.lexicon();
        Token year = match.first();
        Token before = match.before();
        Token after = match.after();
        if (isPartOfLargerNumber(before, year, after) || isCountedNoun(after, lexicon)) {
            return false;
        }
        if (before != null && lexicon.countContext.contains(before.norm)) {
            return false;
        }
        if (isYearRange(match, before, after)) {
            return true;
        }
        if (isJoinedToNumber(match.first(), before, after)) {
            return false; // "2023-1800", "1465-4595": a code or a count, not a range of years
        }
        if (before != null && !before.lineBreakBefore && lexicon.strongYearContext.contains(before.norm)) {
            return true;
        }
        if (isYearBeforeNoun(before, year, after, lexicon, x)) {
            return true; // "a 1996 law", "the 1992 protests", "Kopp's 1987 Chevrolet"
        }
        boolean endsClause = after == null || after.lineBreakBefore || after.kind == Token.Kind.PUNCT;
        if (after != null && lexicon.yearSubjectVerbs.contains(after.lower) && year.intValue() >= 1800) {
            return true; // "2023 will be the hottest year": a count would take a plural verb
        }
        if (before != null && lexicon.weakYearContext.contains(before.norm)) {
            return endsClause || !looksLikePluralNoun(after, lexicon);
        }
        return endsClause && year.intValue() >= EARLIEST_CONTEXT_FREE_YEAR && !isMeasure(after);
    }

    /**
     * An English year used as an adjective: after an article or a possessive, before a word that is not a counted
     * noun, and no later than a few years after publication ("the 2000 soldiers" is a count, caught by the noun).
     */
    private static boolean isYearBeforeNoun(Token before, Token year, Token after, Lexicon lexicon, Extraction x) {
        if (lexicon.language != Language.EN || before == null || after == null || !after.isWord()) {
            return false;
        }
        boolean determiner = YEAR_DETERMINERS.contains(before.norm) || before.norm.equals("s") && before.apostropheBefore;
        int value = year.intValue();
        return determiner && value >= 1900 && value <= x.publishedOn().getYear() + 5
                && !lexicon.countedNouns.contains(after.norm) && !lexicon.units.containsKey(after.norm);
    }

    private static final Set<String> YEAR_DETERMINERS = Lexicon.words("a", "an", "the", "his", "her", "its",
            "their", "our", "this", "that");

    /** A number followed by a counted noun or written as part of a larger number: "2000 soldats", "1 500". */
    static boolean isQuantity(Match match, Extraction x) {
        Token year = match.tokens[match.end - 1];
        Token before = match.end >= 2 ? match.tokens[match.end - 2] : null;
        Token after = match.after();
        return isPartOfLargerNumber(before, year, after) || isCountedNoun(after, x.lexicon())
                || looksLikePluralNoun(after, x.lexicon());
    }

    /** "1 500", "2 000 000": a digit group written just before or after, on the same line. */
    private static boolean isPartOfLargerNumber(Token before, Token year, Token after) {
        boolean groupBefore = before != null && before.isNumber() && before.text.length() <= 3
                && !year.lineBreakBefore;
        boolean groupAfter = after != null && after.isNumber() && after.text.length() == 3 && !after.lineBreakBefore;
        return groupBefore || groupAfter;
    }

    /** "1914-1918": both ends of a hyphenated range are years, the second after the first ("1465-4595" is not). */
    private static boolean isYearRange(Match match, Token before, Token after) {
        Token year = match.first();
        boolean startsRange = after != null && after.hyphenBefore && isLaterYear(year, after);
        boolean endsRange = year.hyphenBefore && before != null && isLaterYear(before, year);
        return startsRange || endsRange;
    }

    /** Joined by a hyphen to a four-digit number on either side, without forming a range. */
    private static boolean isJoinedToNumber(Token year, Token before, Token after) {
        boolean numberAfter = after != null && after.hyphenBefore && after.isNumber() && after.text.length() == 4;
        boolean numberBefore = year.hyphenBefore && before != null && before.isNumber() && before.text.length() == 4;
        return numberAfter || numberBefore;
    }

    private static boolean isLaterYear(Token first, Token second) {
        return first.isNumber() && second.isNumber() && first.text.length() == 4 && second.text.length() == 4
                && second.intValue() > first.intValue() && second.intValue() - first.intValue() <= 500;
    }

    private static boolean isCountedNoun(Token after, Lexicon lexicon) {
        return after != null && lexicon.countedNouns.contains(after.norm);
    }

    private static boolean isMeasure(Token after) {
        return after != null && (after.isPunct('%') || after.isPunct('€') || after.isPunct('$'));
    }

    private static boolean looksLikePluralNoun(Token after, Lexicon lexicon) {
        if (after == null || !after.isWord() || after.isCapitalized()) {
            return false;
        }
        String norm = after.norm;
        return (norm.endsWith("s") || norm.endsWith("x")) && norm.length() > 2
                && !lexicon.nonNounsEndingInS.contains(norm);
    }
}
