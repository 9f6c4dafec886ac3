package io.factline.temporal;

import java.util.ArrayList;
import java.util.List;

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
        return find(slot, 0) != null;
    }

    @SuppressWarnings("unchecked")
    <T> T get(Slot slot) {
        Capture capture = find(slot, 0);
        return capture == null ? null : (T) capture.value();
    }

    int number(Slot slot) {
        return this.<Integer>get(slot);
    }

    /** The value of the second {@code slot} of the pattern, as in "dans la nuit de lundi à mardi". */
    @SuppressWarnings("unchecked")
    <T> T getSecond(Slot slot) {
        Capture capture = find(slot, 1);
        return capture == null ? null : (T) capture.value();
    }

    /** True when the pattern's literal words include {@code norm} (e.g. to tell "dernier" from "prochain"). */
    boolean contains(String norm) {
        for (int i = spanStart; i < end; i++) {
            if (tokens[i].norm.equals(norm)) {
                return true;
            }
        }
        return false;
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

    Token after(int distance) {
        return end + distance - 1 < tokens.length ? tokens[end + distance - 1] : null;
    }

    /** The {@code index}-th capture of {@code slot} in pattern order (captures are chained last to first). */
    private Capture find(Slot slot, int index) {
        List<Capture> inOrder = new ArrayList<>(2);
        for (Capture c = captures; c != null; c = c.previous()) {
            if (c.slot() == slot) {
                inOrder.add(0, c);
            }
        }
        return index < inOrder.size() ? inOrder.get(index) : null;
    }
}
