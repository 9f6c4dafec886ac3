package io.factline.temporal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** French words for months, weekdays, numbers, units, modifiers and the contexts that tell years from counts. */
final class FrenchLexicon {

    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre");
    private static final List<String> WEEKDAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche");
    private static final List<String> UNITS_TO_NINETEEN = List.of("un", "deux", "trois", "quatre", "cinq", "six",
            "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
            "dix-huit", "dix-neuf");
    private static final List<String> TENS = List.of("vingt", "trente", "quarante", "cinquante", "soixante");

    /** Adjectives and adverbs of recurrence, as patterns: "quotidien" P1D, "annuel" P1Y. */
    static final List<String> RECURRENCE_WORDS = List.of("quotidien", "quotidienne", "quotidiens", "quotidiennes",
            "quotidiennement", "journalier", "journalière", "journaliers", "journalières", "hebdomadaire",
            "hebdomadaires", "hebdomadairement", "mensuel", "mensuelle", "mensuels", "mensuelles", "mensuellement",
            "annuel", "annuelle", "annuels", "annuelles", "annuellement");

    private FrenchLexicon() {
    }

    static Lexicon create() {
        Lexicon lexicon = new Lexicon(Language.FR);
        for (int i = 0; i < MONTHS.size(); i++) {
            lexicon.months.put(MONTHS.get(i), i + 1);
        }
        Lexicon.putFolded(lexicon.monthAbbreviations, "janv", 1, "fév", 2, "févr", 2, "avr", 4, "juil", 7, "sept", 9,
                "oct", 10,
                "nov", 11, "déc", 12);
        lexicon.ambiguousMonths.add("mars");
        for (int i = 0; i < WEEKDAYS.size(); i++) {
            DayOfWeek day = DayOfWeek.of(i + 1);
            lexicon.weekdays.put(WEEKDAYS.get(i), day);
            lexicon.weekdays.put(WEEKDAYS.get(i) + "s", day);
        }
        addNumbers(lexicon);
        lexicon.vagueQuantities.put("plusieurs|quelques|des|de nombreux|de nombreuses|nombreux|nombreuses"
                + "|de longs|de longues|bien des|certains|certaines|de longs mois", Boolean.TRUE);
        addUnits(lexicon);
        Lexicon.putFolded(lexicon.ordinals, "premier", 1, "première", 1, "deuxième", 2, "second", 2, "seconde", 2,
                "troisième", 3,
                "quatrième", 4);
        lexicon.ordinalSuffixes.addAll(Set.of("er", "re", "ere", "e", "eme", "ieme", "nd", "nde"));
        Lexicon.putFolded(lexicon.centuryWords, "vingtième", 20);
        Lexicon.putFolded(lexicon.seasons, "printemps", Season.SPRING, "été", Season.SUMMER, "automne", Season.FALL,
                "hiver", Season.WINTER);
        addModifiers(lexicon);
        lexicon.partsOfDay.put("matin|matinée|au matin|dans la matinée|en matinée|en début de matinée"
                + "|en fin de matinée|de bon matin|tôt le matin", TimeOfDay.MORNING);
        lexicon.partsOfDay.put("midi", "12:00");
        lexicon.partsOfDay.put("après-midi|dans l'après-midi|en début d'après-midi|en fin d'après-midi"
                + "|en milieu d'après-midi", TimeOfDay.AFTERNOON);
        lexicon.partsOfDay.put("soir|soirée|au soir|dans la soirée|en soirée|en début de soirée|en fin de soirée"
                + "|en fin de journée|tard le soir", TimeOfDay.EVENING);
        lexicon.partsOfDay.put("nuit|dans la nuit|en pleine nuit|en fin de nuit|en début de nuit", TimeOfDay.NIGHT);
        lexicon.partsOfDay.put("dans la journée|en journée|en cours de journée", TimeOfDay.DAYTIME);
        lexicon.partsOfDay.put("mi-journée|la mi-journée|en milieu de journée", TimeOfDay.MIDDAY);
        lexicon.durationModifiers.put("environ|près de|plus de|moins de|au moins|au plus|quelque|presque"
                + "|pas moins de|pas plus de|un peu plus de|un peu moins de|plus d|moins d", Boolean.TRUE);
        lexicon.namedDurations.put("quinquennat|un quinquennat", "P5Y");
        lexicon.namedDurations.put("septennat|un septennat", "P7Y");
        lexicon.namedDurations.put("un quart de siècle", "P25Y");
        lexicon.namedDurations.put("un demi-siècle", "P50Y");
        lexicon.namedDurations.put("une demi-heure", "PT30M");
        lexicon.namedDurations.put("un quart d'heure", "PT15M");
        lexicon.namedDurations.put("trois quarts d'heure", "PT45M");
        lexicon.namedDurations.put("une demi-journée", "PT12H");
        lexicon.namedDurations.put("un an et demi", "P18M");
        lexicon.namedDurations.put("une heure et demie", "PT1H30M");
        for (String word : RECURRENCE_WORDS) {
            String stem = Folding.fold(word);
            Lexicon.putFolded(lexicon.recurrenceWords, word, stem.startsWith("quotid") || stem.startsWith("journ")
                    ? "P1D" : stem.startsWith("hebdo") ? "P1W" : stem.startsWith("mens") ? "P1M" : "P1Y");
        }
        Lexicon.addFolded(lexicon.personNouns, "homme", "hommes", "femme", "femmes", "fille", "filles", "fillette",
                "fillettes", "garçon", "garçons", "garçonnet", "enfant", "enfants", "bébé", "bébés", "jeune", "jeunes",
                "adolescent", "adolescente", "adolescents", "adolescentes", "chauffeur", "conducteur", "conductrice",
                "automobiliste", "motard", "motocycliste", "cycliste", "piéton", "piétonne", "passant", "passante",
                "victime", "retraité", "retraitée", "élève", "élèves", "étudiant", "étudiante", "ouvrier", "ouvrière",
                "agriculteur", "patron", "père", "mère", "fils", "habitant", "habitante", "joueur", "joueuse",
                "individu", "suspect", "suspecte", "détenu", "détenue", "prévenu", "prévenue", "auteur", "mineur",
                "mineure", "mineurs", "octogénaire", "nonagénaire", "septuagénaire", "sexagénaire", "quinquagénaire",
                "quadragénaire", "trentenaire", "vieillard", "veuve", "veuf", "dame", "monsieur", "personne",
                "salarié", "salariée", "militaire", "soldat", "policier", "gendarme", "pompier", "agent", "employé",
                "employée", "collégien", "collégienne", "lycéen", "lycéenne", "écolier", "écolière", "nourrisson",
                "frère", "sœur", "soeur", "épouse", "époux", "mari", "compagnon", "compagne", "ami", "amie");
        Lexicon.addFolded(lexicon.deadlineWords, "ici");
        Lexicon.addFolded(lexicon.dayCoordinators, "et", "ou", "au");
        Lexicon.addFolded(lexicon.anaphoricFollowers, "suivant", "précédent", "même", "d", "de", "du", "où", "qui",
                "ou", "et", "ci", "là");
        Lexicon.addFolded(lexicon.anaphoraSignals, "plus", "auparavant", "après", "avant");
        lexicon.vagueReferenceType = TimexType.TIME;
        addHolidays(lexicon);
        Lexicon.addFolded(lexicon.clockJoiners, "à", "a", "vers", "dès");
        Lexicon.addFolded(lexicon.durationContext, "en", "pendant", "durant", "depuis", "les", "des", "dernières",
                "prochaines", "quelque", "environ", "plus", "moins", "sous", "dans", "toutes");
        lexicon.directionsBefore.put("ce|cet|cette|ce même|cette même", Direction.NEAREST);
        Lexicon.putFolded(lexicon.directionsAfter, "dernier", Direction.STRICTLY_PAST, "dernière",
                Direction.STRICTLY_PAST,
                "passé", Direction.STRICTLY_PAST, "passée", Direction.STRICTLY_PAST, "prochain",
                Direction.STRICTLY_FUTURE, "prochaine", Direction.STRICTLY_FUTURE, "prochains", Direction.STRICTLY_FUTURE,
                "prochaines", Direction.STRICTLY_FUTURE, "derniers", Direction.STRICTLY_PAST, "dernières",
                Direction.STRICTLY_PAST);
        lexicon.quarterLetters.addAll(Set.of('t', 'q'));
        lexicon.halfLetters.addAll(Set.of('s', 'h'));
        Lexicon.addFolded(lexicon.sinceWords, "depuis");
        Lexicon.addFolded(lexicon.rangeLinks, "au", "-", "–");
        Lexicon.addFolded(lexicon.holidayPersonTitles, "pere", "papa");
        lexicon.frontedPrepositions.add("en");
        Lexicon.addFolded(lexicon.strongYearContext, "en", "depuis", "ici", "an", "année", "courant", "milieu",
                "exercice");
        Lexicon.addFolded(lexicon.weakYearContext, "de", "d", "du", "des", "avant", "après", "vers", "entre", "et", "à",
                "au", "jusqu", "dès", "ou", "puis");
        Lexicon.addFolded(lexicon.countContext, "environ", "près", "plus", "moins", "quelque", "n", "n°", "no",
                "numéro",
                "page", "p", "article", "art", "tel", "vol", "ligne", "route", "rn", "nombre", "total", "soit",
                "chiffre", "score", "code", "modèle", "type", "série", "version", "€", "$");
        Lexicon.addFolded(lexicon.countedNouns, "soldats", "personnes", "morts", "blessés", "victimes", "habitants",
                "hommes", "femmes", "enfants", "civils", "militaires", "réfugiés", "euros", "euro", "dollars", "dollar",
                "francs", "livres", "roubles", "hryvnias", "milliards", "millions", "milliers", "km", "kilomètres",
                "m", "mètres", "kg", "kilos", "tonnes", "mm", "cm", "hectares", "litres", "barils", "chars",
                "missiles", "obus", "drones", "avions", "pièces", "véhicules", "voix", "votes", "emplois", "postes",
                "membres", "pays", "manifestants", "participants", "prisonniers", "otages", "migrants", "pages",
                "exemplaires", "points", "places", "logements", "maisons", "lits", "salariés", "agents", "policiers",
                "gendarmes", "combattants", "mercenaires", "employés", "élèves", "étudiants", "cas", "décès",
                "patients", "ans", "jours", "heures", "minutes", "fois", "mw", "kw", "gw", "%", "tonnes", "bus",
                "bateaux", "navires", "canons", "roquettes", "bombes", "ha", "sièges", "députés", "élus", "communes",
                "villages", "villes", "kilos", "mètres", "hommes", "unités", "lanceurs", "systèmes", "obusiers");
        Lexicon.addFolded(lexicon.nonNounsEndingInS, "dans", "sous", "vers", "depuis", "alors", "puis", "mais", "plus",
                "moins", "tous", "nous", "vous", "ils", "les", "des", "ses", "ces", "mes", "tes", "leurs", "jamais",
                "toujours", "pas", "sans", "lors", "très", "hors", "jadis", "dès", "après", "avons", "sommes",
                "êtes", "fois", "parfois", "autrefois", "ensuite", "ailleurs", "dessous", "dessus", "certes",
                "néanmoins", "tandis", "was", "has", "is", "as", "its", "this", "thus", "always", "his", "us");
        Lexicon.addFolded(lexicon.determiners, "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet",
                "cette", "ces", "sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma",
                "mes", "au", "aux", "en", "à", "pour", "par", "sur", "sans", "avec", "dans", "chaque");
        Lexicon.addFolded(lexicon.eventIntroducers, "de", "du", "des", "d", "le", "la", "les", "l", "au", "aux", "que",
                "qu", "cette", "ce", "cet");
        Lexicon.addFolded(lexicon.clauseOpeners, "avoir", "être", "etre", "il", "elle", "ils", "elles", "on", "nous",
                "vous", "je", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "un", "une");
        Lexicon.addFolded(lexicon.clauseConjunctions, "et", "mais", "tandis", "alors", "ou", "puis", "cependant",
                "donc", "car");
        Lexicon.addFolded(lexicon.seasonContrasts, "comme");
        Lexicon.addFolded(lexicon.prepositionsOutsideTimes, "vers", "dans", "en");
        Lexicon.addFolded(lexicon.unitKinds, "scolaires", "ouvrables", "ouvrés", "ouvrées", "fériés", "creuses",
                "pleines", "supplémentaires", "sup", "travaillées", "travaillés", "chômés", "calmes");
        lexicon.dayShifts.put(List.of("la", "veille"), -1);
        lexicon.dayShifts.put(List.of("le", "lendemain"), 1);
        Lexicon.addFolded(lexicon.dayShiftLinks, "de", "du", "d");
        Lexicon.addFolded(lexicon.subordinators, "qui", "que", "qu", "quand", "lorsque", "lorsqu", "tandis",
                "alors", "parce", "puisque", "puisqu", "dont", "si", "comme");
        lexicon.yearSubjectVerbs.addAll(List.of("a", "est", "sera", "fut", "avait", "était", "restera",
                "aura", "marque", "marquera", "s", "devrait", "pourrait", "reste", "demeure"));
        Lexicon.addFolded(lexicon.weekdayNameCompanions, "saint", "sainte", "gras", "robinson");
        Lexicon.addFolded(lexicon.monthContext, "en", "de", "d", "depuis", "dès", "jusqu", "avant", "après", "mois",
                "courant", "entre", "et", "à", "au", "vers", "fin", "début", "mi", "ici", "ou", "milieu", "partir");
        return lexicon;
    }

    /** Names as written, with the article French uses: "à la Toussaint", "le jour de l'An". */
    private static void addHolidays(Lexicon lexicon) {
        lexicon.holidays.put("Noël|le jour de Noël", Holiday.CHRISTMAS);
        lexicon.holidays.put("la veille de Noël|le réveillon de Noël", Holiday.CHRISTMAS_EVE);
        lexicon.holidays.put("le jour de l'An|le Nouvel An|le nouvel an", Holiday.NEW_YEARS_DAY);
        lexicon.holidays.put("la Saint-Sylvestre|le réveillon de la Saint-Sylvestre", Holiday.NEW_YEARS_EVE);
        lexicon.holidays.put("Pâques|le dimanche de Pâques", Holiday.EASTER);
        lexicon.holidays.put("le lundi de Pâques", Holiday.EASTER_MONDAY);
        lexicon.holidays.put("le Vendredi saint", Holiday.GOOD_FRIDAY);
        lexicon.holidays.put("l'Ascension|le jeudi de l'Ascension", Holiday.ASCENSION);
        lexicon.holidays.put("la Pentecôte", Holiday.PENTECOST);
        lexicon.holidays.put("le lundi de Pentecôte", Holiday.WHIT_MONDAY);
        lexicon.holidays.put("la Toussaint", Holiday.ALL_SAINTS);
        lexicon.holidays.put("l'Armistice", Holiday.ARMISTICE);
        lexicon.holidays.put("la fête nationale", Holiday.BASTILLE_DAY);
        lexicon.holidays.put("la fête du Travail", Holiday.MAY_DAY);
        lexicon.holidays.put("l'Assomption", Holiday.ASSUMPTION);
        lexicon.holidays.put("la Saint-Valentin", Holiday.VALENTINES_DAY);
        lexicon.holidays.put("la Saint-Nicolas", Holiday.SAINT_NICHOLAS);
        lexicon.holidays.put("la Saint-Jean", Holiday.SAINT_JOHN);
        lexicon.holidays.put("la Chandeleur", Holiday.CANDLEMAS);
        lexicon.holidays.put("l'Épiphanie", Holiday.EPIPHANY);
        lexicon.holidays.put("Mardi gras", Holiday.MARDI_GRAS);
        lexicon.holidays.put("la Fête de la musique", Holiday.MUSIC_DAY);
        lexicon.holidays.put("Halloween", Holiday.HALLOWEEN);
        lexicon.holidays.put("Thanksgiving", Holiday.THANKSGIVING_US);
    }

    private static void addNumbers(Lexicon lexicon) {
        lexicon.numbers.put("une", 1);
        for (int i = 0; i < UNITS_TO_NINETEEN.size(); i++) {
            lexicon.numbers.put(UNITS_TO_NINETEEN.get(i), i + 1);
        }
        for (int t = 0; t < TENS.size(); t++) {
            int tens = 20 + 10 * t;
            lexicon.numbers.put(TENS.get(t), tens);
            lexicon.numbers.put(TENS.get(t) + " et un|" + TENS.get(t) + " et une", tens + 1);
            for (int unit = 2; unit <= 9; unit++) {
                lexicon.numbers.put(TENS.get(t) + "-" + UNITS_TO_NINETEEN.get(unit - 1), tens + unit);
            }
        }
        // 70-79 and 90-99 count on from sixty and eighty: "soixante-dix", "soixante et onze", "quatre-vingt-douze"
        lexicon.numbers.put("soixante-dix", 70);
        lexicon.numbers.put("soixante et onze", 71);
        lexicon.numbers.put("quatre-vingts|quatre-vingt", 80);
        for (int unit = 1; unit <= 19; unit++) {
            if (unit >= 2 && unit <= 9) {
                lexicon.numbers.put("soixante-dix-" + UNITS_TO_NINETEEN.get(unit - 1), 70 + unit);
            }
            if (unit >= 12 && unit <= 16) {
                lexicon.numbers.put("soixante-" + UNITS_TO_NINETEEN.get(unit - 1), 60 + unit);
            }
            lexicon.numbers.put("quatre-vingt-" + UNITS_TO_NINETEEN.get(unit - 1), 80 + unit);
        }
        lexicon.numbers.put("quatre-vingt-dix", 90);
        for (int unit = 2; unit <= 9; unit++) {
            lexicon.numbers.put("quatre-vingt-dix-" + UNITS_TO_NINETEEN.get(unit - 1), 90 + unit);
        }
        lexicon.numbers.put("cent", 100);
        lexicon.numbers.put("mille", 1000);
        // "une dizaine de jours", "une quinzaine d'années": the round number the approximation is built on
        List<String> approximations = List.of("huitaine", "dizaine", "douzaine", "quinzaine", "vingtaine",
                "trentaine", "quarantaine", "cinquantaine", "soixantaine", "centaine");
        List<Integer> values = List.of(8, 10, 12, 15, 20, 30, 40, 50, 60, 100);
        for (int i = 0; i < approximations.size(); i++) {
            lexicon.numbers.put("une " + approximations.get(i) + " de|une " + approximations.get(i) + " d",
                    values.get(i));
        }
    }

    private static void addUnits(Lexicon lexicon) {
        Lexicon.putFolded(lexicon.units, "jour", Unit.DAY, "jours", Unit.DAY, "journée", Unit.DAY, "journées", Unit.DAY,
                "semaine", Unit.WEEK, "semaines", Unit.WEEK, "mois", Unit.MONTH, "an", Unit.YEAR, "ans", Unit.YEAR,
                "année", Unit.YEAR, "années", Unit.YEAR, "heure", Unit.HOUR, "heures", Unit.HOUR, "h", Unit.HOUR,
                "minute",
                Unit.MINUTE, "minutes", Unit.MINUTE, "trimestre", Unit.QUARTER, "trimestres", Unit.QUARTER,
                "semestre", Unit.HALF, "semestres", Unit.HALF, "secondes", Unit.SECOND,
                "décennie", Unit.DECADE, "décennies", Unit.DECADE, "siècle", Unit.CENTURY, "siècles",
                Unit.CENTURY);
    }

    /** Leading prepositions ("à la fin de", "en début de") stay out: the expression starts at "la fin", "début". */
    private static void addModifiers(Lexicon lexicon) {
        lexicon.modifiers.put("début|début de|début du|début des|début d|au début de|au début du|au début des"
                + "|au début d|le début de|le début du|le début des|le début d", new Lexicon.Modifier(Mod.START));
        lexicon.modifiers.put("fin|fin de|fin du|fin des|fin d|la fin de|la fin du|la fin des|la fin d",
                new Lexicon.Modifier(Mod.END));
        lexicon.modifiers.put("mi|au milieu de|au milieu du|au milieu des|au milieu d|le milieu de"
                + "|le milieu du|le milieu des", new Lexicon.Modifier(Mod.MID));
        lexicon.modifiers.put("courant|le courant de|le courant du|le courant d", new Lexicon.Modifier(null));
    }
}
