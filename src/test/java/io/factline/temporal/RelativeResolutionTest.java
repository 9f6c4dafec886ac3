package io.factline.temporal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expressions relative to the publication date (a Thursday, 2024-05-16, unless a row says otherwise). */
class RelativeResolutionTest {

    @ParameterizedTest(name = "[{0}] {2} -> {3} = {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        fr | 2024-05-16 | Le ministre l'a annoncé aujourd'hui.             | aujourd'hui          | 2024-05-16 | 2024-05-16 | 2024-05-16 | DAY   | deictic.today
        fr | 2024-05-16 | Il est arrivé hier à Paris.                      | hier                 | 2024-05-15 | 2024-05-15 | 2024-05-15 | DAY   | deictic.yesterday
        fr | 2024-05-16 | Il est arrivé avant-hier à Paris.                | avant-hier           | 2024-05-14 | 2024-05-14 | 2024-05-14 | DAY   | deictic.day_before_yesterday
        fr | 2024-05-16 | Il partira demain matin.                         | demain matin         | 2024-05-17TMO | 2024-05-17 | 2024-05-17 | PART_OF_DAY | deictic.tomorrow
        fr | 2024-05-16 | Il partira après-demain.                         | après-demain         | 2024-05-18 | 2024-05-18 | 2024-05-18 | DAY   | deictic.day_after_tomorrow
        fr | 2024-05-16 | Le président a parlé ce matin.                   | ce matin             | 2024-05-16TMO | 2024-05-16 | 2024-05-16 | PART_OF_DAY | deictic.today
        fr | 2024-05-16 | Des tirs ont été entendus hier soir.             | hier soir            | 2024-05-15TEV | 2024-05-15 | 2024-05-15 | PART_OF_DAY | deictic.yesterday
        fr | 2024-05-16 | Il a été reçu cette semaine.                     | cette semaine        | 2024-W20   | 2024-05-13 | 2024-05-19 | WEEK  | deictic.this_week
        fr | 2024-05-16 | Il a été reçu la semaine dernière.               | la semaine dernière  | 2024-W19   | 2024-05-06 | 2024-05-12 | WEEK  | deictic.last_week
        fr | 2024-05-16 | Il sera reçu la semaine prochaine.               | la semaine prochaine | 2024-W21   | 2024-05-20 | 2024-05-26 | WEEK  | deictic.next_week
        fr | 2024-05-16 | Les prix ont baissé le mois dernier.             | le mois dernier      | 2024-04    | 2024-04-01 | 2024-04-30 | MONTH | deictic.last_month
        fr | 2024-05-16 | Les prix baisseront le mois prochain.            | le mois prochain     | 2024-06    | 2024-06-01 | 2024-06-30 | MONTH | deictic.next_month
        fr | 2024-05-16 | Les prix ont baissé ce mois-ci.                  | ce mois-ci           | 2024-05    | 2024-05-01 | 2024-05-31 | MONTH | deictic.this_month
        fr | 2024-05-16 | La croissance a été faible l'an dernier.         | l'an dernier         | 2023       | 2023-01-01 | 2023-12-31 | YEAR  | deictic.last_year
        fr | 2024-05-16 | La croissance a été faible l'année dernière.     | l'année dernière     | 2023       | 2023-01-01 | 2023-12-31 | YEAR  | deictic.last_year
        fr | 2024-05-16 | La croissance sera forte l'année prochaine.      | l'année prochaine    | 2025       | 2025-01-01 | 2025-12-31 | YEAR  | deictic.next_year
        fr | 2024-05-16 | La croissance sera forte cette année.            | cette année          | 2024       | 2024-01-01 | 2024-12-31 | YEAR  | deictic.this_year
        fr | 2024-05-16 | Il est parti il y a trois semaines.              | il y a trois semaines | 2024-W17  | 2024-04-22 | 2024-04-28 | WEEK  | deictic.ago
        fr | 2024-05-16 | Il est parti il y a deux ans.                    | il y a deux ans      | 2022       | 2022-01-01 | 2022-12-31 | YEAR  | deictic.ago
        fr | 2024-05-16 | Il reviendra dans deux mois.                     | dans deux mois       | 2024-07    | 2024-07-01 | 2024-07-31 | MONTH | deictic.in
        fr | 2024-05-16 | La manifestation aura lieu ce week-end.          | ce week-end          | 2024-W20-WE | 2024-05-18 | 2024-05-19 | WEEK | deictic.this_weekend
        fr | 2024-05-16 | La manifestation a eu lieu ce week-end.          | ce week-end          | 2024-W19-WE | 2024-05-11 | 2024-05-12 | WEEK | deictic.this_weekend
        fr | 2024-05-18 | La manifestation a lieu ce week-end.             | ce week-end          | 2024-W20-WE | 2024-05-18 | 2024-05-19 | WEEK | deictic.this_weekend
        en | 2024-05-16 | The minister spoke today.                        | today                | 2024-05-16 | 2024-05-16 | 2024-05-16 | DAY   | deictic.today
        en | 2024-05-16 | The minister spoke yesterday.                    | yesterday            | 2024-05-15 | 2024-05-15 | 2024-05-15 | DAY   | deictic.yesterday
        en | 2024-05-16 | The minister will speak tomorrow.                | tomorrow             | 2024-05-17 | 2024-05-17 | 2024-05-17 | DAY   | deictic.tomorrow
        en | 2024-05-16 | Shots were heard last night.                     | last night           | 2024-05-15TNI | 2024-05-15 | 2024-05-15 | PART_OF_DAY | deictic.last_night
        en | 2024-05-16 | Prices fell this week.                           | this week            | 2024-W20   | 2024-05-13 | 2024-05-19 | WEEK  | deictic.this_week
        en | 2024-05-16 | Prices fell last week.                           | last week            | 2024-W19   | 2024-05-06 | 2024-05-12 | WEEK  | deictic.last_week
        en | 2024-05-16 | Prices will fall next month.                     | next month           | 2024-06    | 2024-06-01 | 2024-06-30 | MONTH | deictic.next_month
        en | 2024-05-16 | Prices fell last year.                           | last year            | 2023       | 2023-01-01 | 2023-12-31 | YEAR  | deictic.last_year
        en | 2024-05-16 | Prices fell earlier this year.                   | earlier this year    | 2024       | 2024-01-01 | 2024-12-31 | YEAR  | deictic.this_year
        en | 2024-05-16 | He left three weeks ago.                         | three weeks ago      | 2024-W17   | 2024-04-22 | 2024-04-28 | WEEK  | deictic.ago
        en | 2024-05-16 | He will be back in two months.                   | in two months        | 2024-07    | 2024-07-01 | 2024-07-31 | MONTH | deictic.in
        en | 2024-05-16 | A week from today, voters go to the polls.       | A week from today    | 2024-05-23 | 2024-05-23 | 2024-05-23 | DAY | deictic.in
        fr | 2023-02-24 | Il y a un an jour pour jour, les chars entraient en Ukraine. | Il y a un an jour pour jour | 2022-02-24 | 2022-02-24 | 2022-02-24 | DAY | deictic.ago
        en | 1998-03-05 | He left the country a year and a half ago.       | a year and a half ago | 1996-09 | 1996-09-01 | 1996-09-30 | MONTH | deictic.ago
        en | 2024-05-16 | Fans will rally this weekend.                    | this weekend         | 2024-W20-WE | 2024-05-18 | 2024-05-19 | WEEK | deictic.this_weekend
        en | 2024-05-16 | Five people were killed over the weekend.        | the weekend          | 2024-W19-WE | 2024-05-11 | 2024-05-12 | WEEK | deictic.this_weekend
        en | 2024-05-16 | The rally took place last weekend.               | last weekend         | 2024-W19-WE | 2024-05-11 | 2024-05-12 | WEEK | deictic.last_weekend
        en | 2024-05-16 | Profit jumped in the latest quarter.             | the latest quarter   | 2024-Q1    | 2024-01-01 | 2024-03-31 | QUARTER | deictic.last_quarter
        en | 2024-05-16 | Sales will grow in the current quarter.          | the current quarter  | 2024-Q2    | 2024-04-01 | 2024-06-30 | QUARTER | deictic.this_quarter
        en | 2024-05-16 | Output rose in the current year.                 | the current year     | 2024       | 2024-01-01 | 2024-12-31 | YEAR  | deictic.this_year
        fr | 2002-01-02 | Ils sont entrés dans la nouvelle année sous le signe de l'euro. | la nouvelle année | 2002 | 2002-01-01 | 2002-12-31 | YEAR | deictic.new_year
        en | 2023-12-28 | Talks will resume in the new year.               | the new year         | 2024       | 2024-01-01 | 2024-12-31 | YEAR  | deictic.new_year
        """)
    void resolvesDeicticExpressionsAgainstThePublicationDate(String language, String publishedOn, String text,
            String span, String value, String earliest, String latest, String precision, String rule) {
        Resolutions.assertDated(language, publishedOn, text, span, value, earliest, latest, precision, null, rule);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
        fr | Il a déclaré jeudi que l'aide arriverait.                   | jeudi             | 2024-05-16 | weekday.past
        fr | Il a déclaré mercredi que l'aide arriverait.                | mercredi          | 2024-05-15 | weekday.past
        fr | Bloomberg a rapporté vendredi que les missiles étaient prêts. | vendredi        | 2024-05-10 | weekday.past
        fr | Les ministres se réuniront mardi à Bruxelles.               | mardi             | 2024-05-21 | weekday.future
        fr | Les ministres se réunissent mardi au siège.                 | mardi             | 2024-05-21 | weekday.future
        fr | Les ministres se réunissent jeudi au siège.                 | jeudi             | 2024-05-16 | weekday.future
        fr | Les troupes ont lancé vendredi dernier une offensive.       | vendredi dernier  | 2024-05-10 | weekday.last
        fr | Il partira lundi prochain pour Kiev.                        | lundi prochain    | 2024-05-20 | weekday.next
        fr | Mercredi prochain, le conseil votera le budget.             | Mercredi prochain | 2024-05-22 | weekday.next
        fr | Mercredi, ils discuteront des défenses de l'OTAN.           | Mercredi          | 2024-05-22 | weekday.future
        fr | Lundi, la police a arrêté trois suspects.                   | Lundi             | 2024-05-13 | weekday.past
        fr | Lundi, la police arrêtait encore des manifestants.          | Lundi             | 2024-05-13 | weekday.past
        fr | La Géorgie participera à la réunion de mercredi.            | mercredi          | 2024-05-22 | weekday.future
        fr | Le chef de l'État va se rendre samedi à Kiev.               | samedi            | 2024-05-18 | weekday.future
        fr | Le sommet doit s'ouvrir lundi à Vilnius.                    | lundi             | 2024-05-20 | weekday.future
        fr | Interrogé lundi sur la date, il a refusé de répondre.       | lundi             | 2024-05-13 | weekday.past
        fr | En visite à Kiev mardi, le chef de l'Otan s'y était entretenu avec Zelensky. | mardi | 2024-05-14 | weekday.past
        fr | Samedi, des milliers de personnes ont manifesté.            | Samedi            | 2024-05-11 | weekday.past
        fr | Les forces russes ont pris la ville jeudi matin.            | jeudi matin       | 2024-05-16 | weekday.past
        fr | L'armée a frappé dimanche soir un dépôt.                    | dimanche soir     | 2024-05-12 | weekday.past
        fr | Le texte sera examiné ce vendredi au Sénat.                 | ce vendredi       | 2024-05-17 | weekday.this
        en | He said on Monday that talks had stalled.                   | Monday            | 2024-05-13 | weekday.past
        en | Ministers will meet on Tuesday in Brussels.                 | Tuesday           | 2024-05-21 | weekday.future
        en | The council meets on Friday to vote.                        | Friday            | 2024-05-17 | weekday.future
        en | The talks are expected to resume on Wednesday.              | Wednesday         | 2024-05-22 | weekday.future
        en | The president is to visit Kyiv on Saturday.                 | Saturday          | 2024-05-18 | weekday.future
        en | He'll fly to Paris on Monday.                               | Monday            | 2024-05-20 | weekday.future
        en | Troops launched an offensive last Friday.                   | last Friday       | 2024-05-10 | weekday.last
        en | The summit opens next Monday.                               | next Monday       | 2024-05-20 | weekday.next
        en | On Sunday, protesters marched through the capital.          | Sunday            | 2024-05-12 | weekday.past
        en | Police arrested two men on Thursday.                        | Thursday          | 2024-05-16 | weekday.past
        en | Late Tuesday, the strikes resumed.                          | Late Tuesday      | 2024-05-14 | weekday.past
        en | Police detained the suspect at the main airport early Tuesday as he was about to board. | early Tuesday | 2024-05-14 | weekday.past
        en | Rebels seized the strategic town in the east Sunday when the army was preparing to leave. | Sunday | 2024-05-12 | weekday.past
        en | "The delegates will certainly vote on the new treaty on Tuesday," the speaker said. | Tuesday | 2024-05-21 | weekday.future
        en | The envoy will fly out of the capital at dawn (Tuesday), officials said. | Tuesday         | 2024-05-21 | weekday.future
        en | Farmers were planning a march on Saturday, organisers said. | Saturday          | 2024-05-18 | weekday.future
        en | The tender offer expires Friday.                            | Friday            | 2024-05-17 | weekday.future
        en | Norway said it would circulate a revised text on Friday.    | Friday            | 2024-05-17 | weekday.future
        en | Ukraine and Russia will hold talks in Belarus on Thursday.  | Thursday          | 2024-05-16 | weekday.future
        fr | Les dirigeants du G7 tiendront jeudi une visioconférence.   | jeudi             | 2024-05-16 | weekday.future
        fr | Les ministres se réuniront jeudi prochain.                  | jeudi prochain    | 2024-05-23 | weekday.next
        en | The talks will run from Monday through Wednesday.           | Wednesday         | 2024-05-22 | weekday.future
        en | The appeals court rules Monday on the injunction.           | Monday            | 2024-05-20 | weekday.future
        en | The offer expired Friday.                                   | Friday            | 2024-05-10 | weekday.past
        en | Speaking to reporters Tuesday, the minister said the talks had failed. | Tuesday | 2024-05-14 | weekday.past
        en | The deadline is Monday.                                     | Monday            | 2024-05-20 | weekday.future
        en | The final vote is on Saturday.                              | Saturday          | 2024-05-18 | weekday.future
        en | The deadline was Monday.                                    | Monday            | 2024-05-13 | weekday.past
        fr | « Les députés voteront sans doute le texte final du gouvernement mardi », a déclaré le ministre. | mardi | 2024-05-21 | weekday.future
        fr | Les rebelles ont pris la ville principale de la région dimanche alors que l'armée se retirera. | dimanche | 2024-05-12 | weekday.past
        fr | Le député, réélu dimanche, siégera dès lundi à l'Assemblée. | dimanche          | 2024-05-12 | weekday.past
        fr | Un homme arrêté mardi sera jugé le mois prochain.           | mardi             | 2024-05-14 | weekday.past
        """)
    void resolvesAWeekdayByTheTenseOfItsClause(String language, String text, String span, String day, String rule) {
        Resolutions.assertDay(language, "2024-05-16", text, span, day, "2024-05-16", rule);
    }
}
