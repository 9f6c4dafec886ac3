package io.factline.temporal;

import java.util.Locale;

/** Lower-case, diacritic-free keys, so that "août", "aout" and "AOÛT" find the same lexicon entry. */
final class Folding {

    private Folding() {
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Folds an already lower-cased word; returns the same instance when there is nothing to fold. */
    static String fold(String lower) {
        StringBuilder folded = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String replacement = replacement(c);
            if (replacement == null) {
                if (folded != null) {
                    folded.append(c);
                }
                continue;
            }
            if (folded == null) {
                folded = new StringBuilder(lower.length() + 2).append(lower, 0, i);
            }
            folded.append(replacement);
        }
        return folded == null ? lower : folded.toString();
    }

    private static String replacement(char c) {
        if (c < 0xC0) {
            return null;
        }
        switch (c) {
            case 'à': case 'â': case 'ä': case 'á': case 'ã': case 'å':
                return "a";
            case 'ç':
                return "c";
            case 'é': case 'è': case 'ê': case 'ë':
                return "e";
            case 'î': case 'ï': case 'í': case 'ì':
                return "i";
            case 'ô': case 'ö': case 'ó': case 'ò': case 'õ':
                return "o";
            case 'ù': case 'û': case 'ü': case 'ú':
                return "u";
            case 'ÿ': case 'ý':
                return "y";
            case 'ñ':
                return "n";
            case 'œ':
                return "oe";
            case 'æ':
                return "ae";
            default:
                return null;
        }
    }
}
