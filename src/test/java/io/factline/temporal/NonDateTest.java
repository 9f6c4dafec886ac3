package io.factline.temporal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What must never be placed on a timeline: durations, recurrences, counts, names, web addresses, vague times. */
class NonDateTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2} = {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Les combats ont duré pendant trois jours.                 | trois jours            | DURATION | P3D
        fr | Après deux jours de frappes, Kiev plaide pour des armes.  | deux jours             | DURATION | P2D
        fr | La formation dure six semaines.                           | six semaines           | DURATION | P6W
        fr | Des mois de bombardements ont ruiné la ville.             | Des mois               | DURATION | PXM
        fr | Une victoire après plusieurs mois de déboires.            | plusieurs mois         | DURATION | PXM
        fr | Le sujet sera discuté au cours des 48 prochaines heures.  | 48 prochaines heures   | DURATION | PT48H
        fr | Les troupes ont avancé ces dernières semaines.            | ces dernières semaines | DURATION | PXW
        fr | Il a été emprisonné vingt-cinq ans.                       | vingt-cinq ans         | DURATION | P25Y
        en | The fighting lasted for three days.                       | three days             | DURATION | P3D
        en | The course takes two weeks.                               | two weeks              | DURATION | P2W
        en | Prices have risen for months.                             | months                 | DURATION | PXM
        en | NATO will grow in the coming years.                       | the coming years       | DURATION | PXY
        en | Prices should ease in coming months.                      | coming months          | DURATION | PXM
        en | Prices will rise over the next year.                      | the next year          | DURATION | P1Y
        en | Troops advanced in recent weeks.                          | recent weeks           | DURATION | PXW
        en | Officials expect a ruling within days.                    | days                   | DURATION | PXD
        fr | Il revient, quatre ans après avoir quitté le pouvoir.       | quatre ans             | DURATION | P4Y
        fr | Elle gagne deux ans après son départ du club.             | deux ans               | DURATION | P2Y
        en | He returns four years after leaving office.               | four years             | DURATION | P4Y
        en | Russia attacked nearly a year after it invaded Crimea.    | a year                 | DURATION | P1Y
        en | It was the strongest quake in 25 years.                   | 25 years               | DURATION | P25Y
        en | Ministers met for the second time in three days.          | three days             | DURATION | P3D
        en | For the first time in three decades, the river froze.     | three decades          | DURATION | P30Y
        fr | Chaque lundi, les ministres se réunissent.                | Chaque lundi           | SET      | XXXX-WXX-1
        fr | Chaque heure, la situation devient critique.              | Chaque heure           | SET      | PT1H
        fr | Ils attaquent 24 heures sur 24.                           | 24 heures sur 24       | SET      | P1D
        fr | Les bus passent tous les jours.                           | tous les jours         | SET      | P1D
        fr | Le comité se réunit tous les trois mois.                  | tous les trois mois    | SET      | P3M
        fr | Chaque été, le camping affiche complet.                   | Chaque été             | SET      | XXXX-SU
        fr | Le club se réunit chaque jeudi soir.                      | chaque jeudi soir      | SET      | XXXX-WXX-4TEV
        fr | Elles sont arrivées il y a quelques jours.                | quelques jours         | DURATION | PXD
        fr | Tous les soirs, les jeunes se retrouvent au stade.        | Tous les soirs         | SET      | XXXX-XX-XXTEV
        en | Every winter the pass is closed.                          | Every winter           | SET      | XXXX-WI
        en | He runs each morning before work.                         | each morning           | SET      | XXXX-XX-XXTMO
        en | The market opens every day.                               | every day              | SET      | P1D
        en | The board meets each week.                                | each week              | SET      | P1W
        en | The club meets every Monday.                              | every Monday           | SET      | XXXX-WXX-1
        en | The board meets twice a year.                             | a year                 | SET      | P1Y
        en | Cleaners earn $15 an hour.                                | an hour                | SET      | PT1H
        en | The plant builds 10,000 cars a year.                      | a year                 | SET      | P1Y
        en | They spent a week in Paris.                               | a week                 | DURATION | P1W
        en | The Dow fell more than 500 points in one day.             | one day                | DURATION | P1D
        en | The group has met once a month since the war.             | a month                | SET      | P1M
        fr | Il n'y a aucun combat en ce moment.                       | en ce moment           | TIME     | PRESENT_REF
        fr | Les pires attaques à ce jour ont eu lieu.                 | à ce jour              | TIME     | PRESENT_REF
        fr | Ils seront désormais en mesure de libérer plus de terrain. | désormais             | TIME     | PRESENT_REF
        fr | Les mois à venir seront un grand test.                    | Les mois à venir       | TIME     | FUTURE_REF
        fr | La France d'aujourd'hui est plus divisée.                 | aujourd'hui            | TIME     | PRESENT_REF
        en | Nowadays, few people write letters.                       | Nowadays               | DATE     | PRESENT_REF
        en | The ferry sank just hours ago.                            | hours ago              | DATE     | PAST_REF
        """)
    void reportsDurationsSetsAndVagueTimesWithoutAnInterval(String language, String text, String span, String type,
            String value) {
        Timex timex = Resolutions.find(Resolutions.extract(language, "2024-05-16", text), span, text);
        assertEquals(TimexType.valueOf(type), timex.type(), timex::toString);
        assertEquals(value, timex.value(), timex::toString);
        assertNull(timex.earliest(), timex::toString);
        assertNull(timex.latest(), timex::toString);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Plus de 2000 soldats ont été déployés à la frontière.
        fr | Les Occidentaux ont fourni 150 milliards de dollars d'aide.
        fr | La France envoie plus de 100 groupes électrogènes.
        fr | Les stocks d'obus de 155 mm sont au plus bas.
        fr | Liptsy, une ville située à seulement 20 km de la ville.
        fr | Une alliance de 30 membres où le consensus est la règle.
        fr | Quelque 50 pays sont représentés à Ramstein.
        fr | Note moyenne 0 / 5. Décompte des voix : 0
        fr | Source link -31
        fr | Selon l'armée, 1 500 soldats et 2.000 civils ont été évacués.
        fr | Le bilan dépasse 2000 morts et 1800 blessés.
        fr | Une brigade de 2000 hommes a été formée.
        fr | Il a obtenu 1989 voix au second tour.
        en | More than 2000 soldiers were deployed to the border.
        en | About 1500 people attended the rally.
        en | A force of 2000 troops crossed the river.
        fr | La sonde s'est posée sur Mars après un long voyage.
        fr | Mars est la quatrième planète du système solaire.
        fr | Le roman Robinson et Vendredi a marqué des générations.
        en | Theresa May said the deal may be signed soon.
        en | Black Friday sales broke records.
        en | The fall of Kabul shocked the world.
        en | The winter Olympics in Nagano drew record crowds.
        fr | Le père Noël a distribué des cadeaux aux enfants.
        en | Father Christmas visited the children's ward.
        en | Athletes arrived for the Summer Games in Atlanta.
        fr | Source: https://www.aljazeera.com/news/2023/2/13/ukraine-nato-in-logistics-race
        fr | Voir www.example.com/2024/05/16/article-du-jeudi pour plus.
        en | Read more at aljazeera.com/news/2023/2/13/nato-meets-on-tuesday today
        fr | Lors de la réunion de l'OTAN d'aujourd'hui, il a parlé.
        fr | Une offensive de printemps se prépare.
        fr | Des équipements d'hiver ont été livrés.
        fr | Cela va être un hiver terrible pour l'Ukraine.
        fr | S'adressant aux journalistes à la veille d'une réunion, il a insisté.
        fr | Les groupes T1 et S1 se sont qualifiés.
        fr | Dossier 95eca5b3-1465-4595-b050-a3e3d84e24dc
        en | Ticket 3b88bd11-1142-4255-bfa2-ed8abba44b7c was closed.
        fr | Réf. 12345678-1465-4595-8050-123456789012
        en | Order AB-1998-X7 shipped to the depot.
        fr | Appelez le 01-45-1998-2001 pour réserver.
        fr | ISBN 978-2-1789-1820-4
        en | The codes 1465-4595 and 2023-1800 are invalid.
        """)
    void placesNothingOnTheTimelineForCountsNamesAndWebAddresses(String language, String text) {
        List<Timex> found = Resolutions.extract(language, "2024-05-16", text);
        List<Timex> dated = found.stream().filter(Timex::isDated).filter(t -> !t.text().equals("today")).toList();
        assertTrue(dated.isEmpty(), () -> text + "\ndated: " + Resolutions.describe(dated));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | La garderie accueille les enfants en dehors des heures scolaires.
        fr | Des heures supplémentaires ont été payées aux agents.
        en | The story ran on the front page of the Communist Party daily Granma.
        en | The weekly Der Spiegel published the letter.
        en | The March on Washington drew huge crowds.
        en | He scored ten points in the quarter.
        """)
    void readsNothingInWordsThatOnlyLookTemporal(String language, String text) {
        List<Timex> found = Resolutions.extract(language, "2024-05-16", text);
        assertTrue(found.isEmpty(), () -> text + "\nfound: " + Resolutions.describe(found));
    }
}
