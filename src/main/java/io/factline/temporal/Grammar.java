package io.factline.temporal;

/** Everything needed to read one language: its lexicon, its patterns and its tense markers. Built once, shared. */
final class Grammar {

    private static final Grammar FRENCH = FrenchGrammar.create();
    private static final Grammar ENGLISH = EnglishGrammar.create();

    final Lexicon lexicon;
    final PatternTable patterns;
    final TenseMarkers tenseMarkers;

    Grammar(Lexicon lexicon, PatternTable patterns, TenseMarkers tenseMarkers) {
        this.lexicon = lexicon;
        this.patterns = patterns;
        this.tenseMarkers = tenseMarkers;
    }

    static Grammar of(Language language) {
        return language == Language.EN ? ENGLISH : FRENCH;
    }
}
