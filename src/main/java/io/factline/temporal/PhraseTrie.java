package io.factline.temporal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Multi-word lexicon entries ("au début du", "a couple of") keyed by folded tokens; finds the longest at a position.
 */
final class PhraseTrie<V> {

    /** A phrase found in the text: its value and how many tokens it spans. */
    record Found<V>(V value, int length) {
    }

    private final Map<String, PhraseTrie<V>> children = new HashMap<>();
    private V value;

    /** Adds every "|"-separated variant of {@code phrases}, each tokenized like the text. */
    PhraseTrie<V> put(String phrases, V value) {
        for (String phrase : phrases.split("\\|")) {
            PhraseTrie<V> node = this;
            for (Token token : Tokenizer.tokenize(phrase.strip())) {
                node = node.children.computeIfAbsent(token.norm, key -> new PhraseTrie<>());
            }
            node.value = value;
        }
        return this;
    }

    Found<V> longestAt(Token[] tokens, int from) {
        Found<V> found = null;
        PhraseTrie<V> node = this;
        for (int i = from; i < tokens.length; i++) {
            node = node.children.get(tokens[i].norm);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                found = new Found<>(node.value, i - from + 1);
            }
        }
        return found;
    }

    /** The words that can begin a phrase of this trie. */
    Set<String> firstWords() {
        return children.keySet();
    }

    V get(String norm) {
        PhraseTrie<V> child = children.get(norm);
        return child == null ? null : child.value;
    }
}
