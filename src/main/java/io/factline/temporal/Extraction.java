package io.factline.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One run of the resolver over one text: scans the tokens left to right, keeps the longest accepted match at each
 * position, and remembers the dates already mentioned so that anaphora ("la veille") can resolve against them.
 */
final class Extraction {

    private static final int PRECISION_RANKS = 8;
    /** How many tokens after a clock time the day it falls on may be written: "10:35 a.m. (0735 GMT) Friday". */
    private static final int DAY_AFTER_TIME_REACH = 6;
    /** How far back a day may stand in a clock time's sentence; bounds the look-back in text without full stops. */
    private static final int SENTENCE_REACH = 60;
    private static final byte UNKNOWN = 0;
    private static final byte NO_MARKER = 1;
    private static final Tense[] TENSES = Tense.values();

    private final String text;
    private final Token[] tokens;
    private final LocalDate publishedOn;
    private final Grammar grammar;
    /** The latest period mentioned at each precision rank, and the order in which they were mentioned. */
    private final Period[] latestByRank = new Period[PRECISION_RANKS];
    private final long[] mentionOrder = new long[PRECISION_RANKS];
    private long mentions;
    /** The last dated expression read, time or date; a time when the day after it is its own day. */
    private Reading lastDated;
    private Reading lastTime;
    /** Token span of the clock time accepted last, so the day written right after it takes the tense of both. */
    private int lastClockStart = -1;
    private int lastClockEnd = -1;
    /** The tense marker of each token, computed on first use: many expressions share a clause. */
    private final byte[] tenseMarkers;

    Extraction(String text, LocalDate publishedOn, Grammar grammar) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        this.publishedOn = publishedOn;
        this.grammar = grammar;
        this.tenseMarkers = new byte[tokens.length];
    }

    List<Timex> run() {
        List<PatternTable.Accepted> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            PatternTable.Accepted accepted = grammar.patterns.longestAt(tokens, i, this);
            if (accepted == null) {
                i++;
                continue;
            }
            Reading reading = TimeReadings.withPartOfDay(accepted.match(), accepted.reading());
            accepted = reading == accepted.reading() ? accepted : new PatternTable.Accepted(accepted.match(), reading);
            if (isClockTime(reading) && !found.isEmpty()) {
                accepted = joinClockToDay(found, accepted);
            } else if (!found.isEmpty()) {
                accepted = joinDayToClock(found, accepted);
            }
            accepted = shiftedByADay(found, accepted);
            found.add(accepted);
            if (isClockTime(accepted.reading())) {
                lastClockStart = accepted.match().spanStart;
                lastClockEnd = accepted.match().end;
            }
            if (accepted.reading().isDated()) {
                remember(accepted.reading().period());
                boolean sameDayAsTime = lastTime != null && lastTime.earliest().equals(accepted.reading().earliest());
                lastDated = accepted.reading().type() != TimexType.TIME && sameDayAsTime ? lastTime
                        : accepted.reading();
                lastTime = accepted.reading().type() == TimexType.TIME ? accepted.reading() : lastTime;
            }
            i = accepted.match().end;
        }
        dateClockTimesByTheDayAfterThem(found);
        readRangesTogether(found);
        List<Timex> timexes = new ArrayList<>(found.size());
        CodePoints codePoints = new CodePoints(text);
        for (PatternTable.Accepted accepted : found) {
            timexes.add(toTimex(accepted, codePoints));
        }
        return timexes;
    }

    Reading lastDated() {
        return lastDated;
    }

    /** The day the text is talking about: the latest day it mentioned, or the publication date. */
    LocalDate currentDay() {
        Period day = antecedent(Precision.DAY);
        return day == null ? publishedOn : day.earliest();
    }

    private static boolean isClockTime(Reading reading) {
        return reading.type() == TimexType.TIME && reading.precision() != Precision.PART_OF_DAY;
    }

    /**
     * "hier à 10 h", "Friday at 6 p.m.": a day, "à"/"at", then a clock time are one expression, the time on that day.
     * Replaces the day in {@code found} and returns the joined expression, or returns {@code clock} unchanged.
     */
    private PatternTable.Accepted joinClockToDay(List<PatternTable.Accepted> found, PatternTable.Accepted clock) {
        PatternTable.Accepted day = found.get(found.size() - 1);
        Reading dayReading = day.reading();
        int between = clock.match().spanStart - day.match().end;
        boolean joined = between == 1 && grammar.lexicon.clockJoiners.contains(tokens[day.match().end].norm);
        if (!joined || !dayReading.isDated() || dayReading.precision() != Precision.DAY) {
            return clock; // "ce soir à 00 h 10" stays two expressions, as the French guide has it
        }
        found.remove(found.size() - 1);
        Match match = new Match(tokens, day.match().start, day.match().spanStart, clock.match().end, null);
        return new PatternTable.Accepted(match, TimeReadings.onDay(clock.reading(), dayReading.earliest(),
                dayReading.anchor() == null ? dayReading.earliest() : dayReading.anchor()));
    }

    /**
     * "9 a.m. Tuesday", "4 a.m. EDT Thursday", "vers 15 h 30, hier.": a clock time and the day right after it (past
     * time zones only, or a comma when the day ends the clause) are one expression, the time on that day. Replaces
     * the clock time in {@code found} and returns the joined expression, or returns {@code day} unchanged.
     */
    private PatternTable.Accepted joinDayToClock(List<PatternTable.Accepted> found, PatternTable.Accepted day) {
        PatternTable.Accepted clock = found.get(found.size() - 1);
        Reading dayReading = day.reading();
        if (!isClockTime(clock.reading()) || !isDayOrPartOfDay(dayReading)) {
            return day;
        }
        int from = clock.match().end;
        int to = day.match().spanStart;
        int after = day.match().end;
        boolean commaThenClauseEnd = to == from + 1 && tokens[from].isPunct(',')
                && (after >= tokens.length || tokens[after].isClauseBreak() || tokens[after].lineBreakBefore);
        if (!commaThenClauseEnd && !onlyTimeZonesBetween(from, to)) {
            return day;
        }
        found.remove(found.size() - 1);
        Match joined = new Match(tokens, clock.match().start, clock.match().spanStart, after, null);
        Reading timed = dayReading.precision() == Precision.PART_OF_DAY
                ? TimeReadings.inPartOfDay(clock.reading(), clock.match(), dayReading, dayReading.anchor())
                : TimeReadings.onDay(clock.reading(), dayReading.earliest(), dayReading.anchor());
        return new PatternTable.Accepted(joined, timed);
    }

    /** A dated day or part of a day ("Tuesday", "tonight", "Thursday night") that a clock time can be put on. */
    private static boolean isDayOrPartOfDay(Reading reading) {
        return reading.isDated() && (reading.type() == TimexType.DATE && reading.precision() == Precision.DAY
                || reading.type() == TimexType.TIME && reading.precision() == Precision.PART_OF_DAY);
    }

    /**
     * "the day before last Tuesday", "la veille du 14 juillet", "le lendemain de Noël": a day with the words that
     * move it one day off are one expression, that next or previous day. Returns {@code day} when no such words come
     * right before it.
     */
    private PatternTable.Accepted shiftedByADay(List<PatternTable.Accepted> found, PatternTable.Accepted day) {
        Reading reading = day.reading();
        if (reading.type() != TimexType.DATE || !reading.isDated() || reading.precision() != Precision.DAY) {
            return day;
        }
        int floor = found.isEmpty() ? 0 : found.get(found.size() - 1).match().end;
        int end = day.match().start;
        if (end > floor && grammar.lexicon.dayShiftLinks.contains(tokens[end - 1].norm)) {
            end--;
        }
        for (Map.Entry<List<String>, Integer> shift : grammar.lexicon.dayShifts.entrySet()) {
            List<String> words = shift.getKey();
            int from = end - words.size();
            if (from < floor || !sameWords(from, words)) {
                continue;
            }
            LocalDate shifted = reading.earliest().plusDays(shift.getValue());
            String rule = shift.getValue() < 0 ? "anaphora.day_before" : "anaphora.day_after";
            Match match = new Match(tokens, from, from, day.match().end, null);
            Reading moved = Reading.dated(Periods.day(shifted), null, reading.earliest(), rule);
            return new PatternTable.Accepted(match, moved);
        }
        return day;
    }

    private boolean sameWords(int from, List<String> words) {
        for (int w = 0; w < words.size(); w++) {
            if (!tokens[from + w].norm.equals(words.get(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "at 10:35 a.m. Friday", "Vers 0 h 40, jeudi": a clock time with no day before it in its sentence takes the day
     * written after it in the same sentence, if any.
     */
    private void dateClockTimesByTheDayAfterThem(List<PatternTable.Accepted> found) {
        for (int k = 0; k < found.size(); k++) {
            PatternTable.Accepted clock = found.get(k);
            if (!isClockTime(clock.reading())) {
                continue;
            }
            if (dayBeforeInSentence(found, k)) {
                continue;
            }
            for (int j = k + 1; j < found.size(); j++) {
                PatternTable.Accepted next = found.get(j);
                if (sentenceBreakBetween(clock.match().end, next.match().spanStart)
                        || next.match().spanStart - clock.match().end > DAY_AFTER_TIME_REACH) {
                    break;
                }
                Reading day = next.reading();
                if (day.type() == TimexType.DATE && day.isDated() && day.precision() == Precision.DAY) {
                    Reading timed = TimeReadings.onDay(clock.reading(), day.earliest(), day.anchor());
                    found.set(k, new PatternTable.Accepted(clock.match(), timed));
                    break;
                }
            }
        }
    }

    /**
     * "du 26 juillet au 11 août 2024", "from July 26 to Aug. 11, 2003": a day written without its year right before
     * "au"/"to" and a day with one takes the year of the end, the year before when it would fall after the end. A
     * weekday ending a range falls after its start ("from Monday through Friday", "du lundi au vendredi").
     */
    private void readRangesTogether(List<PatternTable.Accepted> found) {
        for (int k = 0; k + 1 < found.size(); k++) {
            Reading start = found.get(k).reading();
            Reading end = found.get(k + 1).reading();
            int between = found.get(k + 1).match().spanStart - found.get(k).match().end;
            boolean range = between == 1 && grammar.lexicon.rangeLinks.contains(tokens[found.get(k).match().end].norm);
            if (range && start.isDated() && end.isDated() && start.precision() == Precision.DAY
                    && end.precision() == Precision.DAY && end.rule().startsWith("weekday.")
                    && end.earliest().isBefore(start.earliest())) {
                // "from Monday through Friday": the end is the first such day after the start
                LocalDate day = end.earliest().plusWeeks(1);
                found.set(k + 1, new PatternTable.Accepted(found.get(k + 1).match(),
                        Reading.dated(Periods.day(day), end.mod(), end.anchor(), end.rule())));
                continue;
            }
            if (!range || !"date.relative.dm".equals(start.rule()) || end.anchor() != null
                    || end.precision() != Precision.DAY || !end.rule().startsWith("date.absolute")) {
                continue;
            }
            LocalDate day = Periods.dateOrNull(end.earliest().getYear(), start.earliest().getMonthValue(),
                    start.earliest().getDayOfMonth());
            if (day != null && day.isAfter(end.earliest())) {
                day = Periods.dateOrNull(end.earliest().getYear() - 1, start.earliest().getMonthValue(),
                        start.earliest().getDayOfMonth());
            }
            if (day != null && !day.equals(start.earliest())) {
                found.set(k, new PatternTable.Accepted(found.get(k).match(),
                        Reading.dated(Periods.day(day), start.mod(), null, "date.range_start")));
            }
        }
    }

    private boolean onlyTimeZonesBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!grammar.lexicon.timeZones.contains(tokens[k].norm)) {
                return false;
            }
        }
        return true;
    }

    private boolean dayBeforeInSentence(List<PatternTable.Accepted> found, int k) {
        int from = found.get(k).match().spanStart;
        for (int j = k - 1; j >= 0; j--) {
            PatternTable.Accepted previous = found.get(j);
            if (from - previous.match().end > SENTENCE_REACH || sentenceBreakBetween(previous.match().end, from)) {
                return false;
            }
            Reading reading = previous.reading();
            if (reading.isDated() && (reading.precision() == Precision.DAY || reading.type() == TimexType.TIME)) {
                return true;
            }
        }
        return false;
    }

    private boolean sentenceBreakBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            Token token = tokens[k];
            if (token.lineBreakBefore || token.isClauseBreak() && !token.isPunct(':')) {
                return true;
            }
        }
        return to < tokens.length && tokens[to].lineBreakBefore;
    }

    Token[] tokens() {
        return tokens;
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    Lexicon lexicon() {
        return grammar.lexicon;
    }

    Language language() {
        return grammar.lexicon.language;
    }

    /**
     * The tense of the clause around {@code match}; for a day written right after a clock time ("5 p.m. Friday"),
     * around both, so the clock's words do not push the verb before them out of reach.
     */
    Tense tense(Match match) {
        boolean afterClock = lastClockEnd >= 0 && lastClockEnd <= match.spanStart
                && onlyTimeZonesBetween(lastClockEnd, match.spanStart);
        return TenseDetector.around(this, afterClock ? lastClockStart : match.spanStart, match.end);
    }

    /** The tense token {@code k} signals in its clause, or null. */
    Tense tenseMarkerAt(int k) {
        byte memo = tenseMarkers[k];
        if (memo == UNKNOWN) {
            Tense tense = grammar.tenseMarkers.at(tokens, k, startsSentence(k));
            memo = tense == null ? NO_MARKER : (byte) (tense.ordinal() + 2);
            tenseMarkers[k] = memo;
        }
        return memo == NO_MARKER ? null : TENSES[memo - 2];
    }

    /** The tense marker at {@code k} as it bears on an expression written before it. */
    Tense tenseForExpressionBefore(int k, Tense tense) {
        return grammar.tenseMarkers.forExpressionBefore(tokens, k, tense);
    }

    /**
     * The date an anaphor of the given precision refers back to: the latest period mentioned so far that is at
     * least that fine ("le même mois" can lean on a day or a month, "la veille" only on a day); null if none.
     */
    Period antecedent(Precision precision) {
        Period chosen = null;
        long chosenOrder = -1;
        for (int rank = 0; rank <= Unit.rank(precision); rank++) {
            if (latestByRank[rank] != null && mentionOrder[rank] > chosenOrder) {
                chosen = latestByRank[rank];
                chosenOrder = mentionOrder[rank];
            }
        }
        return chosen;
    }

    /** True when token {@code k} is a comma opening a new clause: ", and", ", mais", ", while". */
    boolean startsCoordinatedClause(int k) {
        return tokens[k].isPunct(',') && k + 1 < tokens.length
                && grammar.lexicon.clauseConjunctions.contains(tokens[k + 1].norm);
    }

    /** True when a quotation mark or a closing parenthesis comes right before token {@code k}, or is token {@code k}. */
    boolean endsQuotationOrAside(int k) {
        Token token = tokens[k];
        if (token.kind == Token.Kind.PUNCT && "\"”»“«`)".indexOf(token.text.charAt(0)) >= 0) {
            return true;
        }
        if (k == 0) {
            return false;
        }
        for (int i = tokens[k - 1].end; i + 1 < token.start; i++) {
            char c = text.charAt(i);
            if ((c == '\'' || c == '\u2019') && text.charAt(i + 1) == c) {
                return true; // '' or ’’ closing a quotation, which the tokenizer leaves out
            }
        }
        return false;
    }

    /** True when token {@code k} opens a subordinate clause right after the words before it, with no comma between. */
    boolean startsSubordinateClause(int k) {
        return k > 0 && tokens[k].isWord() && !tokens[k - 1].isPunct(',')
                && grammar.lexicon.subordinators.contains(tokens[k].norm);
    }

    /** True when token {@code k} opens a sentence, a line, a quotation or a parenthesis. */
    boolean startsSentence(int k) {
        if (k == 0 || tokens[k].lineBreakBefore) {
            return true;
        }
        Token previous = tokens[k - 1];
        if (previous.isClauseBreak()) {
            return true;
        }
        return previous.kind == Token.Kind.PUNCT && "«\"“([—–-".indexOf(previous.text.charAt(0)) >= 0;
    }

    private void remember(Period period) {
        if (period.precision() == Precision.MINUTE || period.precision() == Precision.HOUR
                || period.precision() == Precision.PART_OF_DAY) {
            period = Periods.day(period.earliest());
        }
        int rank = Unit.rank(period.precision());
        latestByRank[rank] = period;
        mentionOrder[rank] = ++mentions;
    }

    private Timex toTimex(PatternTable.Accepted accepted, CodePoints codePoints) {
        Match match = accepted.match();
        Reading reading = accepted.reading();
        int first = match.spanStart;
        if (first > 0 && reading.precision() == Precision.YEAR && isFrontedPreposition(first - 1)) {
            first--;
        } else if (first + 1 < match.end && isPrepositionOutsideTime(first, reading)) {
            first++;
        }
        int startChar = tokens[first].start;
        int endChar = tokens[match.end - 1].end;
        return new Timex(text.substring(startChar, endChar), codePoints.at(startChar), codePoints.at(endChar),
                reading.type(), reading.value(), reading.precision(), reading.earliest(), reading.latest(),
                reading.mod(), reading.anchor(), reading.rule());
    }

    /**
     * "vers 18 h", "dans la soirée", "en été": TimeML leaves the preposition before a time of day or a season out of
     * the expression ("18 h", "la soirée", "été"), as the French guide draws them.
     */
    private boolean isPrepositionOutsideTime(int k, Reading reading) {
        boolean timeOrSeason = reading.type() == TimexType.TIME && reading.isDated()
                || reading.rule().startsWith("season.");
        return timeOrSeason && grammar.lexicon.prepositionsOutsideTimes.contains(tokens[k].norm);
    }

    /** A capitalised "En" or "In" opening the sentence belongs to a year: "En 2008, un sommet…". */
    private boolean isFrontedPreposition(int k) {
        Token token = tokens[k];
        return token.isCapitalized() && grammar.lexicon.frontedPrepositions.contains(token.norm) && startsSentence(k);
    }

    /** Converts increasing UTF-16 offsets to code-point offsets in one pass over the text. */
    private static final class CodePoints {
        private final String text;
        private int lastChar;
        private int lastCodePoint;

        CodePoints(String text) {
            this.text = text;
        }

        int at(int charIndex) {
            if (charIndex < lastChar) {
                lastChar = 0;
                lastCodePoint = 0;
            }
            lastCodePoint += text.codePointCount(lastChar, charIndex);
            lastChar = charIndex;
            return lastCodePoint;
        }
    }
}
