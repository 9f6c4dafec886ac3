package io.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.extract.Extraction;
import io.factline.extract.Extractor;
import io.factline.temporal.Language;
import io.factline.temporal.TemporalResolver;
import io.factline.timeline.Event;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How many events one sentence makes and their dates: one per reported fact, dated by its main clause; a date that
 * dates nothing makes none. Sentences written for these rules, none taken from a corpus.
 */
class FactDatesTest {

    private static final TemporalResolver RESOLVER = new TemporalResolver();

    @ParameterizedTest(name = "{1} ({2}) -> [{3}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # The main clause's date, not one in a relative clause
            fr | Le maire, qui avait été élu le 2 mars, a démissionné hier. | 2024-03-14 | 2024-03-13
            en | The mayor, who was elected on 2 March, resigned yesterday. | 2024-03-14 | 2024-03-13
            fr | Le directeur a annoncé hier le départ du chef qui était arrivé le 3 janvier. | 2024-03-14 | 2024-03-13
            # ... nor in a participial clause, leading, postposed or right after its noun
            fr | Élu le 10 mars, le nouveau maire a présenté hier son équipe. | 2024-03-14 | 2024-03-13
            fr | Le nouveau maire a présenté hier son équipe, élue le 10 mars. | 2024-03-14 | 2024-03-13
            fr | Le maire, élu le 2 mars, a démissionné hier. | 2024-03-14 | 2024-03-13
            fr | L'équipe élue le 10 mars a présenté hier son programme. | 2024-03-14 | 2024-03-13
            fr | Le maire a présenté lundi l'équipe élue dimanche. | 2024-03-14 | 2024-03-11
            fr | Arrivée mardi à Lyon, la délégation a rencontré hier le préfet. | 2024-03-14 | 2024-03-13
            fr | Blessé samedi, le joueur manquera le prochain match. | 2024-03-14 | 2024-03-09
            en | Re-elected on Sunday, the president named a new prime minister yesterday. | 2024-03-14 | 2024-03-13
            en | The senator, elected in 2019, resigned on Monday. | 2024-03-14 | 2024-03-11
            en | The firm, founded in 1990, said on Monday it would cut jobs. | 2024-03-14 | 2024-03-11
            # ... nor in a circumstantial clause
            fr | Avant de partir à la retraite en juin, le directeur a inauguré hier la nouvelle aile. | 2024-03-14 | 2024-03-13
            en | After talks on Monday, the leaders signed the treaty yesterday. | 2024-03-14 | 2024-03-13
            # ... nor by a deadline or a bound of the fact
            fr | Le gouvernement a promis lundi un plan d'ici le 16 juillet. | 2024-03-14 | 2024-03-11
            fr | D'ici le 16 juillet, le plan devra être prêt, a annoncé lundi le ministre. | 2024-03-14 | 2024-03-11
            fr | Le conseil, qui doit rendre son avis avant fin mai, s'est réuni hier. | 2024-03-14 | 2024-03-13
            en | The union said on Tuesday that talks would continue until June. | 2024-03-14 | 2024-03-12
            en | Ministers agreed on Monday to send the plan by Friday. | 2024-03-14 | 2024-03-11
            # A bound that is the sentence's only date still places its fact
            fr | Le musée restera fermé jusqu'au 2 avril. | 2024-03-14 | 2024-04-02
            # A main clause's date over a subordinate one; a subordinate one over a mere bound
            fr | Pendant un mois à partir de lundi, la cour jugera l'accident qui, le 5 mai 2020, avait fait trois morts. | 2024-03-14 | 2020-05-05
            # Several facts in coordinated main clauses, in clauses of their own, in direct speech
            fr | Le club a gagné le titre samedi et ses supporters ont fêté la victoire dimanche. | 2024-03-14 | 2024-03-09,2024-03-10
            fr | Samedi, le club a gagné le titre, et dimanche il a fêté sa victoire. | 2024-03-14 | 2024-03-09,2024-03-10
            fr | La piscine sera fermée en avril et rouvrira ses portes en mai. | 2024-03-14 | 2024-04,2024-05
            en | The factory closed on Monday and reopened on Wednesday. | 2024-03-14 | 2024-03-11,2024-03-13
            en | The report is due by Friday and the talks will last until June. | 2024-03-14 | 2024-03-15,2024-06
            fr | Samedi, messe à 18 h 30 ; dimanche, messe à 10 h 30. | 2024-03-14 | 2024-03-09T18:30,2024-03-10T10:30
            fr | Le maire a déclaré hier : « Les travaux commenceront le 2 avril ». | 2024-03-14 | 2024-03-13,2024-04-02
            # ... but two dates of one fact make one event
            fr | Les élections auront lieu les 6 et 13 avril. | 2024-03-14 | 2024-04-06
            fr | La déchetterie sera fermée du 3 au 6 avril. | 2024-03-14 | 2024-04-03
            en | Talks were held between 4 March and 8 March in Geneva. | 2024-03-14 | 2024-03-04
            fr | Le camping affiche complet du 15 juillet au 15 août. | 2024-03-14 | 2024-07-15
            en | Records show he was fined twice from 1991 to 1997. | 2024-03-14 | 1991
            # A time of the day says more than its day
            fr | Hier, vers 18 h, un incendie a détruit un hangar. | 2024-03-14 | 2024-03-13T18:00
            fr | Un homme a été secouru et transporté à l'hôpital mardi vers 21 h 45. | 2024-03-14 | 2024-03-12T21:45
            # A date that dates nothing makes no event: a comparison's reference, the start of a state
            fr | Les ventes ont progressé de 5 % par rapport à mars 2023. | 2024-03-14 |
            en | Prices rose 3% compared with March 2023. | 2024-03-14 |
            en | Unemployment fell to 4%, lower than in January. | 2024-03-14 |
            fr | Le chômage atteint 7 %, contre 8 % en janvier. | 2024-03-14 |
            fr | La route est fermée depuis lundi. | 2024-03-14 |
            en | The road has been closed since Monday. | 2024-03-14 |
            fr | Le patient, qui souffre depuis mardi, a été opéré hier. | 2024-03-14 | 2024-03-13
            en | The minister, in office since Tuesday, resigned on Wednesday. | 2024-03-14 | 2024-03-13
            fr | Les ventes ont baissé par rapport à janvier et février. | 2024-03-14 |
            en | Since 1949, it has admitted Greece in 1952 and Spain in 1982. | 2024-03-14 | 1952,1982
            # ... unless it heads a clause that reports a fact
            en | His relatives have cared for him since November, when he was found at sea. | 2024-03-14 | 2023-11
            fr | Elle vit à Lyon depuis janvier, quand elle a quitté Paris. | 2024-03-14 | 2024-01
            # ... nor a duration, an age, a set or a vague reference (the resolver gives them no interval)
            fr | Il vit à Lyon depuis trois ans. | 2024-03-14 |
            fr | La réunion a duré pendant deux heures. | 2024-03-14 |
            fr | Âgé de 45 ans, il a été arrêté mercredi. | 2024-03-14 | 2024-03-13
            en | He was 45 years old when he was arrested on Tuesday. | 2024-03-14 | 2024-03-12
            fr | Le marché a lieu chaque mardi. | 2024-03-14 |
            en | Every Tuesday the market opens. | 2024-03-14 |
            fr | Actuellement, la ville compte 3 000 habitants. | 2024-03-14 |
            en | Nowadays people read less. | 2024-03-14 |
            # A year dates a fact when it is all the sentence says
            fr | Le mur de Berlin est tombé en 1989. | 2024-03-14 | 1989
            en | The company was founded in 1990. | 2024-03-14 | 1990
            """)
    void makesOneEventPerReportedFactDatedByItsMainClause(String language, String sentence, LocalDate publishedOn,
            String dates) {
        Language read = Language.valueOf(language.toUpperCase(Locale.ROOT));
        Extraction extraction = Extractor.read(RESOLVER, sentence, publishedOn, read);
        List<Event> events = EventGrouping.onEmptyTimeline(extraction, "test", sentence, List.of(), List.of());
        List<String> expected = dates == null ? List.of() : Arrays.asList(dates.split(","));
        assertThat(events).extracting(event -> event.date.value).containsExactlyElementsOf(expected);
        assertThat(events).allSatisfy(event -> assertThat(event.citations).singleElement()
                .satisfies(citation -> assertThat(citation.quote).isEqualTo(sentence)));
    }
}
