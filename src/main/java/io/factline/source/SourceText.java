package io.factline.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalInt;

/**
 * A source text addressed in Unicode code points, the unit citation offsets use (Java strings index UTF-16
 * units, which differ as soon as a text holds a character outside the Basic Multilingual Plane).
 */
public final class SourceText {

    /** Characters of context kept on each side of a quote (W3C Web Annotation text-quote selector). */
    public static final int CONTEXT_LENGTH = 32;

    private final String text;

    /** Code-point count, computed once. */
    private final int length;

    /** UTF-16 index of each code-point offset (length + 1 entries); null when the two are the same. */
    private final int[] utf16;

    public SourceText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            this.utf16 = null;
        } else {
            this.utf16 = new int[length + 1];
            int index = 0;
            for (int codePoint = 0; codePoint < length; codePoint++) {
                utf16[codePoint] = index;
                index += Character.charCount(text.codePointAt(index));
            }
            utf16[length] = text.length();
        }
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** The code points [start, end). */
    public String slice(int start, int end) {
        if (start < 0 || end < start || end > length) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + length + " code points");
        }
        return text.substring(index(start), index(end));
    }

    /** UTF-16 index of the code-point offset {@code offset}, in constant time. */
    private int index(int offset) {
        return utf16 == null ? offset : utf16[offset];
    }

    /** Code-point offset of the {@code occurrence}-th (1-based) occurrence of {@code quote}, if there is one. */
    public OptionalInt find(String quote, int occurrence) {
        return find(quote, occurrence, 0);
    }

    /** As {@link #find(String, int)}, looking only at or after the code-point offset {@code from}. */
    public OptionalInt find(String quote, int occurrence, int from) {
        if (quote.isEmpty() || occurrence < 1) {
            return OptionalInt.empty();
        }
        int index = index(from) - 1;
        for (int seen = 0; seen < occurrence; seen++) {
            index = text.indexOf(quote, index + 1);
            if (index < 0) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(utf16 == null ? index : text.codePointCount(0, index));
    }

    /** How many times {@code quote} occurs, overlapping occurrences included. */
    public int count(String quote) {
        int count = 0;
        for (int index = text.indexOf(quote); index >= 0; index = text.indexOf(quote, index + 1)) {
            count++;
        }
        return count;
    }

    /** Up to {@link #CONTEXT_LENGTH} code points just before {@code start}. */
    public String prefix(int start) {
        return slice(Math.max(0, start - CONTEXT_LENGTH), start);
    }

    /** Up to {@link #CONTEXT_LENGTH} code points just after {@code end}. */
    public String suffix(int end) {
        return slice(end, Math.min(length(), end + CONTEXT_LENGTH));
    }

    public String sha256() {
        return sha256(text);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(newSha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A new SHA-256 digest, the one hash Factline uses (source identity, entity tags, seed inputs, CSP hashes). */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }
}
