package io.factline.temporal;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of one language that the grammar's slots and guards look up, all keyed by folded form. Filled once by
 * {@link FrenchLexicon} or {@link EnglishLexicon}; read-only afterwards.
 */
final class Lexicon {

    /** A modifier phrase ("fin", "au début de", "late") and the part of the unit it points at; null for "courant". */
    record Modifier(Mod mod) {
    }

    final Language language;
    final PhraseTrie<Integer> months = new PhraseTrie<>();
    /** "janv", "Feb": months only when a dot or a number follows, since "sept" and "mar" are other words too. */
    final Map<String, Integer> monthAbbreviations = new HashMap<>();
    /** Month names that are ordinary words too ("mars" the planet, "May" the modal): need a calendar context. */
    final Set<String> ambiguousMonths = new HashSet<>();
    final Map<String, DayOfWeek> weekdays = new HashMap<>();
    final PhraseTrie<Integer> numbers = new PhraseTrie<>();
    final PhraseTrie<Boolean> vagueQuantities = new PhraseTrie<>();
    final Map<String, Unit> units = new HashMap<>();
    final Map<String, Integer> ordinals = new HashMap<>();
    /** Suffixes of written ordinals: "1er", "21st", "XXe". */
    final Set<String> ordinalSuffixes = new HashSet<>();
    final Map<String, Integer> centuryWords = new HashMap<>();
    final Map<String, Season> seasons = new HashMap<>();
    final PhraseTrie<Modifier> modifiers = new PhraseTrie<>();
    /** "matin", "dans la soirée", "in the morning": the TIMEX3 time they give, a part-of-day code or "12:00". */
    final PhraseTrie<String> partsOfDay = new PhraseTrie<>();
    /** "a.m.", "pm": the twelve hours a clock time written with them is counted from (0 or 12). */
    final PhraseTrie<Integer> meridiems = new PhraseTrie<>();
    /** "environ", "plus de", "about", "at least": words before a length of time that belong to its expression. */
    final PhraseTrie<Boolean> durationModifiers = new PhraseTrie<>();
    /** Words that name a length of time on their own: "quinquennat" P5Y, "a half-hour" PT30M. */
    final PhraseTrie<String> namedDurations = new PhraseTrie<>();
    /** "daily", "quotidien", "annuel": adjectives and adverbs of a recurrence, with its TIMEX3 value. */
    final Map<String, String> recurrenceWords = new HashMap<>();
    /** Holidays by name: "Noël", "la Toussaint", "Thanksgiving Day"; the day each falls on in a given year. */
    final PhraseTrie<Holiday> holidays = new PhraseTrie<>();
    /** Nouns of people that make "de 38 ans" an age: "un chauffeur de 38 ans", "une fillette de 6 ans". */
    final Set<String> personNouns = new HashSet<>();
    /** Words announcing a deadline, after which a date without year is the next one: "by Jan. 14", "d'ici le". */
    final Set<String> deadlineWords = new HashSet<>();
    /**
     * The TIMEX3 type of PRESENT_REF, PAST_REF and FUTURE_REF: the French TimeBank guide types them TIME, TimeML's
     * English corpora DATE.
     */
    TimexType vagueReferenceType = TimexType.DATE;
    /** Words between two days of one month: "les 6 et 13 avril", "du 6 au 13 avril". */
    final Set<String> dayCoordinators = new HashSet<>();
    /** Words after "le mardi" that make it one particular day: "suivant", "précédent", "même". */
    final Set<String> anaphoricFollowers = new HashSet<>();
    /** Words after a count of time that make it a shift from an earlier date: "plus tard", "later", "earlier". */
    final Set<String> anaphoraSignals = new HashSet<>();
    /** Time zones written after a clock time: "9 a.m. EST Tuesday". */
    final Set<String> timeZones = new HashSet<>();
    /** Words that join a day to its clock time in one expression: "hier à 10 h", "Friday at 6 p.m.". */
    final Set<String> clockJoiners = new HashSet<>();
    /** Words before a number of hours that make it a length of time, not a clock time: "en 24 h", "pendant 3 h". */
    final Set<String> durationContext = new HashSet<>();
    /** "ce" / "this", "last", "next" written before the unit. */
    final PhraseTrie<Direction> directionsBefore = new PhraseTrie<>();
    /** "dernier", "prochain" written after the unit. */
    final Map<String, Direction> directionsAfter = new HashMap<>();
    final Set<Character> quarterLetters = new HashSet<>();
    final Set<Character> halfLetters = new HashSet<>();
    /** A capitalised "En"/"In" opening a sentence belongs to the expression it introduces: "En 2008, …". */
    final Set<String> frontedPrepositions = new HashSet<>();
    /** Words after which a four-digit number is surely a year: "en", "depuis", "since". */
    final Set<String> strongYearContext = new HashSet<>();
    /** Words after which a four-digit number may be a year unless a counted noun follows: "de", "of", "the". */
    final Set<String> weakYearContext = new HashSet<>();
    /** Words before a number that make it a count or a measure: "environ", "plus", "about", "n°". */
    final Set<String> countContext = new HashSet<>();
    /** Nouns that make a preceding number a quantity: "soldats", "km", "dollars". */
    final Set<String> countedNouns = new HashSet<>();
    /** Plural-looking words that are not counted nouns ("dans", "plus", "this"). */
    final Set<String> nonNounsEndingInS = new HashSet<>();
    /** Determiners and prepositions: the word after them is a noun ("la rencontre"), not a verb ("rencontre"). */
    final Set<String> determiners = new HashSet<>();
    /** "depuis", "since": what follows started in the past and may go on. */
    final Set<String> sinceWords = new HashSet<>();
    /** "au", "to", "through": between the two ends of a range of days. */
    final Set<String> rangeLinks = new HashSet<>();
    /** "père", "father": before a holiday's name, a figure of the feast ("le père Noël"), not its day. */
    final Set<String> holidayPersonTitles = new HashSet<>();
    /** Conjunctions that, after a comma, open a clause with its own tense: "et", "mais", "and", "while". */
    final Set<String> clauseConjunctions = new HashSet<>();
    /** Words that put a date one day off: "the day before" (-1) last Tuesday, "le lendemain" (+1) de Noël. */
    final Map<List<String>, Integer> dayShifts = new HashMap<>();
    /** Words between those and the date: "of", "de", "du". */
    final Set<String> dayShiftLinks = new HashSet<>();
    /** Adjectives after a unit that name a kind of hours or days, not an amount: "heures ouvrables", "jours fériés". */
    final Set<String> unitKinds = new HashSet<>();
    /** Prepositions that open a time of day or a season but stay out of its extent: "vers", "dans", "en". */
    final Set<String> prepositionsOutsideTimes = new HashSet<>();
    /** Words between two seasons that make both generic: "été comme hiver", "summer as winter". */
    final Set<String> seasonContrasts = new HashSet<>();
    /** Words that open a subordinate clause: a verb after "as" in "Thursday as he was leaving" is not the date's. */
    final Set<String> subordinators = new HashSet<>();
    /** Singular verbs, as written (so "a" is not "à"), that make a preceding number a year: "2023 a été". */
    final Set<String> yearSubjectVerbs = new HashSet<>();
    /** Words after "la veille", "the day after", "trois jours avant" that introduce an event: "de", "of", "the". */
    final Set<String> eventIntroducers = new HashSet<>();
    /**
     * Words that open a clause right after "quatre ans après" / "four years after" ("après avoir quitté", "after it
     * invaded", "after leaving"): the span is then measured from that clause's event, so it is a duration.
     */
    final Set<String> clauseOpeners = new HashSet<>();
    /**
     * Superlatives that make "in 25 years" a span, not a future year: "the strongest quake in 25 years". French says
     * "depuis 25 ans" or "en 25 ans" there, never "dans", so its list is empty.
     */
    final Set<String> superlatives = new HashSet<>();
    /** Words that make a following or preceding weekday part of a name: "Black Friday", "Mardi gras". */
    final Set<String> weekdayNameCompanions = new HashSet<>();
    /** Words that make a capitalised month a name: "Theresa May". */
    final Set<String> monthContext = new HashSet<>();

    Lexicon(Language language) {
        this.language = language;
    }

    /** Every word that can begin a slot (a month, a number word, a modifier…), to skip other words quickly. */
    Set<String> slotStartWords() {
        Set<String> words = new HashSet<>();
        for (PhraseTrie<?> trie : List.of(months, numbers, vagueQuantities, modifiers, partsOfDay, directionsBefore,
                durationModifiers, holidays, namedDurations)) {
            words.addAll(trie.firstWords());
        }
        for (Map<String, ?> map : List.of(monthAbbreviations, weekdays, units, ordinals, centuryWords, seasons,
                directionsAfter)) {
            words.addAll(map.keySet());
        }
        return words;
    }

    /** An unmodifiable set of words as written; repeats are harmless (unlike {@code Set.of}). */
    static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static void addFolded(Set<String> set, String... words) {
        for (String word : words) {
            set.add(Folding.fold(Folding.lower(word)));
        }
    }

    /** Puts alternating keys and values, folding the keys. */
    @SuppressWarnings("unchecked")
    static <V> void putFolded(Map<String, V> map, Object... keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(Folding.fold(Folding.lower((String) keysAndValues[i])), (V) keysAndValues[i + 1]);
        }
    }

    /** The value of a written ordinal such as "1er", "3rd", "21st"; -1 when it is not one. */
    int ordinalNumber(String norm) {
        int digits = 0;
        while (digits < norm.length() && Character.isDigit(norm.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 3 || !ordinalSuffixes.contains(norm.substring(digits))) {
            return -1;
        }
        return Integer.parseInt(norm, 0, digits, 10);
    }
}
