package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scores the resolver on the hand-annotated seed articles: every required expression must be found with exactly its
 * span, value and interval, and no dated expression may appear where the gold lists none (or lists an undated one).
 */
class SeedGoldTest {

    private static final Path GOLD = Path.of("src/test/resources/gold/seed-timexes.json");
    private static final Path SEEDS = Path.of("seeds");

    private final TemporalResolver resolver = new TemporalResolver();

    @TestFactory
    Stream<DynamicTest> everySeedArticleMatchesItsGoldAnnotations() throws IOException {
        JsonNode documents = new ObjectMapper().readTree(GOLD.toFile()).get("documents");
        return StreamSupport.stream(documents.spliterator(), false)
                .map(document -> DynamicTest.dynamicTest(document.get("file").asText(), () -> check(document)));
    }

    private void check(JsonNode document) throws IOException {
        String text = Files.readString(SEEDS.resolve(document.get("file").asText()), StandardCharsets.UTF_8);
        LocalDate publishedOn = LocalDate.parse(document.get("publishedOn").asText());
        Language language = Language.fromCode(document.get("language").asText()).orElseThrow();
        List<Timex> found = resolver.extract(text, publishedOn, language);
        List<JsonNode> gold = new ArrayList<>();
        document.get("timexes").forEach(gold::add);

        List<String> problems = new ArrayList<>();
        for (JsonNode expected : gold) {
            if (expected.get("required").asBoolean()) {
                checkRequired(expected, found, problems);
            }
        }
        for (Timex timex : found) {
            checkReported(timex, gold, problems);
        }
        assertTrue(problems.isEmpty(), () -> document.get("file").asText() + " (published " + publishedOn + "):\n  "
                + String.join("\n  ", problems));
    }

    private static void checkRequired(JsonNode expected, List<Timex> found, List<String> problems) {
        int start = expected.get("start").asInt();
        int end = expected.get("end").asInt();
        Timex match = found.stream().filter(t -> t.start() == start && t.end() == end).findFirst().orElse(null);
        String label = "'" + expected.get("text").asText() + "' [" + start + "," + end + ")";
        if (match == null) {
            List<String> overlapping = found.stream().filter(t -> t.start() < end && t.end() > start)
                    .map(SeedGoldTest::describe).toList();
            problems.add("missing " + label + (overlapping.isEmpty() ? "" : ", overlapping: " + overlapping));
            return;
        }
        boolean same = sameTypeAndValue(match, expected.get("type").asText(), expected.get("value").asText())
                && Objects.equals(string(match.earliest()), text(expected, "earliest"))
                && Objects.equals(string(match.latest()), text(expected, "latest"));
        if (!same) {
            problems.add("wrong " + label + ": expected " + expected.get("value").asText() + " "
                    + text(expected, "earliest") + ".." + text(expected, "latest") + ", got " + describe(match));
        }
    }

    /**
     * The seed gold predates TIME values: it writes "jeudi matin" as the DATE 2024-05-16. TimeML writes it as the TIME
     * 2024-05-16TMO, a finer value of the same day, which counts as the same date here; its interval is still checked.
     */
    private static boolean sameTypeAndValue(Timex found, String type, String value) {
        if (found.type() == TimexType.TIME && "DATE".equals(type) && value.length() == 10) {
            return found.value().startsWith(value + "T");
        }
        return found.type().name().equals(type) && found.value().equals(value);
    }

    private static void checkReported(Timex timex, List<JsonNode> gold, List<String> problems) {
        if (timex.type() != TimexType.DATE && timex.type() != TimexType.TIME && (timex.earliest() != null || timex.latest() != null)) {
            problems.add("a " + timex.type() + " has an interval: " + describe(timex));
        }
        if (!timex.isDated()) {
            return;
        }
        JsonNode listed = gold.stream()
                .filter(g -> g.get("start").asInt() == timex.start() && g.get("end").asInt() == timex.end())
                .findFirst().orElse(null);
        if (listed == null) {
            problems.add("unexpected dated expression " + describe(timex));
        } else if (text(listed, "earliest") == null) {
            problems.add("dated where the gold has no interval: " + describe(timex));
        }
    }

    private static String describe(Timex t) {
        return "'" + t.text() + "' [" + t.start() + "," + t.end() + ") " + t.type() + " " + t.value() + " "
                + t.earliest() + ".." + t.latest() + " (" + t.rule() + ")";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String string(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
