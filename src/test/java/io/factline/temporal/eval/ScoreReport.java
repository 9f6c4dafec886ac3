package io.factline.temporal.eval;

import io.factline.temporal.TemporalResolver;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Prints the scores of {@link TemporalResolver} on the seed gold, the dev corpus, the held-out corpus and all of them.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java@temporal-score                                  # tables
 * ./mvnw -q -B test-compile exec:java@temporal-score -Dexec.args="--errors"            # plus every error
 * ./mvnw -q -B test-compile exec:java@temporal-score -Dexec.args="--errors --only=dev" # errors of one corpus
 * </pre>
 * Options: {@code --errors} lists the errors (expected vs got, with the rule the system reported);
 * {@code --only=seed|dev|heldout} restricts that list to one corpus; {@code --kinds=MISSED,WRONG_VALUE,...}
 * restricts it to some kinds (default: every kind but SPAN; {@code --kinds=ALL} for all);
 * {@code --self-check} scores the gold against itself instead of the resolver (every figure must be 1.000, 0 errors).
 */
public final class ScoreReport {

    private ScoreReport() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        boolean showErrors = Arrays.asList(args).contains("--errors");
        boolean selfCheck = Arrays.asList(args).contains("--self-check");
        String only = option(args, "--only=");
        Set<EvalError.Kind> kinds = kinds(option(args, "--kinds="));

        Map<String, List<GoldDocument>> corpora = new LinkedHashMap<>();
        corpora.put(Corpus.SEED, Corpus.seed());
        corpora.put(Corpus.DEV, Corpus.dev());
        corpora.put(Corpus.HELDOUT, Corpus.heldOut());

        out.println("Temporal resolver evaluation (project root " + Corpus.projectRoot() + ")");
        out.println();
        printCorpusSummary(out, corpora);

        TemporalResolver resolver = new TemporalResolver();
        List<Evaluation> evaluations = new ArrayList<>();
        if (selfCheck) {
            out.println();
            out.println("SELF-CHECK: scoring the gold against itself, not the resolver");
        }
        try {
            for (Map.Entry<String, List<GoldDocument>> e : corpora.entrySet()) {
                SystemUnderTest system = selfCheck ? GoldEcho.of(e.getValue()) : resolver::extract;
                evaluations.add(Evaluation.evaluate(e.getKey(), e.getValue(), system));
            }
        } catch (UnsupportedOperationException e) {
            out.println();
            out.println("resolver not implemented: TemporalResolver.extract threw UnsupportedOperationException ("
                    + e.getMessage() + "); no scores.");
            return;
        }
        Evaluation all = Evaluation.merge("all", evaluations);
        List<Evaluation> rows = new ArrayList<>(evaluations);
        rows.add(all);

        out.println();
        printScores(out, rows);
        out.println();
        printCategories(out, all);
        out.println();
        printErrorCounts(out, rows);

        if (showErrors) {
            for (Evaluation ev : evaluations) {
                if (only != null && !only.equals(ev.name())) {
                    continue;
                }
                out.println();
                out.println("== errors: " + ev.name() + " ==");
                ev.errors().stream()
                        .filter(e -> kinds.contains(e.kind()))
                        .sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind())
                                : a.document().compareTo(b.document()))
                        .forEach(e -> out.println(e.describe()));
            }
        }
    }

    static void printCorpusSummary(PrintStream out, Map<String, List<GoldDocument>> corpora) {
        out.println("Corpora");
        out.printf("%-9s %5s %5s %5s %9s %9s %9s %9s%n", "corpus", "docs", "fr", "en", "required", "not-req",
                "negative", "total");
        for (Map.Entry<String, List<GoldDocument>> e : corpora.entrySet()) {
            int fr = 0;
            int en = 0;
            int required = 0;
            int notRequired = 0;
            int negative = 0;
            for (GoldDocument d : e.getValue()) {
                if (d.language().code().equals("fr")) {
                    fr++;
                } else {
                    en++;
                }
                for (GoldTimex t : d.timexes()) {
                    if (t.isNegative()) {
                        negative++;
                    } else if (t.isScored()) {
                        required++;
                    } else {
                        notRequired++;
                    }
                }
            }
            out.printf("%-9s %5d %5d %5d %9d %9d %9d %9d%n", e.getKey(), e.getValue().size(), fr, en, required,
                    notRequired, negative, required + notRequired);
        }
    }

    static void printScores(PrintStream out, List<Evaluation> rows) {
        out.println("Scores (detection: overlap with a required gold expression; value: earliest and latest exact)");
        String header = String.format("%-12s %5s %5s %5s %5s %5s | %6s %6s %6s | %6s | %6s %6s %6s | %7s %5s %5s %5s",
                "slice", "docs", "gold", "sys", "match", "fp", "det-P", "det-R", "det-F1", "span", "val-P", "val-R",
                "val-F1", "dur/set", "vague", "offs", "crash");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Evaluation ev : rows) {
            out.println(scoreRow(ev.name(), ev.total()));
            for (Map.Entry<String, Counts> e : ev.byLanguage().entrySet()) {
                out.println(scoreRow("  " + e.getKey(), e.getValue()));
            }
        }
        out.println("(dur/set, vague: intervals given to durations, sets, vague references — must stay 0;"
                + " offs: timexes whose offsets do not slice their text)");
    }

    private static String scoreRow(String name, Counts c) {
        return String.format(Locale.ROOT,
                "%-12s %5d %5d %5d %5d %5d | %6.3f %6.3f %6.3f | %6.3f | %6.3f %6.3f %6.3f | %7d %5d %5d %5d",
                name, c.documents(), c.goldRequired(), c.systemScored(), c.matched(), c.falsePositives(),
                c.detectionPrecision(), c.detectionRecall(), c.detectionF1(), c.strictSpanAccuracy(),
                c.valuePrecision(), c.valueRecall(), c.valueF1(), c.datedDurationOrSet(), c.datedVague(),
                c.badOffsets(), c.crashes());
    }

    static void printCategories(PrintStream out, Evaluation ev) {
        out.println("By category (" + ev.name() + "): required expressions found and rightly dated;"
                + " false positives charged to the category they overlap; not-required expressions dated anyway");
        String header = String.format("%-14s %5s %6s %6s %7s %7s %5s | %8s %8s", "category", "gold", "found",
                "value", "det-R", "val-R", "fp", "not-req", "dated");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Map.Entry<String, Counts> e : new TreeMap<>(ev.byCategory()).entrySet()) {
            Counts c = e.getValue();
            out.println(String.format(Locale.ROOT, "%-14s %5d %6d %6d %7s %7s %5d | %8d %8d", e.getKey(),
                    c.goldRequired(), c.matched(), c.valueCorrect(),
                    c.goldRequired() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", c.detectionRecall()),
                    c.goldRequired() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", c.valueRecall()),
                    c.falsePositives(), c.goldNotRequired(), c.notRequiredDated()));
        }
    }

    static void printErrorCounts(PrintStream out, List<Evaluation> rows) {
        out.println("Errors by kind");
        StringBuilder header = new StringBuilder(String.format("%-10s", "corpus"));
        for (EvalError.Kind k : EvalError.Kind.values()) {
            header.append(String.format(" %s", k));
        }
        out.println(header);
        for (Evaluation ev : rows) {
            StringBuilder line = new StringBuilder(String.format("%-10s", ev.name()));
            for (EvalError.Kind k : EvalError.Kind.values()) {
                line.append(String.format(" %" + k.name().length() + "d", ev.errors(k).size()));
            }
            out.println(line);
        }
    }

    private static String option(String[] args, String prefix) {
        for (String a : args) {
            if (a.startsWith(prefix)) {
                return a.substring(prefix.length());
            }
        }
        return null;
    }

    private static Set<EvalError.Kind> kinds(String spec) {
        if (spec == null) {
            Set<EvalError.Kind> kinds = EnumSet.allOf(EvalError.Kind.class);
            kinds.remove(EvalError.Kind.SPAN);
            return kinds;
        }
        if (spec.equalsIgnoreCase("ALL")) {
            return EnumSet.allOf(EvalError.Kind.class);
        }
        Set<EvalError.Kind> kinds = EnumSet.noneOf(EvalError.Kind.class);
        for (String k : spec.split(",")) {
            kinds.add(EvalError.Kind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
        }
        return kinds;
    }
}
