package io.factline.temporal.eval;

/**
 * Tallies of one evaluation slice (a corpus, a language, a category) and the figures derived from them.
 *
 * <p>Detection: a dated system timex (a DATE with an interval) matches a required gold expression when their spans
 * overlap (one-to-one). Precision counts every matched system timex against every false positive; recall counts
 * matches against the required gold. Value: a match is correct when its earliest and latest equal the gold's.
 */
public final class Counts {

    int documents;
    /** Required gold expressions (they all carry an interval). */
    int goldRequired;
    /** Gold expressions not scored for recall: durations, sets, vague, seasons, centuries, holidays, negatives. */
    int goldNotRequired;
    /** Required gold expressions matched by an overlapping dated system timex. */
    int matched;
    /** Matches whose span is exactly the gold's. */
    int exactSpan;
    /** Matches whose interval is exactly the gold's. */
    int valueCorrect;
    /** Dated system timexes that count against precision. */
    int falsePositives;
    /** Non-required gold expressions some dated system timex overlaps (scored or not: see the error list). */
    int notRequiredDated;
    /** Durations or sets given an interval (a system DURATION/SET with dates, or a dated timex on a gold one). */
    int datedDurationOrSet;
    /** Vague references (PRESENT_REF...) given an interval. */
    int datedVague;
    /** System timexes whose offsets do not slice their own text. */
    int badOffsets;
    /** Documents on which the system threw. */
    int crashes;

    void add(Counts o) {
        documents += o.documents;
        goldRequired += o.goldRequired;
        goldNotRequired += o.goldNotRequired;
        matched += o.matched;
        exactSpan += o.exactSpan;
        valueCorrect += o.valueCorrect;
        falsePositives += o.falsePositives;
        notRequiredDated += o.notRequiredDated;
        datedDurationOrSet += o.datedDurationOrSet;
        datedVague += o.datedVague;
        badOffsets += o.badOffsets;
        crashes += o.crashes;
    }

    public int documents() {
        return documents;
    }

    public int goldRequired() {
        return goldRequired;
    }

    public int goldNotRequired() {
        return goldNotRequired;
    }

    public int matched() {
        return matched;
    }

    public int exactSpan() {
        return exactSpan;
    }

    public int valueCorrect() {
        return valueCorrect;
    }

    public int falsePositives() {
        return falsePositives;
    }

    public int notRequiredDated() {
        return notRequiredDated;
    }

    public int datedDurationOrSet() {
        return datedDurationOrSet;
    }

    public int datedVague() {
        return datedVague;
    }

    public int badOffsets() {
        return badOffsets;
    }

    public int crashes() {
        return crashes;
    }

    /** Dated system timexes that were scored: the matches plus the false positives. */
    public int systemScored() {
        return matched + falsePositives;
    }

    public double detectionPrecision() {
        return ratio(matched, systemScored());
    }

    public double detectionRecall() {
        return ratio(matched, goldRequired);
    }

    public double detectionF1() {
        return f1(detectionPrecision(), detectionRecall());
    }

    /** Share of matches whose span is exactly the gold's. */
    public double strictSpanAccuracy() {
        return ratio(exactSpan, matched);
    }

    public double valuePrecision() {
        return ratio(valueCorrect, systemScored());
    }

    public double valueRecall() {
        return ratio(valueCorrect, goldRequired);
    }

    public double valueF1() {
        return f1(valuePrecision(), valueRecall());
    }

    /** An empty denominator means nothing was asked (or nothing was claimed): 1.0. */
    static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 1.0 : (double) numerator / denominator;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** One-line summary for test output. */
    public String summary() {
        return String.format(
                "docs=%d gold=%d matched=%d fp=%d | detection P=%.3f R=%.3f | strict span=%.3f | value P=%.3f R=%.3f F1=%.3f"
                        + " | dated durations/sets=%d vague=%d bad offsets=%d crashes=%d",
                documents, goldRequired, matched, falsePositives, detectionPrecision(), detectionRecall(),
                strictSpanAccuracy(), valuePrecision(), valueRecall(), valueF1(), datedDurationOrSet, datedVague,
                badOffsets, crashes);
    }
}
