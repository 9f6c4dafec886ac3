package io.factline.temporal;

import java.time.DayOfWeek;
import java.util.Locale;

/** Interpretations of what is not a date: durations ("trois jours"), recurrences ("chaque lundi"), vague times. */
final class QuantityReadings {

    private QuantityReadings() {
    }

    /** "trois jours", "48 prochaines heures", "for two weeks": P3D, PT48H, P2W. */
    static Reading duration(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        return Reading.duration(unit.duration(Integer.toString(match.number(Slot.NUMBER))), "duration");
    }

    /** "plusieurs mois", "des mois", "ces dernières semaines", "a few days": PXM, PXW, PXD. */
    static Reading vagueDuration(Match match, Extraction x) {
        Unit unit = match.get(Slot.UNIT);
        return Reading.duration(unit.duration("X"), "duration.vague");
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
        return Reading.set("XXXX-WXX-" + day.getValue(), "set.weekday");
    }

    static Interpretation set(String value, String rule) {
        return (match, x) -> Reading.set(value, rule);
    }

    /** "en ce moment" (PRESENT_REF), "les mois à venir" (FUTURE_REF), "autrefois" (PAST_REF): no interval. */
    static Interpretation vague(String value) {
        String rule = "vague." + value.substring(0, value.indexOf('_')).toLowerCase(Locale.ROOT);
        return (match, x) -> Reading.undated(value, rule);
    }
}
