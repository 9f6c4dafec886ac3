package io.factline.temporal.eval;

import io.factline.temporal.Language;
import io.factline.temporal.Timex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a temporal extractor on TimeML documents the TempEval-3 way.
 *
 * <ul>
 *   <li>Extraction, strict: a system timex whose span is a gold TIMEX3's; relaxed: one whose span overlaps it.
 *       Gold and system are aligned one-to-one, greedily: exact spans first, then the largest overlap. Precision
 *       is over the system timexes, recall over the gold.</li>
 *   <li>Value: an aligned pair whose values are equal (case aside) is correct; precision = correct / system timexes,
 *       recall = correct / gold.</li>
 *   <li>Type accuracy: the share of aligned pairs whose type names agree (the system's {@code TimexType.name()}, so
 *       a TIME type is scored as soon as the resolver has one).</li>
 * </ul>
 * {@link UnsupportedOperationException} from the extractor propagates (not implemented); any other exception is
 * recorded as a crash of that document, whose gold then counts as missed.
 */
public final class TimeMlScore {

    /** The gold types reported even when a corpus has none of them, in this order. */
    public static final List<String> TYPES = List.of("DATE", "TIME", "DURATION", "SET");

    private final String name;
    private int documents;
    private int gold;
    private int system;
    private int strict;
    private int relaxed;
    private int valueCorrect;
    private int typeCorrect;
    private int crashes;
    private final Map<String, TypeCounts> byType = new LinkedHashMap<>();
    private final List<TimeMlError> errors = new ArrayList<>();

    /** Tallies of the gold TIMEX3 of one type (and of the system timexes given that type). */
    public static final class TypeCounts {
        int gold;
        int system;
        int matched;
        int valueCorrect;

        public int gold() {
            return gold;
        }

        public int system() {
            return system;
        }

        public int matched() {
            return matched;
        }

        public int valueCorrect() {
            return valueCorrect;
        }

        public double valueRecall() {
            return Counts.ratio(valueCorrect, gold);
        }
    }

    private TimeMlScore(String name) {
        this.name = name;
        TYPES.forEach(t -> byType.put(t, new TypeCounts()));
    }

    public static TimeMlScore score(String name, List<TimeMlDocument> documents, Language language,
            SystemUnderTest extractor) {
        TimeMlScore score = new TimeMlScore(name);
        for (TimeMlDocument document : documents) {
            score.score(document, language, extractor);
        }
        return score;
    }

    private record Pair(TimeMlDocument.Timex3 gold, Timex system) {

        boolean exact() {
            return gold.start() == system.start() && gold.end() == system.end();
        }

        int overlap() {
            return Math.min(gold.end(), system.end()) - Math.max(gold.start(), system.start());
        }
    }

    private void score(TimeMlDocument doc, Language language, SystemUnderTest extractor) {
        documents++;
        gold += doc.timexes().size();
        doc.timexes().forEach(g -> type(g.type()).gold++);
        List<Timex> found;
        try {
            found = List.copyOf(extractor.extract(doc.text(), doc.publishedOn(), language));
        } catch (UnsupportedOperationException e) {
            throw e;
        } catch (RuntimeException e) {
            crashes++;
            errors.add(new TimeMlError(TimeMlError.Kind.CRASH, doc.id(), null, null, String.valueOf(e)));
            found = List.of();
        }
        system += found.size();
        found.forEach(t -> type(typeName(t)).system++);

        List<Pair> candidates = new ArrayList<>();
        for (TimeMlDocument.Timex3 g : doc.timexes()) {
            for (Timex t : found) {
                if (g.overlaps(t.start(), t.end())) {
                    candidates.add(new Pair(g, t));
                }
            }
        }
        candidates.sort(Comparator.comparing((Pair p) -> !p.exact())
                .thenComparing(Comparator.comparingInt(Pair::overlap).reversed())
                .thenComparingInt(p -> p.gold().start())
                .thenComparingInt(p -> p.system().start()));
        // Identity, not equality: two equal records from the system are two timexes.
        Map<TimeMlDocument.Timex3, Pair> byGold = new IdentityHashMap<>();
        Map<Timex, Pair> bySystem = new IdentityHashMap<>();
        for (Pair p : candidates) {
            if (!byGold.containsKey(p.gold()) && !bySystem.containsKey(p.system())) {
                byGold.put(p.gold(), p);
                bySystem.put(p.system(), p);
            }
        }

        for (TimeMlDocument.Timex3 g : doc.timexes()) {
            Pair p = byGold.get(g);
            if (p == null) {
                errors.add(new TimeMlError(TimeMlError.Kind.MISSED, doc.id(), g, null,
                        TimeMlError.context(doc, g.start(), g.end())));
                continue;
            }
            TypeCounts counts = type(g.type());
            relaxed++;
            counts.matched++;
            String context = TimeMlError.context(doc, Math.min(g.start(), p.system().start()),
                    Math.max(g.end(), p.system().end()));
            if (p.exact()) {
                strict++;
            } else {
                errors.add(new TimeMlError(TimeMlError.Kind.WRONG_EXTENT, doc.id(), g, p.system(), context));
            }
            if (sameValue(g.value(), p.system().value())) {
                valueCorrect++;
                counts.valueCorrect++;
            } else {
                errors.add(new TimeMlError(TimeMlError.Kind.WRONG_VALUE, doc.id(), g, p.system(), context));
            }
            if (Objects.equals(g.type(), typeName(p.system()))) {
                typeCorrect++;
            } else {
                errors.add(new TimeMlError(TimeMlError.Kind.WRONG_TYPE, doc.id(), g, p.system(), context));
            }
        }
        for (Timex t : found) {
            if (!bySystem.containsKey(t)) {
                errors.add(new TimeMlError(TimeMlError.Kind.SPURIOUS, doc.id(), null, t,
                        TimeMlError.context(doc, t.start(), t.end())));
            }
        }
    }

    static boolean sameValue(String goldValue, String systemValue) {
        return goldValue == null ? systemValue == null : goldValue.equalsIgnoreCase(systemValue);
    }

    private static String typeName(Timex t) {
        return t.type() == null ? "(none)" : t.type().name();
    }

    private TypeCounts type(String typeName) {
        return byType.computeIfAbsent(Objects.requireNonNullElse(typeName, "(none)"), k -> new TypeCounts());
    }

    public String name() {
        return name;
    }

    public int documents() {
        return documents;
    }

    public int gold() {
        return gold;
    }

    public int system() {
        return system;
    }

    /** Aligned pairs with identical spans. */
    public int strict() {
        return strict;
    }

    /** Aligned pairs (overlapping spans). */
    public int relaxed() {
        return relaxed;
    }

    public int valueCorrect() {
        return valueCorrect;
    }

    public int typeCorrect() {
        return typeCorrect;
    }

    public int crashes() {
        return crashes;
    }

    public double strictPrecision() {
        return Counts.ratio(strict, system);
    }

    public double strictRecall() {
        return Counts.ratio(strict, gold);
    }

    public double strictF1() {
        return Counts.f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return Counts.ratio(relaxed, system);
    }

    public double relaxedRecall() {
        return Counts.ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return Counts.f1(relaxedPrecision(), relaxedRecall());
    }

    public double valuePrecision() {
        return Counts.ratio(valueCorrect, system);
    }

    public double valueRecall() {
        return Counts.ratio(valueCorrect, gold);
    }

    public double valueF1() {
        return Counts.f1(valuePrecision(), valueRecall());
    }

    public double typeAccuracy() {
        return Counts.ratio(typeCorrect, relaxed);
    }

    /** DATE, TIME, DURATION, SET, then any other type name met, gold or system. */
    public Map<String, TypeCounts> byType() {
        return Collections.unmodifiableMap(byType);
    }

    public List<TimeMlError> errors() {
        return List.copyOf(errors);
    }

    public List<TimeMlError> errors(TimeMlError.Kind kind) {
        return errors.stream().filter(e -> e.kind() == kind).toList();
    }

    public Map<TimeMlError.Kind, Integer> errorCounts() {
        Map<TimeMlError.Kind, Integer> counts = new EnumMap<>(TimeMlError.Kind.class);
        for (TimeMlError.Kind k : TimeMlError.Kind.values()) {
            counts.put(k, 0);
        }
        errors.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }

    /** One line for test output. */
    public String summary() {
        return String.format(Locale.ROOT,
                "%s: docs=%d gold=%d system=%d | strict P=%.3f R=%.3f F1=%.3f | relaxed P=%.3f R=%.3f F1=%.3f"
                        + " | value P=%.3f R=%.3f F1=%.3f | type accuracy=%.3f | crashes=%d",
                name, documents, gold, system, strictPrecision(), strictRecall(), strictF1(), relaxedPrecision(),
                relaxedRecall(), relaxedF1(), valuePrecision(), valueRecall(), valueF1(), typeAccuracy(), crashes);
    }
}
