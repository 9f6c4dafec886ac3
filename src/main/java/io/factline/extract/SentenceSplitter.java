package io.factline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences, with Unicode code-point offsets. A blank line or a line break always ends
 * a sentence (headlines, captions and paragraphs carry no final stop); '.', '!', '?' and '…' end one when
 * followed by a space and an upper-case letter, a digit or an opening quote, unless the word before the stop
 * is a known abbreviation ("M.", "Mme.", "Dr.", "U.S.") or a single initial ("J. Biden").
 */
public final class SentenceSplitter {

    /** A sentence: its text without surrounding white space, and where it sits. */
    public record Sentence(String text, int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "av", "bd", "env", "etc", "cf",
            "p", "pp", "vol", "no", "n°", "art", "fig", "jr", "sr", "mr", "mrs", "ms", "prof", "gen", "gén", "col",
            "lt", "sgt", "capt", "cpt", "gov", "sen", "rep", "rev", "hon", "vs", "inc", "ltd", "co", "corp", "dept",
            "jan", "feb", "fév", "mar", "apr", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov",
            "dec", "déc", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "ca", "approx", "min", "max", "éd", "ed");

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        CodePointIndex index = new CodePointIndex(text);
        int length = text.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, index, sentences);
                start = i + 1;
            } else if (isStop(c)) {
                int end = terminalEnd(text, i);
                if (opensSentence(text, end) && (c != '.' || !abbreviationBefore(text, i))) {
                    add(text, start, end, index, sentences);
                    start = end;
                    i = end - 1;
                }
            }
        }
        add(text, start, length, index, sentences);
        return sentences;
    }

    /** Index just past the run of stops and closing quotes that starts at {@code stop}; French « … » spacing too. */
    private static int terminalEnd(String text, int stop) {
        int end = stop + 1;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (isStop(c) || isClosing(c)) {
                end++;
            } else if (isSpace(c) && end + 1 < text.length() && (text.charAt(end + 1) == '»'
                    || text.charAt(end + 1) == '”')) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** True when what follows index {@code end} can begin a new sentence: white space, then a capital or a digit. */
    private static boolean opensSentence(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < text.length() && isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
            return true;
        }
        char first = text.charAt(next);
        return Character.isUpperCase(first) || Character.isDigit(first) || isOpening(first);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u202f';
    }

    /** True when the word before the stop at {@code stop} is an abbreviation or a single initial. */
    private static boolean abbreviationBefore(String text, int stop) {
        int begin = stop;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && !isOpening(text.charAt(begin - 1))) {
            begin--;
        }
        String word = text.substring(begin, stop).toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            // "J. Biden" is an initial; "Iris-T." and "Covid-B." end a name joined by a hyphen
            boolean joined = begin >= 2 && text.charAt(begin - 1) == '-' && Character.isLetter(text.charAt(begin - 2));
            return !joined;
        }
        return ABBREVIATIONS.contains(word);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '»' || c == '”' || c == '’' || c == ')' || c == ']';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '«' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '—' || c == '–' || c == '-';
    }

    private static void add(String text, int from, int to, CodePointIndex index, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(new Sentence(text.substring(from, to), index.of(from), index.of(to)));
        }
    }
}
