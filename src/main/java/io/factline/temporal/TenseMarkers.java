package io.factline.temporal;

/** The verb forms of one language that reveal the tense of a clause. */
interface TenseMarkers {

    /** The tense that token {@code k} signals in its clause, or null when it signals none. */
    Tense at(Token[] tokens, int k, boolean startsSentence);
}
