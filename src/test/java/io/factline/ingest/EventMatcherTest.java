package io.factline.ingest;

import static io.factline.ingest.EntityLinkerTest.actor;
import static io.factline.ingest.EntityLinkerTest.place;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import io.factline.timeline.Citation;
import io.factline.timeline.Event;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventMatcherTest {

    private static final Place RAMSTEIN = in("DE", place("ramstein-air-base", Place.Kind.SITE, "Ramstein"));
    private static final Place NATO_HQ = in("BE", place("nato-headquarters", Place.Kind.BUILDING, "NATO HQ"));
    private static final Place KYIV = in("UA", place("kyiv", Place.Kind.CITY, "Kyiv"));
    private static final Place BRUSSELS = in("BE", place("brussels", Place.Kind.CITY, "Brussels"));
    private static final Actor STOLTENBERG = actor("jens-stoltenberg", Actor.Kind.PERSON, "Jens Stoltenberg");
    private static final Actor NATO = actor("nato", Actor.Kind.ORGANISATION, "NATO");
    private static final Actor UKRAINE = actor("ukraine", Actor.Kind.STATE, "Ukraine");

    private final Event ramstein = event("ramstein-meeting", RAMSTEIN, List.of(STOLTENBERG, NATO, UKRAINE),
            "Le secrétaire général de l'Otan, Jens Stoltenberg, s'est dit vendredi confiant.");

    @Test
    void joinsAReportOfTheSamePlaceInAnotherLanguage() {
        assertThat(EventMatcher.best(candidate(RAMSTEIN, Set.of(RAMSTEIN.id), Set.of(), "Allies met at Ramstein on "
                + "Friday."), List.of(ramstein))).isSameAs(ramstein);
    }

    @Test
    void joinsAReportThatSharesAPerson() {
        assertThat(EventMatcher.best(candidate(null, Set.of(), Set.of(STOLTENBERG.id), "Stoltenberg said on Friday "
                + "he was confident."), List.of(ramstein))).isSameAs(ramstein);
    }

    @Test
    void keepsApartReportsThatShareOnlyAState() {
        assertThat(EventMatcher.best(candidate(null, Set.of(), Set.of(UKRAINE.id), "Ukraine said on Friday it "
                + "shot down drones."), List.of(ramstein))).isNull();
    }

    @Test
    void keepsApartTwoPlacesOfTheSameLevelWhateverElseTheyShare() {
        assertThat(EventMatcher.best(candidate(NATO_HQ, Set.of(NATO_HQ.id), Set.of(STOLTENBERG.id, NATO.id),
                "Stoltenberg spoke at NATO headquarters."), List.of(ramstein))).isNull();
    }

    @Test
    void letsACityReportJoinAnEventAtABuildingOfIt() {
        Event hq = event("allies-meet-at-nato-headquarters", NATO_HQ, List.of(NATO, UKRAINE), "Les membres de l’OTAN "
                + "se réunissent mardi au siège de l’alliance.");
        assertThat(EventMatcher.best(candidate(BRUSSELS, Set.of(BRUSSELS.id), Set.of(NATO.id, UKRAINE.id),
                "NATO allies of Ukraine met in Brussels on Tuesday."), List.of(hq))).isSameAs(hq);
    }

    @Test
    void keepsApartPlacesInDifferentCountries() {
        Event hq = event("allies-meet-at-nato-headquarters", NATO_HQ, List.of(NATO, UKRAINE), "Les membres de l’OTAN "
                + "se réunissent mardi au siège de l’alliance.");
        assertThat(EventMatcher.best(candidate(KYIV, Set.of(KYIV.id), Set.of(NATO.id, UKRAINE.id),
                "NATO allies of Ukraine met in Kyiv on Tuesday."), List.of(hq))).isNull();
    }

    @Test
    void joinsANearIdenticalWordingWithoutAnyEntity() {
        Event event = event("x", null, List.of(), "The shelling of the city went on through the night, officials said.");
        assertThat(EventMatcher.best(candidate(null, Set.of(), Set.of(), "The shelling of the city went on through "
                + "the night, local officials said."), List.of(event))).isSameAs(event);
    }

    @Test
    void prefersTheEventWithTheStrongestEvidence() {
        Event kyivVisit = event("stoltenberg-visits-kyiv", KYIV, List.of(STOLTENBERG, NATO), "En visite à Kiev.");
        assertThat(EventMatcher.best(candidate(RAMSTEIN, Set.of(RAMSTEIN.id), Set.of(STOLTENBERG.id),
                "Stoltenberg spoke at Ramstein."), List.of(kyivVisit, ramstein))).isSameAs(ramstein);
    }

    private static EventMatcher.Candidate candidate(Place place, Set<String> places, Set<String> actors, String text) {
        return new EventMatcher.Candidate(place == null ? null : place.id, place == null ? null : place.kind,
                place == null ? null : place.countryCode, places,
                actors, new HashSet<>(Words.contentWords(text)));
    }

    private static Place in(String countryCode, Place place) {
        place.countryCode = countryCode;
        return place;
    }

    private static Event event(String id, Place place, List<Actor> actors, String quote) {
        Event event = new Event();
        event.id = id;
        event.place = place;
        event.actors.addAll(actors);
        event.addCitation(Citation.of("s", quote, 0, quote.length(), "", ""));
        return event;
    }
}
