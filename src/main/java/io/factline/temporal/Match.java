package io.factline.temporal;

/** Where a grammar pattern matched and what its slots read. */
final class Match {

    /** One filled slot; captures form a list from the last to the first. */
    record Capture(Slot slot, Object value, Capture previous) {
    }

    final Token[] tokens;
    /** First token of the match, context words included. */
    final int start;
    /** First token of the expression proper: after the leading context words marked "^" in the pattern. */
    final int spanStart;
    /** Token index just past the match. */
    final int end;
    private final Capture captures;

    Match(Token[] tokens, int start, int spanStart, int end, Capture captures) {
        this.tokens = tokens;
        this.start = start;
        this.spanStart = spanStart;
        this.end = end;
        this.captures = captures;
    }

    boolean has(Slot slot) {
        return find(slot) != null;
    }

    @SuppressWarnings("unchecked")
    <T> T get(Slot slot) {
        Capture capture = find(slot);
        return capture == null ? null : (T) capture.value();
    }

    int number(Slot slot) {
        return this.<Integer>get(slot);
    }

    Token first() {
        return tokens[spanStart];
    }

    Token before() {
        return start > 0 ? tokens[start - 1] : null;
    }

    Token before(int distance) {
        return start - distance >= 0 ? tokens[start - distance] : null;
    }

    Token after() {
        return end < tokens.length ? tokens[end] : null;
    }

    /** How many times {@code slot} was filled: "à 21 heures 30" fills NUMBER twice. */
    int count(Slot slot) {
        int n = 0;
        for (Capture c = captures; c != null; c = c.previous()) {
            n += c.slot() == slot ? 1 : 0;
        }
        return n;
    }

    /** The last capture of {@code slot} in pattern order. */
    int lastNumber(Slot slot) {
        for (Capture c = captures; c != null; c = c.previous()) {
            if (c.slot() == slot) {
                return (Integer) c.value();
            }
        }
        throw new IllegalStateException("no " + slot);
    }

    /** The first capture of {@code slot} in pattern order (captures are chained last to first). */
    private Capture find(Slot slot) {
        Capture first = null;
        for (Capture c = captures; c != null; c = c.previous()) {
            if (c.slot() == slot) {
                first = c;
            }
        }
        return first;
    }
}
