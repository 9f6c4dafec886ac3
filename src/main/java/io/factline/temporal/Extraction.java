package io.factline.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the resolver over one text: scans the tokens left to right, keeps the longest accepted match at each
 * position, and remembers the dates already mentioned so that anaphora ("la veille") can resolve against them.
 */
final class Extraction {

    private static final int PRECISION_RANKS = 8;
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
        List<Timex> found = new ArrayList<>();
        CodePoints codePoints = new CodePoints(text);
        int i = 0;
        while (i < tokens.length) {
            PatternTable.Accepted accepted = grammar.patterns.longestAt(tokens, i, this);
            if (accepted == null) {
                i++;
                continue;
            }
            found.add(toTimex(accepted, codePoints));
            if (accepted.reading().isDated()) {
                remember(accepted.reading().period());
            }
            i = accepted.match().end;
        }
        return found;
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

    Tense tense(Match match) {
        return TenseDetector.around(this, match.spanStart, match.end);
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
        }
        int startChar = tokens[first].start;
        int endChar = tokens[match.end - 1].end;
        return new Timex(text.substring(startChar, endChar), codePoints.at(startChar), codePoints.at(endChar),
                reading.type(), reading.value(), reading.precision(), reading.earliest(), reading.latest(),
                reading.mod(), reading.anchor(), reading.rule());
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
