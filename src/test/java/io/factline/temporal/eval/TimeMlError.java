package io.factline.temporal.eval;

import io.factline.temporal.Timex;
import java.util.Locale;

/**
 * One disagreement between the system and a TimeML gold.
 *
 * @param kind     what went wrong
 * @param document the document id
 * @param gold     the gold TIMEX3, or null (a spurious system timex, a crash)
 * @param system   the system timex, or null (a miss, a crash)
 * @param context  the text around the expression, ±40 code points, the expression between {@code [[ ]]}
 */
public record TimeMlError(Kind kind, String document, TimeMlDocument.Timex3 gold, Timex system, String context) {

    public enum Kind {
        /** A gold TIMEX3 no system timex overlaps (one-to-one). */
        MISSED,
        /** A system timex overlapping no gold TIMEX3 left unaligned. */
        SPURIOUS,
        /** Aligned, but the values differ (case aside). */
        WRONG_VALUE,
        /** Aligned, but the type names differ. */
        WRONG_TYPE,
        /** Aligned by overlap, but the spans differ: relaxed, not strict. */
        WRONG_EXTENT,
        /** The system threw on this document: every gold TIMEX3 of it counts as missed; context holds the message. */
        CRASH
    }

    static final int CONTEXT = 40;

    /** One line: kind, document, gold, system, context. */
    public String describe() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-11s %-22s", kind, document));
        sb.append(" gold ").append(gold == null ? "-" : String.format(Locale.ROOT, "\"%s\" @%d-%d %s %s%s",
                gold.text(), gold.start(), gold.end(), gold.type(), gold.value(),
                gold.mod() == null ? "" : " mod=" + gold.mod()));
        sb.append(" | sys ").append(system == null ? "-" : String.format(Locale.ROOT, "\"%s\" @%d-%d %s %s%s",
                system.text(), system.start(), system.end(), system.type() == null ? null : system.type().name(),
                system.value(), system.rule() == null ? "" : " rule=" + system.rule()));
        sb.append(" | ").append(context);
        return sb.toString();
    }

    /** The text from 40 code points before {@code start} to 40 after {@code end}, on one line. */
    static String context(TimeMlDocument document, int start, int end) {
        String before = document.slice(start - CONTEXT, start);
        String inside = document.slice(start, end);
        String after = document.slice(end, end + CONTEXT);
        return oneLine(before) + "[[" + oneLine(inside) + "]]" + oneLine(after);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
