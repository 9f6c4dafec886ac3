package io.factline.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Folding and content words of French and English news text, for matching names and comparing wordings. */
final class Words {

    /** Function words of both languages: they say nothing about which event a sentence reports. */
    private static final Set<String> STOPWORDS = Set.copyOf(List.of(
            // French
            "les", "des", "une", "est", "sont", "ont", "aux", "par", "pour", "dans", "sur", "avec", "sans", "que",
            "qui", "dont", "mais", "car", "donc", "ses", "son", "sa", "leur", "leurs", "ces", "cet", "cette", "ete",
            "etre", "avoir", "avait", "avaient", "etait", "etaient", "sera", "seront", "fait", "plus", "moins", "tres",
            "aussi", "comme", "apres", "avant", "depuis", "lors", "selon", "entre", "vers", "chez", "tout", "tous",
            "toute", "toutes", "elle", "elles", "ils", "nous", "vous", "lui", "eux", "notre", "nos", "votre", "vos",
            "meme", "ainsi", "alors", "encore", "deja", "pas", "peut", "doit", "qu", "quil", "quelle", "ont",
            "cela", "ceci", "celui", "celle", "ceux", "ici", "sous", "contre", "pendant", "jusqu", "afin", "dit",
            "declare", "affirme", "indique", "selon", "ainsi", "autre", "autres", "deux", "trois",
            // English
            "the", "and", "for", "are", "was", "were", "has", "have", "had", "been", "being", "with", "from", "that",
            "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while", "will",
            "would", "could", "should", "can", "may", "might", "its", "their", "they", "them", "his", "her", "she",
            "him", "our", "your", "you", "not", "but", "than", "then", "there", "into", "onto", "over", "under",
            "about", "after", "before", "since", "also", "more", "most", "such", "said", "says", "told", "other",
            "all", "any", "some", "one", "two", "three", "out", "off", "per", "via", "did", "does", "how", "why",
            "still", "just", "only", "very", "upon", "amid", "against", "during", "between"));

    private Words() {
    }

    /** Lower case without diacritics, typographic apostrophes and dashes made plain, one output char per input. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(foldChar(text.charAt(i)));
        }
        return out.toString();
    }

    /**
     * Folds one UTF-16 unit to one char, so that offsets in the folded text are offsets in the original. Letters
     * with diacritics lose them; ligatures and letters that do not decompose stay as they are, lower-cased.
     */
    static char foldChar(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '\u02bc': case '\u00b4': case '`':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014':
                return '-';
            case '\u00a0': case '\u202f': case '\u2009':
                return ' ';
            default:
                break;
        }
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        return Character.toLowerCase(base);
    }

    /** True for the characters words are made of. */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Folded words of at least three letters (or any number) that are not function words, in text order. */
    static List<String> contentWords(String text) {
        String folded = fold(text).replace("œ", "oe").replace("æ", "ae");
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (!isWordChar(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.length() && isWordChar(folded.charAt(i))) {
                i++;
            }
            String word = folded.substring(start, i);
            boolean number = Character.isDigit(word.charAt(0));
            if ((number || word.length() >= 3) && !STOPWORDS.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    static boolean isStopword(String foldedWord) {
        return STOPWORDS.contains(foldedWord) || foldedWord.length() < 3;
    }

    /** |a ∩ b| / |a ∪ b| of two word sets; 0 when both are empty. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new LinkedHashSet<>(a);
        union.addAll(b);
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / union.size();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
