package io.factline.temporal;

import java.time.LocalDate;
import java.util.Set;

/**
 * Interpretations of expressions relative to a date the text mentioned before: "la veille", "deux jours plus tard",
 * "le même mois", "the next day". They lean on the latest earlier date at least as fine as their unit, and on the
 * publication date when the text mentioned none; {@code anchor} records which.
 */
final class AnaphoraReadings {

    private AnaphoraReadings() {
    }

    /** A fixed shift from the antecedent: "la veille" is (DAY, -1), "le même mois" (MONTH, 0). */
    static Interpretation shift(Unit unit, int offset, String rule) {
        return (match, x) -> at(unit, offset, x, rule, false);
    }

    /**
     * "à la même époque", "à la même période": the time of year of the publication in the year the text last named
     * ("l'année dernière à la même époque": last year's month), or the very period it named when finer than a year.
     * Nothing without such a date: alone, it compares with an unknown time.
     */
    static Reading sameTimeOfYear(Match match, Extraction x) {
        Period antecedent = x.antecedent(Precision.YEAR);
        if (antecedent == null) {
            return null;
        }
        LocalDate anchor = antecedent.earliest();
        Period period = antecedent.precision() == Precision.YEAR
                ? Periods.month(anchor.getYear(), x.publishedOn().getMonthValue()) : antecedent;
        return Reading.dated(period, null, anchor, "anaphora.same_time_of_year");
    }

    /**
     * "the year-earlier quarter", "the same period a year ago": the quarter (or month) the text last named, a year
     * before; nothing when it named none that fine.
     */
    static Reading yearEarlier(Match match, Extraction x) {
        Period antecedent = x.antecedent(Precision.QUARTER);
        if (antecedent == null) {
            return null;
        }
        LocalDate start = antecedent.earliest().minusYears(1);
        Period period = antecedent.precision() == Precision.QUARTER
                ? Periods.quarter(start.getYear(), (start.getMonthValue() + 2) / 3)
                : Unit.MONTH.periodOf(start);
        return Reading.dated(period, null, antecedent.earliest(), "anaphora.year_earlier");
    }

    /**
     * "the quarter" in "net income rose in the quarter", after a quarter was named: that quarter. Without one named
     * before, nothing ("scored ten points in the quarter").
     */
    static Reading sameQuarter(Match match, Extraction x) {
        Period antecedent = x.antecedent(Precision.QUARTER);
        if (antecedent == null || antecedent.precision() != Precision.QUARTER) {
            return null;
        }
        return Reading.dated(antecedent, null, antecedent.earliest(), "anaphora.same_quarter");
    }

    /** "this time last year", "the same time a year ago": the publication's month, a year before. */
    static Reading sameTimeLastYear(Match match, Extraction x) {
        LocalDate published = x.publishedOn();
        return Reading.dated(Periods.month(published.getYear() - 1, published.getMonthValue()), null, published,
                "deictic.same_time_last_year");
    }

    /**
     * Like {@link #shift} but refused when an event follows ("la veille d'une réunion", "the day after the vote"):
     * that day is relative to the event, not to a date of the text.
     */
    static Interpretation shiftUnlessEvent(Unit unit, int offset, String rule) {
        return (match, x) -> isFollowedByEvent(match, x) ? null : at(unit, offset, x, rule, false);
    }

    /**
     * "deux jours plus tard" (sign +1), "un jour plus tôt" (sign -1), and "trois jours après" when no event follows.
     */
    static Interpretation counted(int sign, boolean eventMayFollow) {
        return (match, x) -> {
            if (eventMayFollow && isFollowedByEvent(match, x)) {
                return null;
            }
            Unit unit = match.get(Slot.UNIT);
            if (unit == Unit.HOUR || unit == Unit.MINUTE || unit == Unit.SECOND) {
                return null; // "une heure plus tard": TimeML marks the length of time, and a day would say nothing
            }
            String rule = sign < 0 ? "anaphora.offset_before" : "anaphora.offset_after";
            return at(unit, sign * match.number(Slot.NUMBER), x, rule, true);
        };
    }

    /**
     * Shifts the antecedent by {@code offset} units. A counted shift from a day stays a day ("une semaine plus
     * tard" is seven days later), while "la semaine suivante" names the whole following week.
     */
    private static Reading at(Unit unit, int offset, Extraction x, String rule, boolean counted) {
        Period antecedent = x.antecedent(unit.precision());
        LocalDate anchor = antecedent == null ? x.publishedOn() : antecedent.earliest();
        boolean fromDay = antecedent == null || antecedent.precision() == Precision.DAY;
        LocalDate shifted = unit.shift(anchor, offset);
        Period period = counted && fromDay && unit == Unit.WEEK ? Periods.day(shifted) : unit.periodOf(shifted);
        if (counted && unit == Unit.YEAR && Math.abs(offset) == 1 && antecedent != null
                && (antecedent.precision() == Precision.MONTH || antecedent.precision() == Precision.QUARTER)) {
            // "in December, up from a year earlier": the same month (or quarter) a year before, as precise as it;
            // "two years later" stays a year, the month being no longer meant
            Unit same = antecedent.precision() == Precision.MONTH ? Unit.MONTH : Unit.QUARTER;
            period = same.periodOf(shifted);
        }
        return Reading.dated(period, null, anchor, rule);
    }

    /** Words after "the day before" that continue the sentence rather than name the event it is counted from. */
    private static final Set<String> CLAUSE_CONTINUERS = Lexicon.words("and", "or", "but", "in", "at",
            "on", "to", "from", "with", "as", "when", "while", "had", "was", "were", "did");

    /**
     * "de", "du", "of", "the", a name or a clause right after ("36 ans après Diego Maradona", "two days after
     * Labour's win", "quatre ans après avoir quitté", "four years after leaving"): the reference point is an event,
     * not an earlier date.
     */
    private static boolean isFollowedByEvent(Match match, Extraction x) {
        Token after = match.after();
        if (after == null || after.lineBreakBefore) {
            return false;
        }
        Lexicon lexicon = x.lexicon();
        if (lexicon.language == Language.EN && after.isWord() && !CLAUSE_CONTINUERS.contains(after.norm)) {
            return true; // "the day before authorities issued…", "the day before last Tuesday's hearing"
        }
        return lexicon.eventIntroducers.contains(after.norm) || lexicon.clauseOpeners.contains(after.norm)
                || (after.isWord() && after.isCapitalized())
                || (lexicon.language == Language.EN && after.isWord() && after.norm.length() > 5
                        && after.norm.endsWith("ing"));
    }
}
