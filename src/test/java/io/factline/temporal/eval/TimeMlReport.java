package io.factline.temporal.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the TempEval-3 scores of {@link TemporalResolver} on a folder of TimeML files ({@link TimeMlScore}).
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java@timeml-score -Dexec.args="../shared/corpora/fr-timebank-dev fr"
 * ./mvnw -q -B test-compile exec:java@timeml-score -Dexec.args="../shared/corpora/aquaint-en en --errors"
 * ./mvnw -q -B test-compile exec:java@timeml-score -Dexec.args="../shared/corpora/aquaint-en en --json target/aquaint.json"
 * </pre>
 * Arguments: the folder and the language of its texts; {@code --errors} lists every error, one a line;
 * {@code --json FILE} also writes the figures as JSON. Relative paths resolve against the project root (the
 * {@code factline.basedir} property the pom sets, else the nearest folder up from here holding a pom.xml).
 */
public final class TimeMlReport {

    private TimeMlReport() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        List<String> positional = new ArrayList<>();
        boolean showErrors = false;
        String json = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--errors" -> showErrors = true;
                case "--json" -> {
                    if (i + 1 >= args.length) {
                        usage("--json needs a file");
                    }
                    json = args[++i];
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        usage("unknown option " + args[i]);
                    }
                    positional.add(args[i]);
                }
            }
        }
        if (positional.size() != 2) {
            usage("expected a corpus folder and a language");
        }
        Path folder = resolve(positional.get(0));
        Language language = Language.fromCode(positional.get(1))
                .orElseThrow(() -> new IllegalArgumentException("unknown language " + positional.get(1)
                        + " (fr or en)"));

        List<TimeMlDocument> documents = TimeMlReader.readFolder(folder);
        TimeMlScore score;
        try {
            score = TimeMlScore.score(folder.getFileName().toString(), documents, language,
                    new TemporalResolver()::extract);
        } catch (UnsupportedOperationException e) {
            out.println("resolver not implemented: TemporalResolver.extract threw UnsupportedOperationException ("
                    + e.getMessage() + "); no scores.");
            return;
        }

        out.println("TimeML evaluation of TemporalResolver on " + folder + " (" + language.code() + ")");
        print(out, score);
        if (showErrors) {
            out.println();
            out.println("Errors (kind, document, gold, system, context)");
            score.errors().stream()
                    .sorted(Comparator.comparing(TimeMlError::kind).thenComparing(TimeMlError::document)
                            .thenComparingInt(TimeMlReport::offset))
                    .forEach(e -> out.println(e.describe()));
        }
        if (json != null) {
            Path file = resolve(json);
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(file.toFile(), figures(score, folder, language));
            out.println();
            out.println("figures written to " + file);
        }
    }

    static void print(PrintStream out, TimeMlScore s) {
        out.printf(Locale.ROOT, "documents %d, gold timexes %d, system timexes %d%s%n", s.documents(), s.gold(),
                s.system(), s.crashes() == 0 ? "" : ", CRASHES " + s.crashes());
        out.println();
        out.printf("%-10s %6s %6s %6s   %s%n", "", "P", "R", "F1", "correct");
        row(out, "strict", s.strictPrecision(), s.strictRecall(), s.strictF1(), s.strict() + " identical spans");
        row(out, "relaxed", s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1(), s.relaxed() + " overlaps");
        row(out, "value", s.valuePrecision(), s.valueRecall(), s.valueF1(), s.valueCorrect() + " right values");
        out.printf(Locale.ROOT, "type accuracy %.3f (%d/%d relaxed matches)%n", s.typeAccuracy(), s.typeCorrect(),
                s.relaxed());
        out.println();
        out.printf("%-9s %5s %5s %7s %8s %6s%n", "gold type", "gold", "sys", "matched", "value", "val-R");
        for (Map.Entry<String, TimeMlScore.TypeCounts> e : s.byType().entrySet()) {
            TimeMlScore.TypeCounts c = e.getValue();
            out.printf(Locale.ROOT, "%-9s %5d %5d %7d %8s %6s%n", e.getKey(), c.gold(), c.system(), c.matched(),
                    c.valueCorrect() + "/" + c.gold(),
                    c.gold() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", c.valueRecall()));
        }
        out.println("(sys: system timexes of that type; matched and value count gold timexes)");
        out.println();
        StringBuilder errors = new StringBuilder("errors:");
        s.errorCounts().forEach((k, n) -> errors.append(' ').append(k).append(' ').append(n));
        out.println(errors);
    }

    private static void row(PrintStream out, String name, double p, double r, double f1, String note) {
        out.printf(Locale.ROOT, "%-10s %6.3f %6.3f %6.3f   %s%n", name, p, r, f1, note);
    }

    static Map<String, Object> figures(TimeMlScore s, Path folder, Language language) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("corpus", folder.toString());
        m.put("language", language.code());
        m.put("documents", s.documents());
        m.put("gold", s.gold());
        m.put("system", s.system());
        m.put("crashes", s.crashes());
        m.put("strict", prf(s.strict(), s.strictPrecision(), s.strictRecall(), s.strictF1()));
        m.put("relaxed", prf(s.relaxed(), s.relaxedPrecision(), s.relaxedRecall(), s.relaxedF1()));
        m.put("value", prf(s.valueCorrect(), s.valuePrecision(), s.valueRecall(), s.valueF1()));
        m.put("typeAccuracy", round(s.typeAccuracy()));
        Map<String, Object> types = new LinkedHashMap<>();
        s.byType().forEach((type, c) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("gold", c.gold());
            t.put("system", c.system());
            t.put("matched", c.matched());
            t.put("valueCorrect", c.valueCorrect());
            t.put("valueRecall", round(c.valueRecall()));
            types.put(type, t);
        });
        m.put("byType", types);
        Map<String, Object> errors = new LinkedHashMap<>();
        s.errorCounts().forEach((k, n) -> errors.put(k.name(), n));
        m.put("errors", errors);
        return m;
    }

    private static Map<String, Object> prf(int correct, double p, double r, double f1) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("correct", correct);
        m.put("precision", round(p));
        m.put("recall", round(r));
        m.put("f1", round(f1));
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static int offset(TimeMlError e) {
        return e.gold() != null ? e.gold().start() : e.system() != null ? e.system().start() : -1;
    }

    /** A path as given if absolute, else against the project root ({@code -Dfactline.basedir} when Maven runs it). */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) {
            return p.normalize();
        }
        String basedir = System.getProperty("factline.basedir");
        Path root = basedir == null || basedir.isBlank() ? Corpus.projectRoot() : Path.of(basedir);
        return root.resolve(p).toAbsolutePath().normalize();
    }

    private static void usage(String problem) {
        throw new IllegalArgumentException(problem + "\nusage: TimeMlReport <folder of .tml files> <fr|en>"
                + " [--errors] [--json FILE]");
    }
}
