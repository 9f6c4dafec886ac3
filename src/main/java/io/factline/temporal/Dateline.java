package io.factline.temporal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline that opens a wire story or a regional paper's article: the place in capitals, perhaps a region, the
 * date and the agency, then a dash ("KYIV, March 3 (Reuters) - ", "PARIS, Texas, Nov 8 (AP) — ", "KIEV, 3 mars (AFP)
 * - ", "STRASBOURG. _ "), or the place in lower case with a date and an agency ("Paris, 7 juin 2023 (AFP) - "). It says where and when the story was filed, not when anything in it happened.
 */
public final class Dateline {

    /** Capitals, then either a date or an agency, then a dash. */
    private static final Pattern WIRE = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Lu}\\p{M}'’.-]+(?: \\p{Lu}[\\p{Lu}\\p{M}'’.-]+)*"
                    + "(?:, \\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*)*)?"
                    + "(,\\s*[\\p{L}\\p{N} .]{1,24}?)?\\s*(\\([^()\\n]{1,40}\\))?\\s*(?:--|[-–—_])\\s+");
    /** A place written in lower case, a date and an agency in brackets: "Paris, 7 juin 2023 (AFP) - ". */
    private static final Pattern TITLED = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Ll}\\p{M}'’.-]+(?:[ -]\\p{Lu}[\\p{Ll}\\p{M}'’.-]+)*"
                    + ",\\s*[\\p{L}\\p{N} .]{1,24}?\\s*\\(\\p{Lu}[^()\\n]{0,30}\\)\\s*(?:--|[-–—])\\s+");
    /** Capitals, a full stop or nothing, then a dash or an underscore: "EPINAL. _ ", "PONT-A-MOUSSON.- ". */
    private static final Pattern REGIONAL = Pattern.compile(
            "\\s*\\p{Lu}[\\p{Lu}'’-]*(?:[ -]\\p{Lu}[\\p{Lu}'’-]*)*\\s*\\.?\\s*[-_–—]+,?\\s+");
    /** A dateline is short: the search for one never reads further into a line. */
    private static final int REACH = 100;

    private Dateline() {
    }

    /** The end (UTF-16 index) of the dateline that starts at {@code from} in {@code text}, or -1 if none does. */
    public static int end(CharSequence text, int from) {
        int first = from;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first + 1 >= text.length() || !Character.isUpperCase(text.charAt(first))) {
            return -1; // the cheap test first: a dateline opens with a capital
        }
        int to = Math.min(text.length(), from + REACH);
        if (!Character.isUpperCase(text.charAt(first + 1))) {
            Matcher titled = TITLED.matcher(text).region(from, to);
            return titled.lookingAt() ? titled.end() : -1;
        }
        Matcher wire = WIRE.matcher(text).region(from, to);
        if (wire.lookingAt() && (wire.group(1) != null || wire.group(2) != null)) {
            return wire.end();
        }
        Matcher regional = REGIONAL.matcher(text).region(from, to);
        return regional.lookingAt() ? regional.end() : -1;
    }

    /** {@code text} without the dateline it opens with, if any. */
    public static String strip(String text) {
        int end = end(text, 0);
        return end < 0 ? text : text.substring(end);
    }
}
