package io.factline.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key of the last item of a page, encoded so that clients pass it back
 * without reading it. A page that follows a cursor starts strictly after that key.
 */
public final class Cursor {

    private static final String VERSION = "v1";
    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(List<String> key) {
        String raw = VERSION + SEPARATOR + String.join(String.valueOf(SEPARATOR), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of {@code value}; a 400 problem when it is not a cursor this API issued. */
    public static List<String> decode(String name, String value, int parts) {
        return decode(name, value, parts, parts);
    }

    /**
     * The key parts of {@code value}, of which there are {@code fewest} to {@code most} (a key that gained a part
     * still reads the cursors issued before); a 400 problem when it is not a cursor this API issued.
     */
    public static List<String> decode(String name, String value, int fewest, int most) {
        String[] split;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            split = raw.split(String.valueOf(SEPARATOR), -1);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "not a cursor returned by this API");
        }
        if (split.length < fewest + 1 || split.length > most + 1 || !VERSION.equals(split[0])) {
            throw ProblemException.invalidParameter(name, "not a cursor returned by this API");
        }
        return Arrays.asList(split).subList(1, split.length);
    }
}
