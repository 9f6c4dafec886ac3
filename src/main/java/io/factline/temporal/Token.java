package io.factline.temporal;

/** One word, number or punctuation mark of the text, with the spacing that preceded it. */
final class Token {

    enum Kind {
        WORD,
        NUMBER,
        /** Letters and digits mixed: "1er", "Q1", "1990s", "20th". */
        ALNUM,
        PUNCT,
        /** A whole web address: never part of an expression, and it ends a clause. */
        URL,
        /** An identifier such as a UUID or a reference number: never part of an expression. */
        CODE
    }

    final String text;
    /** Lower case, accents kept: verb endings such as "é" need them. */
    final String lower;
    /** Lower case, accents folded: the key for every lexicon. */
    final String norm;
    /** UTF-16 offsets into the text, end exclusive. */
    final int start;
    final int end;
    final Kind kind;
    final boolean spaceBefore;
    final boolean lineBreakBefore;
    /** Joined to the previous token by a hyphen with no space: "mi-mars", "avant-hier". */
    final boolean hyphenBefore;
    /** Joined to the previous token by an apostrophe: the "été" of "l'été". */
    final boolean apostropheBefore;
    /**
     * A "." or "," between two digits ("9.1", "1,5"), or the dot of an abbreviation after a single letter ("a.m.",
     * "U.S."): part of a word or number, not the end of a sentence.
     */
    final boolean betweenDigits;

    Token(String text, int start, Kind kind, boolean spaceBefore, boolean lineBreakBefore,
            boolean hyphenBefore, boolean apostropheBefore) {
        this(text, start, kind, spaceBefore, lineBreakBefore, hyphenBefore, apostropheBefore, false);
    }

    Token(String text, int start, Kind kind, boolean spaceBefore, boolean lineBreakBefore,
            boolean hyphenBefore, boolean apostropheBefore, boolean betweenDigits) {
        this.text = text;
        this.lower = Folding.lower(text);
        this.norm = Folding.fold(lower);
        this.start = start;
        this.end = start + text.length();
        this.kind = kind;
        this.spaceBefore = spaceBefore;
        this.lineBreakBefore = lineBreakBefore;
        this.hyphenBefore = hyphenBefore;
        this.apostropheBefore = apostropheBefore;
        this.betweenDigits = betweenDigits;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** The value of a number token of at most nine digits, or -1. */
    int intValue() {
        if (kind != Kind.NUMBER || text.length() > 9) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    /** A web address or an identifier: nothing inside it is read. */
    boolean isOpaque() {
        return kind == Kind.URL || kind == Kind.CODE;
    }

    /** Ends a sentence or clause for tense purposes: full stops, semicolons, colons, web addresses. */
    boolean isClauseBreak() {
        if (kind == Kind.URL) {
            return true;
        }
        if (kind != Kind.PUNCT || betweenDigits) {
            return false;
        }
        char c = text.charAt(0);
        return c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '…';
    }

    @Override
    public String toString() {
        return text;
    }
}
