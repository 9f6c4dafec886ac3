package io.factline.temporal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into words, numbers and punctuation in one linear pass. Hyphens and apostrophes inside words are
 * not tokens: they are recorded on the token that follows, so "avant-hier" and "aujourd'hui" are two words each.
 * Web addresses and identifiers ("95eca5b3-1465-4595-b050-a3e3d84e24dc", "AF-447-B2") become single opaque tokens
 * so nothing inside them is ever read as a date.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static Token[] tokenize(String text) {
        List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        boolean space = false;
        boolean lineBreak = false;
        boolean hyphen = false;
        boolean apostrophe = false;
        int chunkEnd = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                lineBreak |= c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
                hyphen = false;
                apostrophe = false;
                i++;
                continue;
            }
            if (i >= chunkEnd) {
                chunkEnd = chunkEnd(text, i);
                if (chunkEnd - i >= 6 && isWebAddress(text, i, chunkEnd)) {
                    tokens.add(new Token(text.substring(i, chunkEnd), i, Token.Kind.URL, space, lineBreak, false,
                            false));
                    i = chunkEnd;
                    space = lineBreak = hyphen = apostrophe = false;
                    continue;
                }
                int codeEnd = chunkEnd - i >= SHORTEST_IDENTIFIER ? identifierEnd(text, i, chunkEnd) : -1;
                if (codeEnd > i) {
                    tokens.add(new Token(text.substring(i, codeEnd), i, Token.Kind.CODE, space, lineBreak, false,
                            false));
                    i = codeEnd;
                    space = lineBreak = hyphen = apostrophe = false;
                    continue;
                }
            }
            if (isWordChar(c)) {
                int j = i + 1;
                boolean letters = Character.isLetter(c);
                boolean digits = Character.isDigit(c);
                while (j < n && isWordChar(text.charAt(j))) {
                    char d = text.charAt(j);
                    letters |= Character.isLetter(d);
                    digits |= Character.isDigit(d);
                    j++;
                }
                Token.Kind kind = letters && digits ? Token.Kind.ALNUM : digits ? Token.Kind.NUMBER : Token.Kind.WORD;
                tokens.add(new Token(text.substring(i, j), i, kind, space, lineBreak, hyphen, apostrophe));
                space = lineBreak = hyphen = apostrophe = false;
                i = j;
                continue;
            }
            boolean joinsWords = i > 0 && i + 1 < n && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i + 1));
            if (joinsWords && isHyphen(c)) {
                hyphen = true;
                i++;
                continue;
            }
            if (isApostrophe(c) && i > 0 && isWordChar(text.charAt(i - 1))) {
                apostrophe = true;
                i++;
                continue;
            }
            if (isApostrophe(c)) {
                i++;
                continue;
            }
            boolean betweenDigits = i > 0 && i + 1 < n && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)) || c == '.' && !space && isAbbreviationDot(tokens);
            tokens.add(new Token(String.valueOf(c), i, Token.Kind.PUNCT, space, lineBreak, false, false,
                    betweenDigits));
            space = lineBreak = hyphen = apostrophe = false;
            i++;
        }
        return tokens.toArray(new Token[0]);
    }

    /** A dot right after a one-letter word: "a.m.", "p.m", "U.S.". */
    private static boolean isAbbreviationDot(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token previous = tokens.get(tokens.size() - 1);
        return previous.kind == Token.Kind.WORD && previous.text.length() == 1;
    }

    static boolean isSpace(char c) {
        if (c == ' ') {
            return true;
        }
        if (c > ' ' && c < 0x80) {
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
    }

    private static int chunkEnd(String text, int from) {
        int j = from;
        while (j < text.length() && !isSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /**
     * The end of an identifier starting at {@code from}, or -1: runs of letters and digits joined by single hyphens
     * or underscores, either three or more with one mixing letters and digits and two holding digits (UUIDs,
     * reference numbers, serial codes) or four or more holding digits (phone numbers, ISBNs). "1914-1918",
     * "2022-02-06", "mi-2022", "Covid-19" and "Q1-2023" are not and stay words and numbers.
     */
    /** "A1-B2-C3": anything shorter is no identifier, and most words are, so they are not scanned twice. */
    private static final int SHORTEST_IDENTIFIER = 8;

    private static int identifierEnd(String text, int from, int to) {
        int runs = 0;
        int runsWithDigits = 0;
        boolean mixed = false;
        int k = from;
        while (true) {
            int runStart = k;
            boolean letters = false;
            boolean digits = false;
            while (k < to && isWordChar(text.charAt(k))) {
                letters |= Character.isLetter(text.charAt(k));
                digits |= Character.isDigit(text.charAt(k));
                k++;
            }
            if (k == runStart) {
                return -1; // a separator doubled, leading or trailing: not an identifier's shape
            }
            runs++;
            runsWithDigits += digits ? 1 : 0;
            mixed |= letters && digits;
            boolean separator = k + 1 < to && (text.charAt(k) == '-' || text.charAt(k) == '_')
                    && isWordChar(text.charAt(k + 1));
            if (!separator) {
                break;
            }
            k++;
        }
        boolean code = runs >= 3 && mixed && runsWithDigits >= 2 || runsWithDigits >= 4;
        return code ? k : -1;
    }

    /** "https://…", "www.…" or "site.com/path…" anywhere in a whitespace-delimited chunk. */
    private static boolean isWebAddress(String text, int from, int to) {
        int start = from;
        while (start < to && !isWordChar(text.charAt(start))) {
            start++;
        }
        if (to - start >= 4 && text.regionMatches(true, start, "www.", 0, 4)) {
            return true;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ':' && k + 2 < to && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/') {
                return true;
            }
            if (c == '.' && isDomainThenSlash(text, k + 1, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDomainThenSlash(String text, int from, int to) {
        int letters = 0;
        int k = from;
        while (k < to && letters <= 6 && Character.isLetter(text.charAt(k))) {
            letters++;
            k++;
        }
        return letters >= 2 && letters <= 6 && k < to && text.charAt(k) == '/';
    }
}
