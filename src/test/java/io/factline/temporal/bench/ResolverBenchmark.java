package io.factline.temporal.bench;

import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Single-threaded throughput of {@link TemporalResolver#extract} on a French news-like corpus of at least 20 MB:
 * the seed articles, shuffled and varied, interleaved with synthetic sentences dense in dates. Run with
 * {@code ./mvnw -q -B test-compile exec:java@temporal-bench}.
 */
public final class ResolverBenchmark {

    private static final long SEED = 20240516L;
    private static final int TARGET_BYTES = 20 * 1024 * 1024;
    private static final int WARM_UP_ROUNDS = 3;
    /** Several timed rounds: on a shared machine the median is steadier than one run, the best nearer the truth. */
    private static final int TIMED_ROUNDS = 5;
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 16);

    private static final String[] SUBJECTS = {"Le ministre", "La présidente", "L'armée ukrainienne",
        "Le secrétaire général de l'OTAN", "Les alliés", "Le gouvernement", "La Commission européenne",
        "Le porte-parole du Kremlin", "Les députés", "Le chef d'état-major"};
    private static final String[] VERBS = {"a déclaré", "a annoncé", "affirmera", "se réunissent", "se rendra",
        "avait indiqué", "a rappelé", "va présenter", "estime", "a souligné"};
    private static final String[] WHEN = {"jeudi", "vendredi dernier", "lundi prochain", "le 13 février 2023",
        "hier soir", "la semaine dernière", "le mois prochain", "en janvier", "fin août", "début 2024",
        "il y a trois semaines", "dans deux mois", "au premier trimestre 2024", "l'an dernier", "cette semaine",
        "le 1er mars", "mi-2023", "en 2008", "au printemps", "ce week-end", "le 24/02/2022", "mardi matin",
        "aujourd'hui", "les années 1990", "au XXe siècle"};
    private static final String[] WHAT = {"que l'aide militaire arriverait bientôt", "un plan de 150 milliards d'euros",
        "que 2000 soldats seraient déployés", "une réunion des ministres de la défense",
        "que les stocks d'obus de 155 mm étaient épuisés", "la livraison de 100 groupes électrogènes",
        "que la situation devenait critique chaque heure", "un cessez-le-feu de trois jours"};
    private static final String[] FOLLOW_UPS = {"La veille, les troupes avaient reculé.",
        "Deux jours plus tard, la ville est tombée.", "Le même mois, les prix ont doublé.",
        "Un jour plus tôt, Kiev avait demandé davantage d'armes.", "Des mois de combats ont suivi.",
        "Les combats se poursuivent 24 heures sur 24.", "Source : https://www.example.org/news/2023/2/13/otan"};

    private ResolverBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> corpus = buildCorpus(seedArticles(), new Random(SEED));
        long bytes = corpus.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        TemporalResolver resolver = new TemporalResolver();

        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            run(resolver, corpus.subList(0, corpus.size() / 4));
        }
        double[] seconds = new double[TIMED_ROUNDS];
        long expressions = 0;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long start = System.nanoTime();
            expressions = run(resolver, corpus);
            seconds[round] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[TIMED_ROUNDS / 2];
        double best = seconds[0];

        double megabytes = bytes / (1024.0 * 1024.0);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "corpus: %d documents, %.1f MB (UTF-8), fixed seed %d%n",
                corpus.size(), megabytes, SEED));
        report.append(String.format(Locale.ROOT, "time per pass: median %.2f s, best %.2f s (%d passes after %d "
                + "warm-up)%n", median, best, TIMED_ROUNDS, WARM_UP_ROUNDS));
        report.append(String.format(Locale.ROOT, "throughput: median %.2f MB/s per core, best %.2f MB/s per core%n",
                megabytes / median, megabytes / best));
        report.append(String.format(Locale.ROOT, "expressions: %d per pass, median %.0f expressions/s, best %.0f%n",
                expressions, expressions / median, expressions / best));
        System.out.print(report);
        if (args.length == 2 && args[0].equals("--out")) {
            Path out = Path.of(args[1]);
            Files.writeString(out, header() + report, StandardCharsets.UTF_8);
            System.out.println("written to " + out);
        }
    }

    /** Date, machine and command, so that a results file says where its figures come from. */
    private static String header() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 0;
        return String.format(Locale.ROOT, "date: %s%nmachine: %d cores, %.0f GiB, load average %.1f, Java %s%n"
                + "command: ./mvnw -q -B -o test-compile exec:java@temporal-bench -Dnpm.ci.skip "
                + "-Dexec.args=\"--out FILE\"%n",
                Instant.now().truncatedTo(ChronoUnit.MINUTES), os.getAvailableProcessors(),
                memory / (1024.0 * 1024 * 1024), os.getSystemLoadAverage(), System.getProperty("java.version"));
    }

    private static long run(TemporalResolver resolver, List<String> corpus) {
        long expressions = 0;
        for (String document : corpus) {
            expressions += resolver.extract(document, PUBLISHED, Language.FR).size();
        }
        return expressions;
    }

    private static List<String> seedArticles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            List<String> articles = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return articles;
        }
    }

    /** Article-sized documents: a seed article's paragraphs in a shuffled order, then synthetic sentences. */
    private static List<String> buildCorpus(List<String> seeds, Random random) {
        List<String> corpus = new ArrayList<>();
        long total = 0;
        while (total < TARGET_BYTES) {
            StringBuilder document = new StringBuilder(8192);
            List<String> paragraphs = new ArrayList<>(List.of(seeds.get(random.nextInt(seeds.size())).split("\n\n")));
            Collections.shuffle(paragraphs, random);
            for (String paragraph : paragraphs) {
                document.append(paragraph).append("\n\n");
            }
            int sentences = 10 + random.nextInt(20);
            for (int i = 0; i < sentences; i++) {
                document.append(pick(SUBJECTS, random)).append(' ').append(pick(VERBS, random)).append(' ')
                        .append(pick(WHEN, random)).append(' ').append(pick(WHAT, random)).append(". ");
                if (random.nextInt(3) == 0) {
                    document.append(pick(FOLLOW_UPS, random)).append(' ');
                }
            }
            String text = document.toString();
            corpus.add(text);
            total += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return corpus;
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
