package io.factline.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clock times and parts of the day: TIMEX3 TIME values on the day the text is talking about. */
class TimeResolutionTest {

    @ParameterizedTest(name = "[{0}] {2} -> {3} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | 2024-05-16 | L'explosion a eu lieu à 21 h 45 dans le centre.            | 21 h 45          | 2024-05-16T21:45 | 2024-05-16 | MINUTE      | time.clock
        fr | 2024-05-16 | Le train est parti à 6h05 de la gare.                      | 6h05             | 2024-05-16T06:05 | 2024-05-16 | MINUTE      | time.clock
        fr | 2024-05-16 | La séance reprendra à 14h.                                 | 14h              | 2024-05-16T14:00 | 2024-05-16 | HOUR        | time.clock
        fr | 2024-05-16 | Les secours sont arrivés vers 0 h 20.                      | 0 h 20           | 2024-05-16T00:20 | 2024-05-16 | MINUTE      | time.clock
        fr | 2024-05-16 | Le 3 mai, le vote a commencé à 8 h.                        | 8 h              | 2024-05-03T08:00 | 2024-05-03 | HOUR        | time.clock
        fr | 2024-05-16 | Hier à 10 h, le conseil s'est réuni.                       | Hier à 10 h      | 2024-05-15T10:00 | 2024-05-15 | HOUR        | time.clock
        fr | 2024-05-16 | Vers 23 h 10, mardi, un incendie s'est déclaré.            | 23 h 10          | 2024-05-14T23:10 | 2024-05-14 | MINUTE      | time.clock
        fr | 2024-05-16 | Un camion a pris feu vers 4 h 15, mardi. Personne n'était là à ce moment-là. | 4 h 15, mardi | 2024-05-14T04:15 | 2024-05-14 | MINUTE | time.clock
        fr | 2024-05-16 | Un camion a pris feu vers 4 h 15, mardi. Personne n'était là à ce moment-là. | ce moment-là | 2024-05-14T04:15 | 2024-05-14 | MINUTE | anaphora.same_moment
        en | 2024-05-16 | The blast shook the port at 4:15 a.m., Tuesday. Nobody was there at that moment. | at that moment | 2024-05-14T04:15 | 2024-05-14 | MINUTE | anaphora.same_moment
        fr | 2024-05-16 | Il a été libéré à midi.                                    | midi             | 2024-05-16T12:00 | 2024-05-16 | HOUR        | time.named_hour
        en | 2024-05-16 | The bells rang at 7 o'clock sharp.                         | 7 o'clock        | 2024-05-16T07:00 | 2024-05-16 | HOUR        | time.clock
        fr | 2024-05-16 | Le maire parlera à 18 heures devant la mairie.             | 18 heures        | 2024-05-16T18:00 | 2024-05-16 | HOUR        | time.clock
        fr | 2024-05-16 | Le conseil se réunira à 20 heures 30 en mairie.            | 20 heures 30     | 2024-05-16T20:30 | 2024-05-16 | MINUTE      | time.clock
        fr | 2024-05-16 | Le train part vers dix heures trente.                      | dix heures trente | 2024-05-16T10:30 | 2024-05-16 | MINUTE     | time.clock
        fr | 2024-05-16 | La cérémonie commencera à 8 heures et demie.               | 8 heures et demie | 2024-05-16T08:30 | 2024-05-16 | MINUTE     | time.clock
        fr | 2024-05-16 | Le couvre-feu durera de 22 heures à 6 heures.              | 22 heures        | 2024-05-16T22:00 | 2024-05-16 | HOUR        | time.clock
        fr | 2024-05-16 | Les faits ont eu lieu entre 2 heures et 4 heures.          | 4 heures         | 2024-05-16T04:00 | 2024-05-16 | HOUR        | time.clock
        fr | 2024-05-16 | La salle sera ouverte à partir de 14 heures.               | 14 heures        | 2024-05-16T14:00 | 2024-05-16 | HOUR        | time.clock
        fr | 2024-05-16 | Dès 8 heures, la foule attendait devant la mairie.         | 8 heures         | 2024-05-16T08:00 | 2024-05-16 | HOUR        | time.clock
        fr | 2024-05-16 | Le cortège partira vers 10 heures et quart.                | 10 heures et quart | 2024-05-16T10:15 | 2024-05-16 | MINUTE    | time.clock
        fr | 2024-05-16 | Les élus déjeuneront à midi et demi.                       | midi et demi     | 2024-05-16T12:30 | 2024-05-16 | MINUTE      | time.named_hour
        fr | 2024-05-16 | Il est rentré à 10 heures du soir.                         | 10 heures du soir | 2024-05-16T22:00 | 2024-05-16 | HOUR       | time.clock
        fr | 2024-05-16 | Le feu a pris vers 2 h du matin.                           | 2 h du matin     | 2024-05-16T02:00 | 2024-05-16 | HOUR        | time.clock
        fr | 2024-05-16 | Le magasin ferme à 3 heures de l'après-midi.               | 3 heures de l'après-midi | 2024-05-16T15:00 | 2024-05-16 | HOUR | time.clock
        fr | 2024-05-16 | Les manifestants se sont dispersés hier soir.              | hier soir        | 2024-05-15TEV    | 2024-05-15 | PART_OF_DAY | deictic.yesterday
        fr | 2024-05-16 | Le ministre a été reçu lundi après-midi à l'Élysée.        | lundi après-midi | 2024-05-13TAF    | 2024-05-13 | PART_OF_DAY | weekday.past
        fr | 2024-05-16 | Il a été interpellé dans la matinée de mardi.              | la matinée de mardi | 2024-05-14TMO | 2024-05-14 | PART_OF_DAY | weekday.past
        fr | 2023-07-12 | Il a été agressé dans la soirée du mardi 4 juillet.        | la soirée du mardi 4 juillet | 2023-07-04TEV | 2023-07-04 | PART_OF_DAY | date.relative.dm
        fr | 2023-07-12 | Dans la nuit du jeudi 8 au vendredi 9 juin, la digue a cédé. | la nuit du jeudi 8 au vendredi 9 juin | 2023-06-08TNI | 2023-06-08 | PART_OF_DAY | date.relative.dm
        fr | 2024-05-16 | Le drame s'est produit l'après-midi du 12 mai.             | l'après-midi du 12 mai | 2024-05-12TAF | 2024-05-12 | PART_OF_DAY | date.relative.dm
        fr | 2024-05-16 | Il a été blessé en milieu de journée.                      | milieu de journée | 2024-05-16TMI | 2024-05-16 | PART_OF_DAY | time.part_of_day
        fr | 2024-05-16 | Le 2 mai, un orage a éclaté. Dans la soirée, la route a été coupée. | la soirée | 2024-05-02TEV | 2024-05-02 | PART_OF_DAY | time.part_of_day
        fr | 2024-05-16 | Cette nuit, des drones ont visé la ville.                  | Cette nuit       | 2024-05-16TNI    | 2024-05-16 | PART_OF_DAY | deictic.today
        fr | 2024-05-16 | Le lendemain matin, il est reparti.                        | Le lendemain matin | 2024-05-17TMO  | 2024-05-17 | PART_OF_DAY | anaphora.day_after
        fr | 2024-05-16 | Dans la nuit de samedi à dimanche, des drones ont frappé Odessa. | la nuit de samedi à dimanche | 2024-05-11TNI | 2024-05-11 | PART_OF_DAY | weekday.past
        fr | 2024-05-16 | Dans la nuit du 12 au 13 mai, trois missiles sont tombés.  | la nuit du 12 au 13 mai | 2024-05-12TNI | 2024-05-12 | PART_OF_DAY | date.relative.dm
        en | 2024-05-16 | On the night of May 12, drones struck Kharkiv.             | the night of May 12 | 2024-05-12TNI | 2024-05-12 | PART_OF_DAY | date.relative.dm
        en | 2024-05-16 | The plane landed at 7:40 p.m. in Warsaw.                   | 7:40 p.m.        | 2024-05-16T19:40 | 2024-05-16 | MINUTE      | time.clock
        en | 2024-05-16 | Voting ends at 8 pm on the island.                         | 8 pm             | 2024-05-16T20:00 | 2024-05-16 | HOUR        | time.clock
        en | 2024-05-16 | The strike began around 12:15 a.m. Tuesday, officials said. | 12:15 a.m. Tuesday | 2024-05-14T00:15 | 2024-05-14 | MINUTE      | time.clock
        en | 2024-05-16 | The offer, which expires at 5 p.m. EDT Friday, was raised. | 5 p.m. EDT Friday | 2024-05-17T17:00 | 2024-05-17 | HOUR | time.clock
        en | 2024-05-16 | The hearing is at 10 a.m. Monday.                          | 10 a.m. Monday   | 2024-05-20T10:00 | 2024-05-20 | HOUR        | time.clock
        en | 2024-05-16 | The president will address the nation at 9 p.m. tonight.   | 9 p.m. tonight   | 2024-05-16T21:00 | 2024-05-16 | HOUR        | time.clock
        en | 2024-05-16 | He will speak at 7:30 tonight.                             | 7:30 tonight     | 2024-05-16T19:30 | 2024-05-16 | MINUTE      | time.clock
        en | 2024-05-16 | He will speak at 9 tonight.                                | 9 tonight        | 2024-05-16T21:00 | 2024-05-16 | HOUR        | time.clock
        en | 2024-05-16 | Polls open at 8 tomorrow morning.                          | 8 tomorrow morning | 2024-05-17T08:00 | 2024-05-17 | HOUR      | time.clock
        en | 2024-05-16 | The blast came at 10:30 last night.                        | 10:30 last night | 2024-05-15T22:30 | 2024-05-15 | MINUTE      | time.clock
        en | 2024-05-16 | He called at 2:30 this morning.                            | 2:30 this morning | 2024-05-16T02:30 | 2024-05-16 | MINUTE     | time.clock
        en | 2024-05-16 | The blast occurred at about 9 p.m. local time.             | 9 p.m.           | 2024-05-16T21:00 | 2024-05-16 | HOUR        | time.clock
        en | 2024-05-16 | The deadline is 6 p.m. Saturday.                           | 6 p.m. Saturday  | 2024-05-18T18:00 | 2024-05-18 | HOUR        | time.clock
        en | 2024-05-16 | The deadline is midnight Saturday.                         | midnight Saturday | 2024-05-18T00:00 | 2024-05-18 | HOUR       | time.named_hour
        en | 2024-05-16 | The blast came at 11:40 p.m. Tuesday night.                | 11:40 p.m. Tuesday night | 2024-05-14T23:40 | 2024-05-14 | MINUTE | time.clock
        en | 2024-05-16 | The convoy left at 5 in the morning.                       | 5 in the morning | 2024-05-16T05:00 | 2024-05-16 | HOUR        | time.clock
        en | 2024-05-16 | Talks resumed Monday evening in Geneva.                    | Monday evening   | 2024-05-13TEV    | 2024-05-13 | PART_OF_DAY | weekday.past
        en | 2024-05-16 | The results were announced at noon.                        | noon             | 2024-05-16T12:00 | 2024-05-16 | HOUR        | time.named_hour
        en | 2024-05-16 | Sirens sounded tonight across the city.                    | tonight          | 2024-05-16TNI    | 2024-05-16 | PART_OF_DAY | deictic.today
        """)
    void resolvesATimeOnTheDayTheTextIsTalkingAbout(String language, String publishedOn, String text, String span,
            String value, String day, String precision, String rule) {
        Resolutions.assertDated(language, publishedOn, text, span, value, day, day, precision, null, rule);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Les pompiers ont maîtrisé le feu en 24 h.                  | 24 h          | DURATION
        fr | Un retard de 2 heures a été constaté à Dijon.              | 2 heures      | DURATION
        fr | Il faut compter entre 2 et 3 heures de route.               | 3 heures      | DURATION
        fr | Le service fonctionne 24 h sur 24.                          | 24 h          | DURATION
        fr | La vidéo dure 12:30:15 au total.                            | 12:30         |
        fr | Le Canal du Midi attire les touristes.                      | Midi          |
        fr | Ils ont travaillé toute la nuit.                            | la nuit       |
        fr | Le score était de 3:1 à la pause.                           | 3:1           |
        en | The station broadcasts 24/7 from Kyiv.                      | 24/7          | SET
        """)
    void doesNotReadCountsNamesAndLengthsAsTimes(String language, String text, String span, String type) {
        List<Timex> found = Resolutions.extract(language, "2024-05-16", text);
        List<Timex> overlapping = found.stream().filter(t -> text.indexOf(span) < t.end()
                && t.start() < text.indexOf(span) + span.length()).toList();
        assertThat(overlapping).noneMatch(t -> t.type() == TimexType.TIME);
        if (type != null) {
            assertThat(overlapping).extracting(Timex::type).contains(TimexType.valueOf(type));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        1999-05-18T21:45    | 21:45
        2002-02-08T12:30-07 | 12:30
        1999-05-19TMO       | 06:00
        1999-05-19TEV       | 18:00
        2000-01-05TNI       | 22:00
        1999-05-19          |
        PT2H                |
        """)
    void givesTheTimeOfDayOfAValue(String value, String time) {
        if (time == null) {
            assertThat(TimeOfDay.of(value)).isNull();
        } else {
            assertThat(TimeOfDay.of(value)).hasToString(time);
        }
    }
}
