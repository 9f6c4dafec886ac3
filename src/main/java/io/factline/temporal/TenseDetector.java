package io.factline.temporal;

/**
 * Finds the tense of the clause around an expression: the nearest tense marker on either side within the sentence.
 * A comma counts as several words, so that a marker in the same clause beats one across a comma. Looking ahead
 * stops where a quotation or an aside closes (the reporting verb after a quote is not the quote's tense) and where
 * a subordinate clause opens without a comma ("Thursday as he was about to leave").
 */
final class TenseDetector {

    private static final int WINDOW = 16;
    private static final int COMMA_DISTANCE = 3;

    private TenseDetector() {
    }

    static Tense around(Extraction extraction, int start, int end) {
        Token[] tokens = extraction.tokens();
        Tense nearest = Tense.NONE;
        int nearestDistance = Integer.MAX_VALUE;
        int distance = 0;
        for (int k = start - 1; k >= 0 && distance < WINDOW; k--) {
            Token token = tokens[k];
            if (token.isClauseBreak() || extraction.startsCoordinatedClause(k)) {
                break;
            }
            distance += token.isPunct(',') ? COMMA_DISTANCE : 1;
            Tense tense = extraction.tenseMarkerAt(k);
            if (tense != null) {
                nearest = tense;
                nearestDistance = distance;
                break;
            }
            if (token.lineBreakBefore) {
                break;
            }
        }
        distance = 0;
        for (int k = end; k < tokens.length && distance < WINDOW; k++) {
            Token token = tokens[k];
            if (token.isClauseBreak() || token.lineBreakBefore || extraction.startsCoordinatedClause(k)
                    || extraction.endsQuotationOrAside(k) || extraction.startsSubordinateClause(k)) {
                break;
            }
            distance += token.isPunct(',') ? COMMA_DISTANCE : 1;
            if (distance >= nearestDistance) {
                break;
            }
            Tense tense = extraction.tenseMarkerAt(k);
            if (tense != null) {
                return extraction.tenseForExpressionBefore(k, tense);
            }
        }
        return nearest;
    }
}
