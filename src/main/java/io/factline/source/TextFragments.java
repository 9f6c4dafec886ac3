package io.factline.source;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Builds URL text fragments ({@code #:~:text=}) that make a browser scroll to and highlight a quote. */
public final class TextFragments {

    /** Quotes longer than this many words are linked by their first and last words (textStart,textEnd). */
    static final int MAX_WORDS_VERBATIM = 12;
    static final int EDGE_WORDS = 5;

    private TextFragments() {
    }

    /** {@code url} with a fragment directive pointing at {@code quote}; null when there is no URL. */
    public static String link(String url, String quote) {
        if (url == null || url.isBlank()) {
            return null;
        }
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String[] words = quote.strip().split("\\s+");
        String directive;
        if (words.length <= MAX_WORDS_VERBATIM) {
            directive = encode(String.join(" ", words));
        } else {
            String start = String.join(" ", Arrays.copyOfRange(words, 0, EDGE_WORDS));
            String end = String.join(" ", Arrays.copyOfRange(words, words.length - EDGE_WORDS, words.length));
            directive = encode(start) + "," + encode(end);
        }
        return base + "#:~:text=" + directive;
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters; '-', ',' and '&' are syntax here. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
