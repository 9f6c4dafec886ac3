package io.factline.temporal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.temporal.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Loads the evaluation corpora: the JSON-lines corpora of {@code src/test/resources/temporal/} and the seed gold of
 * {@code src/test/resources/gold/seed-timexes.json} (whose texts live in {@code seeds/}). Paths resolve against the
 * project root, found by walking up from the working directory to the first folder holding a {@code pom.xml}.
 */
public final class Corpus {

    public static final String SEED = "seed";
    public static final String DEV = "dev";
    public static final String HELDOUT = "heldout";

    static final String DEV_FILE = "src/test/resources/temporal/dev.jsonl";
    static final String HELDOUT_FILE = "src/test/resources/temporal/heldout.jsonl";
    static final String SEED_GOLD_FILE = "src/test/resources/gold/seed-timexes.json";
    static final String SEED_TEXTS_DIR = "seeds";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    public static List<GoldDocument> dev() {
        return loadJsonLines(projectRoot().resolve(DEV_FILE), DEV);
    }

    public static List<GoldDocument> heldOut() {
        return loadJsonLines(projectRoot().resolve(HELDOUT_FILE), HELDOUT);
    }

    public static List<GoldDocument> seed() {
        Path root = projectRoot();
        return loadSeedGold(root.resolve(SEED_GOLD_FILE), root.resolve(SEED_TEXTS_DIR));
    }

    /** One JSON object per line: {@code id, lang, publishedOn, text, timexes[]}. Blank lines are skipped. */
    public static List<GoldDocument> loadJsonLines(Path file, String corpusName) {
        List<GoldDocument> documents = new ArrayList<>();
        List<String> lines = readLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                documents.add(new GoldDocument(
                        node.path("id").asText(),
                        corpusName,
                        language(node.path("lang").asText()),
                        LocalDate.parse(node.path("publishedOn").asText()),
                        node.path("text").asText(),
                        timexes(node.path("timexes"))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return documents;
    }

    /** The seed gold: {@code {documents: [{file, language, publishedOn, timexes[]}]}}, texts read from {@code textsDir}. */
    public static List<GoldDocument> loadSeedGold(Path goldFile, Path textsDir) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(goldFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile, e);
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (JsonNode node : root.path("documents")) {
            String file = node.path("file").asText();
            String text;
            try {
                text = Files.readString(textsDir.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed text " + textsDir.resolve(file), e);
            }
            documents.add(new GoldDocument(
                    file,
                    SEED,
                    language(node.path("language").asText()),
                    LocalDate.parse(node.path("publishedOn").asText()),
                    text,
                    timexes(node.path("timexes"))));
        }
        return documents;
    }

    /** The project root: the nearest folder, from the working directory up, that holds a pom.xml. */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("src/test/resources"))) {
                return p;
            }
        }
        return dir;
    }

    private static List<GoldTimex> timexes(JsonNode array) {
        List<GoldTimex> list = new ArrayList<>();
        for (JsonNode t : array) {
            String text = t.path("text").asText();
            String type = textOrNull(t, "type");
            String value = textOrNull(t, "value");
            String precision = textOrNull(t, "precision");
            String earliest = textOrNull(t, "earliest");
            String latest = textOrNull(t, "latest");
            boolean required = !t.has("required") || t.path("required").asBoolean();
            GoldTimex timex = new GoldTimex(
                    text,
                    t.path("start").asInt(),
                    t.path("end").asInt(),
                    type,
                    value,
                    precision,
                    earliest == null ? null : LocalDate.parse(earliest),
                    latest == null ? null : LocalDate.parse(latest),
                    textOrNull(t, "mod"),
                    required,
                    textOrNull(t, "category"));
            if (timex.category() == null) {
                timex = withCategory(timex, inferCategory(timex));
            }
            list.add(timex);
        }
        return list;
    }

    private static GoldTimex withCategory(GoldTimex t, String category) {
        return new GoldTimex(t.text(), t.start(), t.end(), t.type(), t.value(), t.precision(), t.earliest(),
                t.latest(), t.mod(), t.required(), category);
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern ANAPHOR = Pattern.compile(
            "veille|lendemain|plus tôt|plus tard|même|suivant|day before|next day|same|later|earlier|following");
    private static final Pattern MODIFIER = Pattern.compile("^(fin|début|mi-|early|mid|late)");
    private static final Pattern DEICTIC = Pattern.compile(
            "aujourd|hier|demain|ce matin|ce soir|cette|dernier|dernière|prochain|prochaine|il y a|dans |ce week|"
                    + "today|yesterday|tomorrow|tonight|this |last |next |ago");
    private static final Pattern YEAR_DIGITS = Pattern.compile("\\d{4}");

    /** A category for rows that do not state one (the seed gold), from their type, value and wording. */
    static String inferCategory(GoldTimex t) {
        String low = t.text().toLowerCase(Locale.ROOT);
        if (t.type() == null) {
            return GoldTimex.NEGATIVE;
        }
        if ("DURATION".equals(t.type())) {
            return "duration";
        }
        if ("SET".equals(t.type())) {
            return "set";
        }
        if (t.isVague()) {
            return "vague";
        }
        String precision = t.precision() == null ? "" : t.precision();
        switch (precision) {
            case "SEASON":
                return "season";
            case "CENTURY":
                return "century";
            case "DECADE":
                return "decade";
            case "QUARTER":
                return "quarter";
            case "HALF":
                return "half";
            default:
                break;
        }
        if (ANAPHOR.matcher(low).find()) {
            return "anaphora";
        }
        if (MODIFIER.matcher(low).find()) {
            return "modifier";
        }
        boolean hasYear = YEAR_DIGITS.matcher(low).find();
        boolean hasDigit = low.chars().anyMatch(Character::isDigit);
        if ("DAY".equals(precision) && hasDigit) {
            return hasYear ? "absolute" : "day-month";
        }
        if ("DAY".equals(precision) && WEEKDAY.matcher(low).find()) {
            return "weekday";
        }
        if (DEICTIC.matcher(low).find() || "DAY".equals(precision) || "WEEK".equals(precision)) {
            return "deictic";
        }
        if ("MONTH".equals(precision)) {
            return hasYear ? "month" : "bare-month";
        }
        if ("YEAR".equals(precision)) {
            return "year";
        }
        return "other";
    }

    private static Language language(String code) {
        return Language.fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown language " + code));
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
