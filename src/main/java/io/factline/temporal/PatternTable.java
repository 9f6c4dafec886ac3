package io.factline.temporal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie of token patterns. A pattern is a space-separated list of elements: a literal ("semaine") or alternatives
 * ("dernier|passé", each tokenized like the text, so "aujourd'hui" is two tokens), a slot ({@code <month>}), an
 * optional element ({@code ?le}, {@code ?<year>}) or a leading context word ({@code ^for}) that must be present but is
 * not part of the expression. Matching walks the trie from one token, so its cost depends on the pattern lengths only.
 */
final class PatternTable {

    private record Entry(String pattern, Interpretation interpretation, int order) {
    }

    private record SlotEdge(Slot slot, Node next) {
    }

    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        Map<String, Node> context;
        final List<SlotEdge> slots = new ArrayList<>(0);
        final List<Entry> entries = new ArrayList<>(0);

        Node slot(Slot slot) {
            for (SlotEdge edge : slots) {
                if (edge.slot() == slot) {
                    return edge.next();
                }
            }
            Node next = new Node();
            slots.add(new SlotEdge(slot, next));
            return next;
        }
    }

    /** A match and the reading its interpretation accepted. */
    record Accepted(Match match, Reading reading) {
    }

    private record Candidate(Entry entry, int spanStart, int end, Match.Capture captures) {
    }

    private final Node root = new Node();
    private final Set<String> startWords = new HashSet<>();
    private final Lexicon lexicon;
    private int entries;

    PatternTable(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds a pattern, or several separated by " | ", all read by {@code interpretation}. */
    PatternTable add(String patterns, Interpretation interpretation) {
        for (String pattern : patterns.split(" \\| ")) {
            String[] elements = pattern.trim().split("\\s+");
            insert(root, elements, 0, new Entry(pattern, interpretation, entries++));
        }
        return this;
    }

    private void insert(Node node, String[] elements, int index, Entry entry) {
        if (index == elements.length) {
            node.entries.add(entry);
            return;
        }
        String element = elements[index];
        if (element.startsWith("?")) {
            insert(node, elements, index + 1, entry);
            element = element.substring(1);
        }
        if (element.startsWith("^")) {
            if (index != 0) {
                throw new IllegalArgumentException("context word not leading in " + entry.pattern());
            }
            for (String word : element.substring(1).split("\\|")) {
                if (node.context == null) {
                    node.context = new HashMap<>();
                }
                insert(node.context.computeIfAbsent(Folding.fold(Folding.lower(word)), key -> new Node()),
                        elements, index + 1, entry);
            }
            return;
        }
        if (element.startsWith("<")) {
            insert(node.slot(Slot.named(element.substring(1, element.length() - 1))), elements, index + 1, entry);
            return;
        }
        for (String alternative : element.split("\\|")) {
            Node current = node;
            for (Token token : Tokenizer.tokenize(alternative)) {
                current = current.literals.computeIfAbsent(literalKey(token), key -> new Node());
            }
            insert(current, elements, index + 1, entry);
        }
    }

    /**
     * A word joined by a hyphen in a pattern ("ce jour-là", "avant-hier") matches only a word joined by a hyphen in the
     * text, so that "cette semaine la liste" is not "cette semaine-là".
     */
    private static String literalKey(Token token) {
        return token.hyphenBefore ? HYPHENATED + token.norm : token.norm;
    }

    private static final String HYPHENATED = "-";

    /** Seals the table: afterwards ordinary words are skipped with one lookup instead of a walk. */
    PatternTable seal() {
        startWords.addAll(root.literals.keySet());
        if (root.context != null) {
            startWords.addAll(root.context.keySet());
        }
        startWords.addAll(lexicon.slotStartWords());
        return this;
    }

    /** The longest accepted match starting at token {@code start}, or null. */
    Accepted longestAt(Token[] tokens, int start, Extraction extraction) {
        Token first = tokens[start];
        if (first.kind == Token.Kind.WORD && !startWords.contains(first.norm) && !Slot.isRomanOrdinal(first.norm)) {
            return null;
        }
        List<Candidate> candidates = new ArrayList<>(4);
        walk(root, tokens, start, start, null, candidates);
        if (candidates.isEmpty()) {
            return null;
        }
        candidates.sort((a, b) -> a.end() != b.end() ? Integer.compare(b.end(), a.end())
                : Integer.compare(a.entry().order(), b.entry().order()));
        for (Candidate candidate : candidates) {
            if (candidate.spanStart() >= candidate.end() || isPartOfCompound(tokens, candidate.end())) {
                continue;
            }
            Match match = new Match(tokens, start, candidate.spanStart(), candidate.end(), candidate.captures());
            Reading reading = candidate.entry().interpretation().read(match, extraction);
            if (reading != null) {
                return new Accepted(match, reading);
            }
        }
        return null;
    }

    /** "a day-long meeting", "a 6-year-old": an expression hyphen-joined to the next word is part of a compound. */
    private static boolean isPartOfCompound(Token[] tokens, int end) {
        return end < tokens.length && tokens[end].hyphenBefore && tokens[end].isWord();
    }

    private void walk(Node node, Token[] tokens, int position, int spanStart, Match.Capture captures,
            List<Candidate> out) {
        for (Entry entry : node.entries) {
            out.add(new Candidate(entry, spanStart, position, captures));
        }
        if (position >= tokens.length) {
            return;
        }
        Token token = tokens[position];
        if (token.isOpaque()) {
            return;
        }
        if (node.context != null) {
            Node next = node.context.get(token.norm);
            if (next != null) {
                walk(next, tokens, position + 1, position + 1, captures, out);
            }
        }
        Node next = node.literals.get(token.norm);
        if (next != null) {
            walk(next, tokens, position + 1, spanStart, captures, out);
        }
        Node joined = token.hyphenBefore ? node.literals.get(HYPHENATED + token.norm) : null;
        if (joined != null) {
            walk(joined, tokens, position + 1, spanStart, captures, out);
        }
        for (SlotEdge edge : node.slots) {
            Slot.Filled filled = edge.slot().read(tokens, position, lexicon);
            if (filled != null) {
                walk(edge.next(), tokens, position + filled.length(), spanStart,
                        new Match.Capture(edge.slot(), filled.value(), captures), out);
            }
        }
    }
}
