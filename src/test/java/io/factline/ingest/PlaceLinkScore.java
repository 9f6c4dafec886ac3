package io.factline.ingest;

import io.factline.ingest.eval.DatedFactReport;
import io.factline.temporal.eval.TimeMlDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores place linking against hand-annotated mentions ({@code src/test/resources/gazetteer/place-gold.tsv}): the
 * linker of ingestion (the shipped curated list and the world gazetteer, bound to each article) runs over every
 * annotated document.
 *
 * <p>Precision counts every place the linker gives in the documents, annotated or not (an unannotated link is
 * wrong: the documents are annotated throughout); recall counts the annotated mentions that have a place.
 */
record PlaceLinkScore(int gold, int goldPlaces, int linked, int correct, List<String> errors) {

    static final String GOLD = "src/test/resources/gazetteer/place-gold.tsv";

    /** One annotated mention: a UTF-16 offset into the document's text, and the place it means or "none". */
    record GoldMention(String document, int offset, String surface, String expected, String note) {
    }

    double precision() {
        return linked == 0 ? 0 : (double) correct / linked;
    }

    double recall() {
        return goldPlaces == 0 ? 0 : (double) correct / goldPlaces;
    }

    String summary() {
        return String.format(Locale.ROOT, "link precision %.3f (%d/%d), recall %.3f (%d/%d), %d annotated mentions",
                precision(), correct, linked, recall(), correct, goldPlaces, gold);
    }

    static List<GoldMention> readGold(Path file) {
        List<GoldMention> gold = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 4) {
                    throw new IllegalArgumentException(file + ": expected 4 or 5 columns: " + line);
                }
                gold.add(new GoldMention(f[0], Integer.parseInt(f[1]), f[2], f[3], f.length > 4 ? f[4] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gold;
    }

    /** The linker ingestion uses: curated places and actors as shipped, and the world gazetteer. */
    static EntityLinker shippedLinker() {
        return EntityLinker.withWorld(DatedFactReport.shippedPlaces(), DatedFactReport.shippedActors(),
                WorldNames.shipped());
    }

    /** The shipped curated list alone: what ingestion linked before the world gazetteer. */
    static EntityLinker curatedLinker() {
        return EntityLinker.of(DatedFactReport.shippedPlaces(), DatedFactReport.shippedActors());
    }

    /** The place ids the linker gives in {@code text}, by the UTF-16 start and end of each mention. */
    static List<int[]> spans(List<EntityLinker.Mention> mentions) {
        return mentions.stream().map(m -> new int[] {m.start(), m.end()}).toList();
    }

    static PlaceLinkScore score(List<GoldMention> gold, List<TimeMlDocument> documents, EntityLinker linker) {
        Map<String, TimeMlDocument> byId = new LinkedHashMap<>();
        documents.forEach(d -> byId.put(d.id(), d));
        Map<String, List<GoldMention>> goldByDocument = new LinkedHashMap<>();
        // Every document is scored, those without a place too: a link there is unannotated, so wrong.
        documents.forEach(d -> goldByDocument.put(d.id(), new ArrayList<>()));
        for (GoldMention g : gold) {
            TimeMlDocument document = byId.get(g.document());
            if (document == null) {
                throw new IllegalArgumentException("gold names an unknown document " + g.document());
            }
            String at = document.text().substring(g.offset(), Math.min(document.text().length(),
                    g.offset() + g.surface().length()));
            if (!at.equals(g.surface())) {
                throw new IllegalArgumentException("gold " + g + ": the text there reads '" + at + "'");
            }
            goldByDocument.get(g.document()).add(g);
        }
        int goldPlaces = (int) gold.stream().filter(g -> !g.expected().equals("none")).count();
        int linked = 0;
        int correct = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, List<GoldMention>> entry : goldByDocument.entrySet()) {
            String text = byId.get(entry.getKey()).text();
            List<EntityLinker.Mention> mentions = linker.forArticle(text, List.of()).mentions(text, List.of())
                    .stream().filter(m -> !m.placeIds().isEmpty()).toList();
            List<EntityLinker.Mention> matched = new ArrayList<>();
            for (GoldMention g : entry.getValue()) {
                int end = g.offset() + g.surface().length();
                EntityLinker.Mention system = mentions.stream()
                        .filter(m -> m.start() < end && g.offset() < m.end()).findFirst().orElse(null);
                String got = system == null ? "none" : String.join("|", system.placeIds());
                if (system != null) {
                    matched.add(system);
                    linked++;
                }
                if (system != null && got.equals(g.expected())) {
                    correct++;
                } else if (!got.equals(g.expected())) {
                    errors.add(String.format("%-9s %s@%d %-22s expected %-18s got %s  %s",
                            system == null ? "MISSED" : g.expected().equals("none") ? "SPURIOUS" : "WRONG",
                            g.document(), g.offset(), "'" + g.surface() + "'", g.expected(), got,
                            context(text, g.offset(), end)));
                }
            }
            for (EntityLinker.Mention m : mentions) {
                if (!matched.contains(m)) {
                    linked++;
                    errors.add(String.format("%-9s %s@%d %-22s not annotated, got %s  %s", "UNANNOTATED",
                            entry.getKey(), m.start(), "'" + text.substring(m.start(), m.end()) + "'",
                            String.join("|", m.placeIds()), context(text, m.start(), m.end())));
                }
            }
        }
        return new PlaceLinkScore(gold.size(), goldPlaces, linked, correct, errors);
    }

    private static String context(String text, int start, int end) {
        return "«" + text.substring(Math.max(0, start - 40), start).replace('\n', ' ') + "["
                + text.substring(start, end) + "]"
                + text.substring(end, Math.min(text.length(), end + 40)).replace('\n', ' ') + "»";
    }
}
