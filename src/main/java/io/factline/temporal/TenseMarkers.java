package io.factline.temporal;

/** The verb forms of one language that reveal the tense of a clause. */
interface TenseMarkers {

    /** The tense that token {@code k} signals in its clause, or null when it signals none. */
    Tense at(Token[] tokens, int k, boolean startsSentence);

    /**
     * The tense token {@code k} gives an expression written before it. Usually the same; a past verb of intent
     * ("Clinton Saturday vowed to…") dates the vow, while after it ("vowed to strike on Saturday") the intent's time.
     */
    default Tense forExpressionBefore(Token[] tokens, int k, Tense tense) {
        return tense;
    }
}
