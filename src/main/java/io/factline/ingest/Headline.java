package io.factline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Titles and ids of machine-made events, derived from the sentence that reports them. */
public final class Headline {

    static final int MAX_TITLE = 120;
    static final int MAX_SLUG_WORDS = 6;
    static final int MAX_SLUG = 80;

    /** A clause boundary is only cut at when what comes before it is at least this long. */
    private static final int MIN_CLAUSE = 30;

    /**
     * Where a subordinate or appended clause starts: the main clause ends there. Checked on the folded text;
     * the first one far enough into the sentence wins.
     */
    private static final List<String> CLAUSE_BREAKS = List.of(
            "; ", " — ", " – ", " - ", " (", ": ",
            ", qui ", ", que ", ", qu'", ", alors que ", ", tandis que ", ", ou ", ", dont ", ", selon ", ", d'apres ",
            ", mais ", ", car ", ", parce que ", ", afin de ", ", avant de ", ", apres avoir ", ", lorsque ",
            ", which ", ", who ", ", while ", ", whereas ", ", as ", ", after ", ", before ", ", where ", ", when ",
            ", according to ", ", but ", ", because ", ", since ", ", saying ", ", adding ");

    private static final String OPENERS = "«“‘\"'([";

    /** Words a title must not end on once it has been cut short. */
    private static final java.util.Set<String> TRAILING = java.util.Set.of(
            "de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "et", "ou", "en", "un", "une", "sur",
            "dans", "par", "pour", "avec", "que", "qui", "ne", "se", "son", "sa", "ses", "leur", "leurs", "ce", "cette",
            "the", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "which",
            "its", "their", "his", "her", "as", "is", "was", "were", "be", "but");
    private static final String DANGLING = ",;:-–—«“‘\"'([/&";

    private Headline() {
    }

    /**
     * The main clause of {@code sentence}, trimmed on a word boundary to at most {@value #MAX_TITLE} characters,
     * without a final stop, a dangling comma or quote, or an unmatched quotation mark.
     */
    public static String title(String sentence) {
        return title(sentence, -1, -1);
    }

    /**
     * As {@link #title(String)}; when the sentence opens on its date ({@code dateStart}, {@code dateEnd}: UTF-16
     * indices of the dating expression in the sentence, or -1), the title leaves it out: the date is shown apart.
     */
    public static String title(String sentence, int dateStart, int dateEnd) {
        String text = sentence;
        if (dateStart >= 0 && dateEnd > dateStart && sentence.substring(0, dateStart).isBlank()) {
            String rest = sentence.substring(dateEnd);
            if (rest.startsWith(",")) {
                text = rest.substring(1);
            }
        }
        text = text.strip().replaceAll("\\s+", " ");
        text = stripLeading(text);
        String folded = Words.fold(text);
        int cut = text.length();
        for (String marker : CLAUSE_BREAKS) {
            int at = folded.indexOf(marker, MIN_CLAUSE);
            if (at >= MIN_CLAUSE && at < cut) {
                cut = at;
            }
        }
        text = text.substring(0, cut);
        if (text.codePointCount(0, text.length()) > MAX_TITLE) {
            int limit = text.offsetByCodePoints(0, MAX_TITLE);
            int space = text.lastIndexOf(' ', limit);
            text = dropTrailingWords(text.substring(0, space > 0 ? space : limit));
        }
        text = balanceQuotes(text);
        text = stripTrailing(text);
        if (text.isEmpty()) {
            text = stripTrailing(sentence.strip());
        }
        return capitalise(text);
    }

    /** A readable id: the date value and the first content words of the title, ASCII, lower case, '-'. */
    public static String slug(String dateValue, String title) {
        List<String> words = new ArrayList<>();
        for (String word : Words.contentWords(title)) {
            String ascii = word.replaceAll("[^a-z0-9]", "");
            if (!ascii.isEmpty() && !words.contains(ascii)) {
                words.add(ascii);
            }
            if (words.size() == MAX_SLUG_WORDS) {
                break;
            }
        }
        StringBuilder slug = new StringBuilder(dateValue.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        for (String word : words) {
            if (slug.length() + 1 + word.length() > MAX_SLUG) {
                break;
            }
            slug.append('-').append(word);
        }
        String id = slug.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        return id.isEmpty() ? "event" : id;
    }

    /** Drops the function words ("de la", "of the") a cut left at the end, keeping at least one word. */
    private static String dropTrailingWords(String text) {
        String result = stripTrailing(text);
        while (true) {
            int space = result.lastIndexOf(' ');
            if (space <= 0) {
                return result;
            }
            String last = Words.fold(result.substring(space + 1)).replaceAll("[^\\p{L}]", "");
            int apostrophe = last.indexOf('\'');
            if (!TRAILING.contains(last) && !(apostrophe >= 0 && TRAILING.contains(last.substring(0, apostrophe)))) {
                return result;
            }
            result = stripTrailing(result.substring(0, space));
        }
    }

    private static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || "-–—•*>".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return text.substring(i);
    }

    private static String stripTrailing(String text) {
        String result = text.strip();
        boolean changed = true;
        while (changed && !result.isEmpty()) {
            changed = false;
            char last = result.charAt(result.length() - 1);
            if (DANGLING.indexOf(last) >= 0 || last == '.' || last == '!' || last == '?' || last == '…'
                    || Character.isWhitespace(last)) {
                result = result.substring(0, result.length() - 1).strip();
                changed = true;
            }
        }
        return result;
    }

    /** Drops quotation marks that open or close nothing within the title. */
    private static String balanceQuotes(String text) {
        text = dropUnbalanced(text, '«', '»');
        text = dropUnbalanced(text, '“', '”');
        text = dropUnbalanced(text, '(', ')');
        long straight = text.chars().filter(c -> c == '"').count();
        if (straight % 2 == 1) {
            text = text.replace("\"", "");
        }
        return text.replaceAll("\\s{2,}", " ").strip();
    }

    private static String dropUnbalanced(String text, char open, char close) {
        int depth = 0;
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> openAt = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                openAt.add(out.length());
                depth++;
                out.append(c);
            } else if (c == close) {
                if (depth == 0) {
                    continue;
                }
                depth--;
                openAt.remove(openAt.size() - 1);
                out.append(c);
            } else {
                out.append(c);
            }
        }
        for (int k = openAt.size() - 1; k >= 0; k--) {
            out.deleteCharAt(openAt.get(k));
        }
        return out.toString();
    }

    private static String capitalise(String text) {
        if (text.isEmpty() || OPENERS.indexOf(text.charAt(0)) >= 0) {
            return text;
        }
        int first = text.codePointAt(0);
        return new String(Character.toChars(Character.toUpperCase(first))) + text.substring(Character.charCount(first));
    }
}
