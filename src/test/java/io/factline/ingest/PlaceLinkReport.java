package io.factline.ingest;

import io.factline.gazetteer.WorldPlaces.WorldPlace;
import io.factline.temporal.eval.TimeMlDocument;
import io.factline.temporal.eval.TimeMlReader;
import io.factline.temporal.eval.TimeMlReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints place-link precision and recall on the hand-annotated mentions of a folder of TimeML files.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java@places-score -Dnpm.ci.skip -Dexec.args="../shared/corpora/fr-timebank-dev"
 * ./mvnw -q -B test-compile exec:java@places-score -Dnpm.ci.skip -Dexec.args="../shared/corpora/fr-timebank-dev --errors"
 * ./mvnw -q -B test-compile exec:java@places-score -Dnpm.ci.skip -Dexec.args="../shared/corpora/fr-timebank-dev --names"
 * </pre>
 * {@code --errors} lists every wrong, missed, spurious or unannotated link; {@code --curated-only} scores the linker
 * without the world gazetteer (ingestion before it); {@code --names} lists, for annotating,
 * every name of each document that the world gazetteer knows, with its candidates and what the linker decided.
 */
public final class PlaceLinkReport {

    private PlaceLinkReport() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        List<String> positional = new ArrayList<>();
        boolean errors = false;
        boolean names = false;
        boolean curatedOnly = false;
        for (String arg : args) {
            switch (arg) {
                case "--errors" -> errors = true;
                case "--names" -> names = true;
                case "--curated-only" -> curatedOnly = true;
                default -> positional.add(arg);
            }
        }
        if (positional.size() != 1) {
            throw new IllegalArgumentException("usage: PlaceLinkReport <folder of .tml files> [--errors] [--names]");
        }
        Path folder = TimeMlReport.resolve(positional.get(0));
        List<TimeMlDocument> documents = TimeMlReader.readFolder(folder);
        long started = System.nanoTime();
        EntityLinker linker = curatedOnly ? PlaceLinkScore.curatedLinker() : PlaceLinkScore.shippedLinker();
        long loaded = System.nanoTime();
        if (names) {
            printNames(out, documents, linker);
            return;
        }
        Path goldFile = TimeMlReport.resolve(PlaceLinkScore.GOLD);
        PlaceLinkScore score = PlaceLinkScore.score(PlaceLinkScore.readGold(goldFile), documents, linker);
        out.println("Place links on " + folder + " against " + goldFile.getFileName()
                + (curatedOnly ? " (curated list only, as before the world gazetteer)" : ""));
        out.printf("world gazetteer read and indexed in %d ms%n", (loaded - started) / 1_000_000);
        out.println(score.summary());
        if (errors) {
            out.println();
            score.errors().forEach(out::println);
        }
    }

    private static void printNames(PrintStream out, List<TimeMlDocument> documents, EntityLinker linker) {
        WorldLinker world = linker.worldLinker();
        for (TimeMlDocument document : documents) {
            String text = document.text();
            EntityLinker bound = linker.forArticle(text, List.of());
            List<EntityLinker.Mention> mentions = bound.mentions(text, List.of());
            out.println("=== " + document.id());
            for (WorldLinker.Found f : world.find(text, List.of())) {
                String decided = mentions.stream().filter(m -> m.start() == f.start() && !m.placeIds().isEmpty())
                        .map(m -> String.join("|", m.placeIds())).findFirst().orElse("-");
                StringBuilder candidates = new StringBuilder();
                for (WorldPlace p : f.candidates().subList(0, Math.min(4, f.candidates().size()))) {
                    candidates.append(' ').append(p.id()).append('/').append(p.countryCode()).append('/')
                            .append(p.population());
                }
                out.printf("%6d %-24s -> %-18s initial=%b common=%b loc=%b person=%b |%s%n", f.start(),
                        text.substring(f.start(), f.end()), decided, f.initial(), f.common(), f.locative(), f.person(),
                        candidates);
            }
            for (EntityLinker.Mention m : mentions) {
                if (!m.placeIds().isEmpty() && world.byId(m.placeIds().iterator().next()) == null) {
                    out.printf("%6d %-24s -> %s (curated)%n", m.start(), text.substring(m.start(), m.end()),
                            String.join("|", m.placeIds()));
                }
            }
        }
    }
}
