package io.factline.ingest;

import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides whether a statement reports an event already on the timeline. Only events with the very same date
 * interval are considered; among them, one matches when
 * <ul>
 * <li>the statement is worded nearly like one of its citations (content words, Jaccard ≥ {@value #SAME_WORDING}),
 *     which catches re-posted and lightly edited copies of a text, or</li>
 * <li>they share enough named entities: the same specific place (a building, site, city or region) suffices,
 *     and so does a shared person; a shared organisation counts {@value #ORGANISATION}, a shared state or the same
 *     country {@value #STATE}, and the evidence must add up to 1. A state alone ("Ukraine") is named in most
 *     reports of this war, so it never merges two reports by itself.</li>
 * </ul>
 * Two different places of the same level (two cities, two buildings), or in different countries, mean two events,
 * whatever else they share; a city and a building in it may be the same event. This works across languages: the
 * gazetteer gives "siège de l’OTAN" and "NATO headquarters" the same id.
 */
final class EventMatcher {

    static final double SAME_WORDING = 0.6;
    static final double PERSON = 1.0;
    static final double ORGANISATION = 0.75;
    static final double STATE = 0.5;
    static final double SPECIFIC_PLACE = 1.0;
    static final double THRESHOLD = 1.0;

    /** What a statement says, ready to compare. */
    record Candidate(String place, Place.Kind placeKind, String placeCountry, Set<String> places, Set<String> actors,
            Set<String> words) {
    }

    private EventMatcher() {
    }

    /** The best-matching event among {@code sameInterval}, or null when none matches. */
    static Event best(Candidate candidate, List<Event> sameInterval) {
        return best(candidate, sameInterval, citation -> new HashSet<>(Words.contentWords(citation.quote)));
    }

    /** As {@link #best(Candidate, List)}, with the content words of citations from {@code wordsOf} (a cache). */
    static Event best(Candidate candidate, List<Event> sameInterval, Function<Citation, Set<String>> wordsOf) {
        Event best = null;
        double bestScore = 0;
        for (Event event : sameInterval) {
            double score = score(candidate, event, wordsOf);
            if (score >= THRESHOLD && score > bestScore) {
                best = event;
                bestScore = score;
            }
        }
        return best;
    }

    static double score(Candidate candidate, Event event, Function<Citation, Set<String>> wordsOf) {
        double wording = 0;
        for (Citation citation : event.citations) {
            wording = Math.max(wording, Words.jaccard(candidate.words(), wordsOf.apply(citation)));
        }
        if (wording >= SAME_WORDING) {
            return 10 + wording;
        }
        double score = 0;
        if (event.place != null && candidate.places().contains(event.place.id)) {
            score += event.place.kind == Place.Kind.COUNTRY ? STATE : SPECIFIC_PLACE;
        } else if (event.place != null && candidate.place() != null && (differentCountries(candidate, event.place)
                || level(event.place.kind) < COUNTRY_LEVEL && level(event.place.kind) == level(candidate.placeKind()))) {
            // Kyiv and Kharkiv, Ramstein and NATO headquarters, Kyiv and Brussels: not one event, whatever else.
            return 0;
        }
        for (Actor actor : event.actors) {
            if (candidate.actors().contains(actor.id)) {
                score += weight(actor.kind);
            }
        }
        return score;
    }

    private static final int COUNTRY_LEVEL = 3;

    private static boolean differentCountries(Candidate candidate, Place place) {
        return candidate.placeCountry() != null && place.countryCode != null
                && !candidate.placeCountry().equals(place.countryCode);
    }

    /** Places of one level cannot contain one another: a building or site, a city, a region, a country. */
    private static int level(Place.Kind kind) {
        switch (kind) {
            case BUILDING:
            case SITE:
                return 0;
            case CITY:
                return 1;
            case REGION:
                return 2;
            default:
                return COUNTRY_LEVEL;
        }
    }

    private static double weight(Actor.Kind kind) {
        switch (kind) {
            case PERSON:
                return PERSON;
            case ORGANISATION:
            case ARMED_GROUP:
                return ORGANISATION;
            default:
                return STATE;
        }
    }
}
