package io.factline.ingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Gazetteer;
import io.factline.gazetteer.Place;
import io.factline.temporal.Language;
import io.factline.temporal.eval.TimeMlDocument;
import io.factline.temporal.eval.TimeMlReader;
import io.factline.temporal.eval.TimeMlReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Prints how well ingestion turns the dated facts of a folder of TimeML files into events ({@link DatedFactScore}).
 *
 * <pre>
 * ./mvnw -q -B -o test-compile exec:java@facts-score -Dnpm.ci.skip -Dexec.args="../shared/corpora/fr-timebank-dev fr"
 * ./mvnw -q -B -o test-compile exec:java@facts-score -Dnpm.ci.skip -Dexec.args="../shared/corpora/fr-timebank-dev fr --errors"
 * </pre>
 * Arguments: the folder and the language of its texts; {@code --errors} lists every miss, misdating and unsupported
 * event with its sentence; {@code --out FILE} also writes what is printed to FILE (the results files under
 * {@code src/bench/results/}). A relative folder resolves against the project root ({@code factline.basedir}).
 */
public final class DatedFactReport {

    private DatedFactReport() {
    }

    public static void main(String[] args) throws IOException {
        List<String> positional = new ArrayList<>();
        boolean showErrors = false;
        Path outFile = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--errors")) {
                showErrors = true;
            } else if (arg.equals("--out") && i + 1 < args.length) {
                outFile = TimeMlReport.resolve(args[++i]);
            } else if (arg.startsWith("--")) {
                usage("unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() != 2) {
            usage("expected a corpus folder and a language");
        }
        Path folder = TimeMlReport.resolve(positional.get(0));
        Language language = Language.fromCode(positional.get(1))
                .orElseThrow(() -> new IllegalArgumentException("unknown language " + positional.get(1)
                        + " (fr or en)"));
        List<TimeMlDocument> documents = TimeMlReader.readFolder(folder);
        DatedFactScore s = DatedFactScore.score(documents, language, shippedPlaces(), shippedActors());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        out.println("Dated facts of ingestion on " + folder + " (" + language.code() + ")");
        out.printf(Locale.ROOT, "documents %d, sentences %d, gold facts %d (%d anchors with no interval left out)%n",
                s.documents(), s.sentences(), s.gold(), s.skippedGold());
        out.printf(Locale.ROOT, "events %d from %d sentences: %.2f events per sentence%n", s.events(),
                s.datedSentences(), s.eventsPerSentence());
        out.println();
        out.printf(Locale.ROOT, "recall    %.3f  (%d/%d gold facts cited by an event with their date)%n",
                s.recall(), s.found(), s.gold());
        out.printf(Locale.ROOT, "precision %.3f  (%d/%d events citing a gold fact with its date)%n",
                s.precision(), s.correctEvents(), s.events());
        out.printf(Locale.ROOT, "dating precision %.3f  (%d/%d events citing a gold fact at all that carry its date)%n",
                s.datingPrecision(), s.correctEvents(), s.judgedEvents());
        out.printf(Locale.ROOT, "F1        %.3f%n", s.f1());
        out.printf(Locale.ROOT, "errors: missed %d, misdated %d, unsupported events %d%n",
                s.errors(DatedFactScore.Error.Kind.MISSED).size(), s.errors(DatedFactScore.Error.Kind.MISDATED).size(),
                s.errors(DatedFactScore.Error.Kind.UNSUPPORTED).size());
        if (showErrors) {
            out.println();
            out.println("Errors (kind, document, gold event word and value, system dates, sentence)");
            s.errors().stream()
                    .sorted(Comparator.comparing(DatedFactScore.Error::kind)
                            .thenComparing(DatedFactScore.Error::document))
                    .forEach(e -> out.println(e.describe()));
        }
        String report = printed.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        if (outFile != null) {
            Files.writeString(outFile, "# ./mvnw -q -B -o test-compile exec:java@facts-score -Dnpm.ci.skip -Dexec.args=\""
                    + String.join(" ", args) + "\"\n" + report);
        }
    }

    /** The curated places as shipped, as entities that were never stored. */
    public static List<Place> shippedPlaces() {
        return read("gazetteer/places.json", "places", Gazetteer.PlaceRecord.class).stream()
                .map(r -> Gazetteer.fill(new Place(), r)).toList();
    }

    /** The curated actors as shipped, as entities that were never stored. */
    public static List<Actor> shippedActors() {
        return read("gazetteer/actors.json", "actors", Gazetteer.ActorRecord.class).stream()
                .map(r -> Gazetteer.fill(new Actor(), r)).toList();
    }

    private static <T> List<T> read(String resource, String field, Class<T> type) {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode root = json.readTree(in);
            return json.convertValue(root.get(field),
                    json.getTypeFactory().constructCollectionType(List.class, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void usage(String problem) {
        throw new IllegalArgumentException(problem + "\nusage: DatedFactReport <folder of .tml files> <fr|en>"
                + " [--errors] [--out FILE]");
    }
}
