package io.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.gazetteer.Actor;
import io.factline.gazetteer.Place;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityLinkerTest {

    private static final EntityLinker LINKER = EntityLinker.of(List.of(
            place("ukraine", Place.Kind.COUNTRY, "Ukraine"),
            place("united-states", Place.Kind.COUNTRY, "United States", "États-Unis", "USA", "US"),
            place("kyiv", Place.Kind.CITY, "Kyiv", "Kiev", "Kyïv"),
            place("kharkiv", Place.Kind.CITY, "Kharkiv", "Kharkov"),
            place("kharkiv-oblast", Place.Kind.REGION, "Kharkiv Oblast", "région de Kharkov", "Kharkiv region"),
            place("ramstein-air-base", Place.Kind.SITE, "Ramstein Air Base", "Ramstein", "base aérienne de Ramstein"),
            place("nato-headquarters", Place.Kind.BUILDING, "NATO Headquarters", "siège de l’OTAN", "NATO headquarters"),
            place("brussels", Place.Kind.CITY, "Brussels", "Bruxelles"),
            place("mars-crater", Place.Kind.SITE, "Mars")),
            List.of(actor("nato", Actor.Kind.ORGANISATION, "NATO", "OTAN", "Otan"),
                    actor("ukraine", Actor.Kind.STATE, "Ukraine"),
                    actor("ukraine-defense-contact-group", Actor.Kind.ORGANISATION, "Ukraine Defense Contact Group"),
                    actor("united-states", Actor.Kind.STATE, "United States", "États-Unis", "USA", "US"),
                    actor("jens-stoltenberg", Actor.Kind.PERSON, "Jens Stoltenberg", "Stoltenberg"),
                    actor("lloyd-austin", Actor.Kind.PERSON, "Lloyd Austin", "Austin")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Stoltenberg spoke in Kyiv on Thursday.                          | kyiv              | jens-stoltenberg
            STOLTENBERG ARRIVES IN KIEV                                     | kyiv              | jens-stoltenberg
            Le chef de l’Otan est arrivé à Kyïv.                            | kyiv              | nato
            L'offensive vise la région de Kharkov depuis vendredi.          | kharkiv-oblast    |
            The Ukraine Defense Contact Group met at Ramstein on Friday.     | ramstein-air-base | ukraine-defense-contact-group
            Les alliés se réunissent au siège de l'OTAN.                    | nato-headquarters | nato
            They met at NATO headquarters in Brussels.                      | nato-headquarters | nato
            The US sent aid, officials told us; USAID was not involved.     |                   | united-states
            Let us go, said the minister: us and them, Us and them.         |                   |
            Fighting continued in Ukraine.                                  | ukraine           | ukraine
            The United States gave Ukraine more shells.                     |                   | united-states;ukraine
            """)
    void linksPlacesAndActorsNamedAsWholeWords(String sentence, String place, String actors) {
        EntityLinker.Links links = LINKER.link(sentence, List.of());
        assertThat(links.place()).isEqualTo(place);
        assertThat(links.actors()).containsExactlyElementsOf(actors == null ? List.of() : List.of(actors.split(";")));
    }

    @Test
    void prefersTheMostSpecificPlaceOfTheSentence() {
        EntityLinker.Links links = LINKER.link("In Ukraine, shells hit Kharkiv and the région de Kharkov.", List.of());
        assertThat(links.place()).isEqualTo("kharkiv");
        assertThat(links.places()).containsExactly("ukraine", "kharkiv", "kharkiv-oblast");
    }

    @Test
    void linksNothingInsideATemporalExpression() {
        String sentence = "Le 3 Mars, Austin était à Kyiv.";
        int start = sentence.indexOf("3 Mars");
        EntityLinker.Links links = LINKER.link(sentence, List.of(new int[] {start, start + "3 Mars".length()}));
        assertThat(links.places()).containsExactly("kyiv");
        assertThat(links.actors()).containsExactly("lloyd-austin");
        assertThat(LINKER.link(sentence, List.of()).places()).as("without the exclusion, Mars would be linked")
                .contains("mars-crater");
    }

    @Test
    void needsACapitalForACapitalisedNameAndTheExactCaseForAnAcronym() {
        assertThat(EntityLinker.caseRule("US")).isEqualTo(EntityLinker.CaseRule.EXACT);
        assertThat(EntityLinker.caseRule("NATO headquarters")).isEqualTo(EntityLinker.CaseRule.CAPITALISED);
        assertThat(EntityLinker.caseRule("siège de l’OTAN")).isEqualTo(EntityLinker.CaseRule.ANY);
        assertThat(LINKER.link("the austin-healey and mars bars", List.of()).actors()).isEmpty();
    }

    static Place place(String id, Place.Kind kind, String name, String... aliases) {
        Place place = new Place();
        place.id = id;
        place.kind = kind;
        place.name = name;
        place.aliases.addAll(List.of(aliases));
        return place;
    }

    static Actor actor(String id, Actor.Kind kind, String name, String... aliases) {
        Actor actor = new Actor();
        actor.id = id;
        actor.kind = kind;
        actor.name = name;
        actor.aliases.addAll(List.of(aliases));
        return actor;
    }
}
