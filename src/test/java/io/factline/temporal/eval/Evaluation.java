package io.factline.temporal.eval;

import io.factline.temporal.Timex;
import io.factline.temporal.TimexType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a temporal extractor against gold documents.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only dated system timexes ({@link Timex#isDated()}) take part in detection: they are what a timeline places.</li>
 *   <li>Required gold expressions (required, with an interval) are matched one-to-one to overlapping dated system
 *       timexes, preferring an exact span, then a correct interval, then the largest overlap.</li>
 *   <li>A dated system timex left unmatched is a false positive when it overlaps a required expression already
 *       matched (a split or duplicate), a duration, a set, a vague reference, a negative, or nothing annotated.</li>
 *   <li>One that overlaps only other non-required gold (a season, a century, a holiday, an ambiguous anaphor) is
 *       counted neither way.</li>
 *   <li>A system DURATION or SET that carries an interval is an error of its own (never a match).</li>
 *   <li>Value correctness: earliest and latest both equal the gold's. Value, precision, mod and rule are reported, not
 *       scored.</li>
 * </ul>
 * {@link UnsupportedOperationException} from the extractor propagates (the resolver is not implemented); any other
 * exception is recorded as a crash of that document, all of whose required expressions then count as missed.
 */
public final class Evaluation {

    public static final String UNANNOTATED = "(unannotated)";

    private final String name;
    private final Counts total = new Counts();
    private final Map<String, Counts> byLanguage = new TreeMap<>();
    private final Map<String, Counts> byCategory = new TreeMap<>();
    private final List<EvalError> errors = new ArrayList<>();

    private Evaluation(String name) {
        this.name = name;
    }

    public static Evaluation evaluate(String name, List<GoldDocument> documents, SystemUnderTest system) {
        Evaluation evaluation = new Evaluation(name);
        for (GoldDocument document : documents) {
            evaluation.score(document, system);
        }
        return evaluation;
    }

    /** The union of several evaluations, as if their documents had been scored together. */
    public static Evaluation merge(String name, List<Evaluation> parts) {
        Evaluation all = new Evaluation(name);
        for (Evaluation part : parts) {
            all.total.add(part.total);
            part.byLanguage.forEach((k, v) -> all.byLanguage.computeIfAbsent(k, x -> new Counts()).add(v));
            part.byCategory.forEach((k, v) -> all.byCategory.computeIfAbsent(k, x -> new Counts()).add(v));
            all.errors.addAll(part.errors);
        }
        return all;
    }

    public String name() {
        return name;
    }

    public Counts total() {
        return total;
    }

    public Map<String, Counts> byLanguage() {
        return byLanguage;
    }

    public Map<String, Counts> byCategory() {
        return byCategory;
    }

    public List<EvalError> errors() {
        return errors;
    }

    public List<EvalError> errors(EvalError.Kind kind) {
        return errors.stream().filter(e -> e.kind() == kind).toList();
    }

    // ------------------------------------------------------------------------------------------------------------

    private void score(GoldDocument doc, SystemUnderTest system) {
        Counts lang = byLanguage.computeIfAbsent(doc.language().code(), k -> new Counts());
        total.documents++;
        lang.documents++;
        for (GoldTimex g : doc.timexes()) {
            Counts cat = category(g.category());
            if (g.isScored()) {
                bump(lang, cat, c -> c.goldRequired++);
            } else {
                bump(lang, cat, c -> c.goldNotRequired++);
            }
        }

        List<Timex> output;
        try {
            output = system.extract(doc.text(), doc.publishedOn(), doc.language());
        } catch (UnsupportedOperationException e) {
            throw e;
        } catch (RuntimeException e) {
            total.crashes++;
            lang.crashes++;
            errors.add(new EvalError(EvalError.Kind.CRASH, doc.id(), null, null, e.toString()));
            for (GoldTimex g : doc.timexes()) {
                if (g.isScored()) {
                    errors.add(new EvalError(EvalError.Kind.MISSED, doc.id(), g, null, "system crashed"));
                }
            }
            return;
        }
        if (output == null) {
            output = List.of();
        }

        int length = doc.codePointLength();
        List<Timex> dated = new ArrayList<>();
        for (Timex t : output) {
            boolean inRange = t.start() >= 0 && t.start() < t.end() && t.end() <= length;
            if (!inRange || !doc.slice(t.start(), t.end()).equals(t.text())) {
                bump(lang, null, c -> c.badOffsets++);
                errors.add(new EvalError(EvalError.Kind.BAD_OFFSETS, doc.id(), null, t,
                        inRange ? "text at offsets is \"" + doc.slice(t.start(), t.end()) + "\""
                                : "offsets outside 0.." + length));
            }
            if (!inRange) {
                continue;
            }
            boolean durationOrSet = t.type() == TimexType.DURATION || t.type() == TimexType.SET;
            if (durationOrSet && (t.earliest() != null || t.latest() != null)) {
                GoldTimex g = firstOverlapping(doc, t, x -> true);
                bump(lang, category(g == null ? UNANNOTATED : g.category()), c -> c.datedDurationOrSet++);
                errors.add(new EvalError(EvalError.Kind.DATED_DURATION_OR_SET, doc.id(), g, t,
                        "a " + t.type() + " must carry no interval"));
            }
            if (t.isDated()) {
                dated.add(t);
            }
        }

        // one-to-one matching of required gold and dated system timexes
        List<GoldTimex> scored = doc.timexes().stream().filter(GoldTimex::isScored).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (GoldTimex g : scored) {
            for (Timex t : dated) {
                if (g.overlaps(t.start(), t.end())) {
                    candidates.add(new Candidate(g, t));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.exact())
                .thenComparing(c -> !c.valueCorrect())
                .thenComparing(c -> -c.overlap())
                .thenComparingInt(c -> c.gold.start())
                .thenComparingInt(c -> c.system.start()));
        Map<GoldTimex, Timex> matchOf = new IdentityHashMap<>();
        Set<Timex> used = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : candidates) {
            if (!matchOf.containsKey(c.gold) && !used.contains(c.system)) {
                matchOf.put(c.gold, c.system);
                used.add(c.system);
            }
        }

        for (GoldTimex g : scored) {
            Counts cat = category(g.category());
            Timex t = matchOf.get(g);
            if (t == null) {
                errors.add(new EvalError(EvalError.Kind.MISSED, doc.id(), g, null, ""));
                continue;
            }
            Candidate c = new Candidate(g, t);
            bump(lang, cat, x -> x.matched++);
            if (c.exact()) {
                bump(lang, cat, x -> x.exactSpan++);
            }
            if (c.valueCorrect()) {
                bump(lang, cat, x -> x.valueCorrect++);
                if (!c.exact()) {
                    errors.add(new EvalError(EvalError.Kind.SPAN, doc.id(), g, t, "interval right, span differs"));
                }
            } else {
                errors.add(new EvalError(EvalError.Kind.WRONG_VALUE, doc.id(), g, t, ""));
            }
        }

        Set<GoldTimex> notRequiredDated = new HashSet<>();
        for (Timex t : dated) {
            if (used.contains(t)) {
                continue;
            }
            GoldTimex hitScored = firstOverlapping(doc, t, GoldTimex::isScored);
            GoldTimex hitNever = firstOverlapping(doc, t, GoldTimex::mustNeverBeDated);
            GoldTimex hitNegative = firstOverlapping(doc, t, GoldTimex::isNegative);
            GoldTimex hitOther = firstOverlapping(doc, t, g -> !g.isScored());
            if (hitNever != null) {
                notRequiredDated.add(hitNever);
            }
            if (hitNegative != null) {
                notRequiredDated.add(hitNegative);
            }
            if (hitScored != null) {
                falsePositive(lang, hitScored.category());
                errors.add(new EvalError(EvalError.Kind.FALSE_POSITIVE, doc.id(), hitScored, t,
                        "second dated timex on an expression already matched (split or duplicate)"));
            } else if (hitNever != null) {
                falsePositive(lang, hitNever.category());
                if (hitNever.isDurationOrSet()) {
                    bump(lang, category(hitNever.category()), x -> x.datedDurationOrSet++);
                    errors.add(new EvalError(EvalError.Kind.DATED_DURATION_OR_SET, doc.id(), hitNever, t,
                            "dated a gold " + hitNever.type()));
                } else {
                    bump(lang, category(hitNever.category()), x -> x.datedVague++);
                    errors.add(new EvalError(EvalError.Kind.DATED_VAGUE, doc.id(), hitNever, t, "dated a vague reference"));
                }
            } else if (hitNegative != null) {
                falsePositive(lang, GoldTimex.NEGATIVE);
                errors.add(new EvalError(EvalError.Kind.FALSE_POSITIVE, doc.id(), hitNegative, t, "dated a negative"));
            } else if (hitOther != null) {
                notRequiredDated.add(hitOther); // not required, not forbidden: counted neither way
            } else {
                falsePositive(lang, UNANNOTATED);
                errors.add(new EvalError(EvalError.Kind.FALSE_POSITIVE, doc.id(), null, t, "overlaps no annotation"));
            }
        }
        for (GoldTimex g : notRequiredDated) {
            bump(lang, category(g.category()), x -> x.notRequiredDated++);
        }
    }

    private void falsePositive(Counts lang, String categoryName) {
        bump(lang, category(categoryName), x -> x.falsePositives++);
    }

    private Counts category(String name) {
        return byCategory.computeIfAbsent(Objects.requireNonNullElse(name, "other"), k -> new Counts());
    }

    private void bump(Counts lang, Counts cat, java.util.function.Consumer<Counts> f) {
        f.accept(total);
        f.accept(lang);
        if (cat != null) {
            f.accept(cat);
        }
    }

    private static GoldTimex firstOverlapping(GoldDocument doc, Timex t, java.util.function.Predicate<GoldTimex> filter) {
        for (GoldTimex g : doc.timexes()) {
            if (filter.test(g) && g.overlaps(t.start(), t.end())) {
                return g;
            }
        }
        return null;
    }

    private record Candidate(GoldTimex gold, Timex system) {

        boolean exact() {
            return gold.start() == system.start() && gold.end() == system.end();
        }

        boolean valueCorrect() {
            return Objects.equals(gold.earliest(), system.earliest()) && Objects.equals(gold.latest(), system.latest());
        }

        int overlap() {
            return Math.min(gold.end(), system.end()) - Math.max(gold.start(), system.start());
        }
    }
}
