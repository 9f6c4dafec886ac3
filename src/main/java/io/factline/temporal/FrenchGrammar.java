package io.factline.temporal;

import static io.factline.temporal.AnaphoraReadings.shift;
import static io.factline.temporal.AnaphoraReadings.shiftUnlessEvent;
import static io.factline.temporal.QuantityReadings.vague;
import static io.factline.temporal.RelativeReadings.directed;
import static io.factline.temporal.RelativeReadings.offset;

/** The French patterns, one row per form, each with the interpretation that resolves it. */
final class FrenchGrammar {

    private FrenchGrammar() {
    }

    static Grammar create() {
        Lexicon lexicon = FrenchLexicon.create();
        PatternTable table = new PatternTable(lexicon);
        addTimes(table);
        addCalendar(table);
        addRelative(table);
        addAnaphora(table);
        addQuantities(table);
        return new Grammar(lexicon, table.seal(), new FrenchTenseMarkers(lexicon));
    }

    private static void addTimes(PatternTable table) {
        table.add("?vers <clock> ?précises|pile|locales", TimeReadings::clock)
                .add("^à|vers <num> heures ?<num> ?précises|pile", TimeReadings::hoursWord)
                .add("^de|entre|dès|et|est <num> heures ?<num>", TimeReadings::hoursInContext)
                .add("^à|vers <num> heures et demie|quart", TimeReadings::hoursAndAFraction)
                .add("^à|vers <num> heures|h du <pod> | ^à|vers <num> heures|h de l <pod>",
                        TimeReadings::hourOfPartOfDay)
                .add("?vers midi ?précis|pile", TimeReadings.namedHour(12))
                .add("?vers minuit ?précis|pile", TimeReadings.namedHour(0))
                .add("?vers midi et demi|demie|quart", TimeReadings.namedHourAndAFraction(12))
                .add("?vers minuit et demi|demie|quart", TimeReadings.namedHourAndAFraction(0))
                .add("la|le|l <pod> ?même | <pod>", TimeReadings::partOfCurrentDay)
                .add("cette nuit", TimeReadings.partOfDayAt(0, TimeOfDay.NIGHT))
                .add("?dans la nuit de|du <weekday> ?à|au ?<weekday>", TimeReadings.nightOf(RelativeReadings::weekday))
                .add("?la|le|l <pod> de|du <weekday>", TimeReadings.partOfDayOf(RelativeReadings::weekday))
                .add("?la|le|l <pod> du <day> <month> | ?la|le|l <pod> du <weekday> <day> <month>",
                        TimeReadings.partOfDayOf(CalendarReadings::dateWithoutYear))
                .add("?dans la nuit du <day> au <day> <month> | ?dans la nuit du <day> <month>"
                        + " | ?dans la nuit du <weekday> <day> au <weekday> <day> <month>",
                        TimeReadings.nightOf(CalendarReadings::dateWithoutYear))
                .add("?dans la nuit du <day> au <day> <month> <year> | ?dans la nuit du <day> <month> <year>",
                        TimeReadings.nightOf(CalendarReadings.dateWithYear("date.absolute.dmy")))
                .add("ce moment-là | ce moment là | ce moment même", TimeReadings::sameMoment)
                .add("la nuit dernière|passée", TimeReadings.partOfDayAt(-1, TimeOfDay.NIGHT));
    }

    private static void addCalendar(PatternTable table) {
        table.add("?le <day> <month> <year> | ?le <weekday> <day> <month> <year>",
                        CalendarReadings.dateWithYear("date.absolute.dmy"))
                .add("?le <day> <month> ?<after> ?<pod> | ?le <weekday> <day> <month> ?<after> ?<pod>",
                        CalendarReadings::dateWithoutYear)
                .add("?le <day> <month> de l'année <after> | ?le <weekday> <day> <month> de l'année <after>",
                        CalendarReadings::dateInRelativeYear)
                .add("?le <day> <month> <yy> | <weekday> <day> <month> <yy>", CalendarReadings::dateWithShortYear)
                .add("?les|le|du <day>", CalendarReadings::coordinatedDay)
                .add("la semaine du <day> <month> ?<year>", CalendarReadings::weekOfDate)
                .add("?<before> <holiday> ?<after> | <holiday> <year>", CalendarReadings::holiday)
                .add("la semaine de|du <holiday> ?<after>", CalendarReadings::holidayWeek)
                .add("<numdate>", CalendarReadings::numericDate)
                .add("?<mod> <month> <year>", CalendarReadings::monthWithYear)
                .add("?<mod> <month> <yy>", CalendarReadings::monthWithShortYear)
                .add("?<mod> ?le mois de|d <month> <year>", CalendarReadings::monthWithYear)
                .add("?<mod> <month> ?<after>", CalendarReadings::monthWithoutYear)
                .add("?<mod> ?le mois de|d <month> ?<after>", CalendarReadings::monthWithoutYear)
                .add("<year>", CalendarReadings::bareYear)
                .add("?<mod> l'année|l'an <year>", CalendarReadings::year)
                .add("<mod> <year>", CalendarReadings::yearWithModifier)
                .add("?<mod> ?les années <decadenum> | ^des|aux années <decadenum>", CalendarReadings::decade)
                .add("?<mod> ?le <century> siècle", CalendarReadings::century)
                .add("?<mod> <ord> trimestre ?<year> | ?<mod> <ord> trimestre de|d l'année ?<year>",
                        CalendarReadings::quarter)
                .add("<qcode> ?<year>", CalendarReadings::codeWithYearOnly)
                .add("<ord> semestre ?<year> | <ord> semestre de|d l'année ?<year>", CalendarReadings::half)
                .add("<ord> moitié de|d l'année ?<year> | <ord> moitié de <year>", CalendarReadings::half)
                .add("<hcode> ?<year>", CalendarReadings::codeWithYearOnly)
                .add("?<mod> au|le|l|cet|ce <season> ?<after>", CalendarReadings::season)
                .add("en <season> | les mois de|d <season>", CalendarReadings::seasonInContext)
                .add("<season>", CalendarReadings::contrastedSeason)
                .add("?<mod> ?au|le|l|cet|ce <season> ?de <year>", CalendarReadings::season);
    }

    private static void addRelative(PatternTable table) {
        table.add("aujourd'hui ?<weekday>", RelativeReadings::today)
                .add("hier ?<pod>", offset(Unit.DAY, -1, "deictic.yesterday"))
                .add("avant-hier ?<pod>", offset(Unit.DAY, -2, "deictic.day_before_yesterday"))
                .add("demain ?<pod>", offset(Unit.DAY, 1, "deictic.tomorrow"))
                .add("après-demain ?<pod>", offset(Unit.DAY, 2, "deictic.day_after_tomorrow"))
                .add("ce|cet|cette <pod>", TimeReadings::partOfToday)
                .add("?<mod> <before> semaine ?ci", directed(Unit.WEEK))
                .add("?<mod> la semaine <after>", directed(Unit.WEEK))
                .add("<mod> la semaine | <mod> semaine", directed(Unit.WEEK))
                .add("?<mod> <before> mois ?ci", directed(Unit.MONTH))
                .add("?<mod> le mois <after>", directed(Unit.MONTH))
                .add("<mod> mois ?<after>", directed(Unit.MONTH))
                .add("?<mod> <before> année ?ci", directed(Unit.YEAR))
                .add("?<mod> l'année|l'an <after>", directed(Unit.YEAR))
                .add("<mod> l'année | <mod> année ?<after>", directed(Unit.YEAR))
                .add("?<mod> le siècle <after> | ?<mod> ce siècle | au siècle <after> | <mod> siècle <after>",
                        directed(Unit.CENTURY))
                .add("?<mod> <before> trimestre", directed(Unit.QUARTER))
                .add("?<mod> le trimestre <after>", directed(Unit.QUARTER))
                .add("le trimestre précédent", shift(Unit.QUARTER, -1, "anaphora.previous_quarter"))
                .add("le trimestre suivant", shift(Unit.QUARTER, 1, "anaphora.next_quarter"))
                .add("la nouvelle année", RelativeReadings::newYear)
                .add("<before> week-end|weekend", RelativeReadings::weekend)
                .add("le week-end|weekend <after>", RelativeReadings::weekend)
                .add("il y a ?<durmod> <num> <unit>", RelativeReadings.counted(-1, "deictic.ago"))
                .add("il y a <num> <unit> jour pour jour | il y a <num> <unit> , jour pour jour",
                        RelativeReadings::agoToTheDay)
                .add("dans <num> <unit>", RelativeReadings::ahead)
                .add("?<before> <weekday> ?<after> ?<pod>", RelativeReadings::weekday)
                .add("<weekday> <day>", RelativeReadings::weekdayWithDayOfMonth);
    }

    private static void addAnaphora(PatternTable table) {
        table.add("la veille ?<pod>", shiftUnlessEvent(Unit.DAY, -1, "anaphora.day_before"))
                .add("l'avant-veille", shiftUnlessEvent(Unit.DAY, -2, "anaphora.two_days_before"))
                .add("le lendemain ?<pod>", shiftUnlessEvent(Unit.DAY, 1, "anaphora.day_after"))
                .add("le surlendemain", shiftUnlessEvent(Unit.DAY, 2, "anaphora.two_days_after"))
                .add("le jour suivant", shift(Unit.DAY, 1, "anaphora.day_after"))
                .add("le jour précédent", shift(Unit.DAY, -1, "anaphora.day_before"))
                .add("le même jour | le jour même | ce jour-là | ce même jour", shift(Unit.DAY, 0, "anaphora.same_day"))
                .add("la même semaine | cette semaine-là | cette même semaine", shift(Unit.WEEK, 0,
                        "anaphora.same_week"))
                .add("la semaine suivante | la semaine d'après", shift(Unit.WEEK, 1, "anaphora.next_week"))
                .add("la semaine précédente | la semaine d'avant", shift(Unit.WEEK, -1, "anaphora.previous_week"))
                .add("le même mois | ce mois-là | ce même mois", shift(Unit.MONTH, 0, "anaphora.same_month"))
                .add("le mois suivant | le mois d'après", shift(Unit.MONTH, 1, "anaphora.next_month"))
                .add("le mois précédent | le mois d'avant", shift(Unit.MONTH, -1, "anaphora.previous_month"))
                .add("la même année | cette année-là | cette même année", shift(Unit.YEAR, 0, "anaphora.same_year"))
                .add("l'année suivante | l'année d'après", shift(Unit.YEAR, 1, "anaphora.next_year"))
                .add("l'année précédente | l'année d'avant", shift(Unit.YEAR, -1, "anaphora.previous_year"))
                .add("la même époque | la même période | pareille époque", AnaphoraReadings::sameTimeOfYear)
                .add("<num> <unit> plus tôt | <num> <unit> auparavant", AnaphoraReadings.counted(-1, false))
                .add("<num> <unit> plus tard", AnaphoraReadings.counted(1, false))
                .add("<num> <unit> avant", AnaphoraReadings.counted(-1, true))
                .add("<num> <unit> après", AnaphoraReadings.counted(1, true));
    }

    private static void addQuantities(PatternTable table) {
        table.add("?<durmod> <num> <unit>", QuantityReadings::duration)
                .add("?<durmod> <num> <unit> et demi|demie", QuantityReadings::durationAndAHalf)
                .add("?<durmod> <dec> <unit>", QuantityReadings::decimalDuration)
                .add("?<durmod> <named>", QuantityReadings::namedDuration)
                .add(String.join(" | ", FrenchLexicon.RECURRENCE_WORDS), QuantityReadings::recurrenceWord)
                .add("par <unit>", QuantityReadings::perUnit)
                .add("le <weekday> ?<pod> | les <weekday> | les <ord> et <ord> <weekday>",
                        QuantityReadings::habitualWeekday)
                .add("<quant> <unit>", QuantityReadings::vagueDuration)
                .add("ces derniers|dernières <unit>", QuantityReadings::vagueDuration)
                .add("?ces <num> derniers|dernières|prochains|prochaines <unit>", QuantityReadings::duration)
                .add("24 heures sur 24 | 7 jours sur 7", QuantityReadings.set("P1D", "set.around_the_clock"))
                .add("chaque <weekday> ?<pod> | tous les <weekday> ?<pod>", QuantityReadings::everyWeekday)
                .add("chaque <season> | tous les printemps|étés|automnes|hivers", QuantityReadings::everySeason)
                .add("chaque matin|après-midi|soir|nuit | tous les matins|après-midi|soirs | toutes les nuits",
                        QuantityReadings::everyPartOfDayWord)
                .add("chaque <unit>", QuantityReadings::everyUnit)
                .add("tous|toutes les ?<num> <unit>", QuantityReadings::everyUnit)
                .add("en ce moment | à ce jour | à l'heure actuelle | actuellement | désormais | maintenant"
                        + " | à présent | jusqu'à présent | de nos jours | actuel | actuelle | actuels | actuelles",
                        vague("PRESENT_REF"))
                .add("les prochains|prochaines <unit> | les <unit> à venir | à l'avenir | prochainement",
                        vague("FUTURE_REF"))
                .add("autrefois | jadis | naguère | dans le passé | récemment | dernièrement | auparavant",
                        vague("PAST_REF"));
    }
}
