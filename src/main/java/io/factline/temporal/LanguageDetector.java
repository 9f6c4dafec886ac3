package io.factline.temporal;

import java.util.Set;

/** Guesses French or English by counting frequent function words in the first part of a text. */
final class LanguageDetector {

    private static final int MAX_TOKENS = 3000;
    private static final Set<String> FRENCH = Lexicon.words("le", "la", "les", "des", "du", "est", "et", "une", "dans",
            "pour", "que", "qui", "sur", "pas", "au", "aux", "avec", "ce", "cette", "il", "elle", "ont", "été", "par",
            "d", "l", "un", "de", "sont", "mais", "ou", "leur", "nous", "selon", "après", "depuis");
    private static final Set<String> ENGLISH = Lexicon.words("the", "and", "of", "to", "is", "was", "in", "that", "for",
            "on", "with", "as", "by", "it", "are", "were", "has", "have", "said", "from", "this", "which", "be",
            "but", "not", "will", "they", "their", "an", "at", "he", "she", "after", "would");

    private LanguageDetector() {
    }

    static Language detect(String text) {
        if (text == null || text.isEmpty()) {
            return Language.FR;
        }
        Token[] tokens = Tokenizer.tokenize(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        int french = 0;
        int english = 0;
        for (int i = 0; i < tokens.length && i < MAX_TOKENS; i++) {
            String word = tokens[i].lower;
            if (FRENCH.contains(word)) {
                french++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return english > french && english >= 2 ? Language.EN : Language.FR;
    }
}
