package io.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The world gazetteer's names in sentences written for this test: which place an ambiguous name means, and the
 * words that are town names but no place where they stand. The shipped data and curated list are used as they are.
 */
class WorldLinkerTest {

    private static final EntityLinker LINKER = PlaceLinkScore.shippedLinker();

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Le tribunal correctionnel de Belfort a jugé l'affaire hier.          | Belfort         | geonames:3033791
            Une première réunion est prévue le 16 juillet en Belgique.           | Belgique        | iso:BE
            Le maire de Valence a inauguré la médiathèque.                       | Valence         | geonames:2971053
            Le festival de jazz de Vienne a lieu à 80 km de Grenoble.            | Vienne          | geonames:2969284
            Le chancelier a reçu ses homologues à Vienne, puis à Salzbourg.      | Vienne          | geonames:2761369
            Le chanteur a grandi à Paris, Texas, avant de partir pour Nashville. | Paris           | geonames:4717560
            Le chanteur a grandi à Paris, au Texas, avant de partir pour Nashville. | Paris        | geonames:4717560
            La manifestation a réuni dix mille personnes à Paris.                | Paris           | geonames:2988507
            Elle s'est rendue à Florence pour le salon du livre.                 | Florence        | geonames:3176959
            Le théâtre antique d'Orange, près d'Avignon, a rouvert ses portes.   | Orange          | geonames:2989460
            The festival in Reading drew crowds from London.                     | Reading         | geonames:2639577
            Il a grandi à Tours et vit désormais à Lyon.                         | Tours           | geonames:2972191
            Les trains Paris-Lyon sont supprimés jusqu'à nouvel ordre.           | Lyon            | geonames:2996944
            Elle travaille à New York depuis deux ans.                           | New York        | geonames:5128581
            Il vit au Luxembourg depuis dix ans.                                 | Luxembourg      | iso:LU
            Les délégués sont arrivés à Moscou.                                  | Moscou          | moscow
            Les délégués sont arrivés à Londres.                                 | Londres         | geonames:2643743
            LYON. _ Un incendie a détruit un entrepôt.                           | LYON            | geonames:2996944
            Aid arrived from the UK on Monday.                                   | UK              | iso:GB
            En Grande-Bretagne, le scrutin a lieu jeudi.                         | Grande-Bretagne | iso:GB
            Le village de Tiercé, Briollay et Ecouflant ont été touchés.         | Briollay        | geonames:3030020
            """)
    void linksTheNameToThePlaceTheArticleMeans(String sentence, String name, String expected) {
        assertThat(placeAt(sentence, name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nancy Pelosi a rencontré le président hier.           | Nancy
            Le club a battu Metz hier soir, selon Florence Parly. | Florence
            L'opérateur Orange a annoncé des résultats en hausse. | Orange
            Orange a relevé ses tarifs.                           | Orange
            Mobile phones were banned from the hall.              | Mobile
            Nice weather helped the crowd.                        | Nice
            Prices fell at the Summer Sale.                       | Sale
            M. Tours a présenté sa démission.                     | Tours
            La rue de Londres a été fermée à la circulation.      | Londres
            Le détroit de Gibraltar a été fermé aux pétroliers.   | Gibraltar
            Jean-Marie Le Pen a tenu un meeting.                  | Pen
            Le candidat a quitté Springfield hier soir.           | Springfield
            Il est arrivé à Clermont hier.                        | Clermont
            L'école Maurice-Henry compte 287 élèves.              | Maurice
            Le Parlement a voté; la Ville de Belfort a applaudi.  | Ville
            Le journal Ouest-France a publié un sondage.          | Ouest-France
            The report said Austin would travel.                  | Austin
            Le gouvernement a consulté les PARIS du secteur.      | PARIS
            Un entrepôt de Valence, en Espagne, a brûlé.          | Valence
            """)
    void leavesUnlinkedWhatIsNoPlaceHereOrHasNoEvidence(String sentence, String name) {
        assertThat(placeAt(sentence, name)).isEqualTo("none");
    }

    @Test
    void aNameThatIsSomeonesOnceInTheArticleIsNobodysPlaceInIt() {
        String article = "Jacques Chirac est arrivé hier. Dans son discours, Chirac a salué les maires.";
        assertThat(placeAt(article, article.lastIndexOf("Chirac"), "Chirac")).isEqualTo("none");
    }

    @Test
    void aSentenceInitialNameCountsWhenTheArticleNamesItElsewhere() {
        String article = "Marseille accueille le sommet. Les délégués sont arrivés à Marseille hier.";
        assertThat(placeAt(article, 0, "Marseille")).isEqualTo("geonames:2995469");
        assertThat(placeAt("Marseille accueille le sommet.", 0, "Marseille")).isEqualTo("none");
    }

    @Test
    void aCuratedNameWinsOverTheWorldsAndEveryWorldPlaceIsOneTheArticleNames() {
        String article = "Les bombardements ont repris à Kharkiv, puis à Belfort.";
        assertThat(placeAt(article, "Kharkiv")).isEqualTo("kharkiv");
        assertThat(LINKER.forArticle(article, List.of()).worldPlaces(article, List.of()))
                .extracting(place -> place.id()).containsExactly("geonames:3033791");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LONDON, May 16 (Reuters) - The Bank of England held rates on Tuesday.   | geonames:2643743
            NEW YORK (AP) -- Stocks fell sharply on Monday.                        | geonames:5128581
            KYIV, March 3 (Reuters) - Russian forces shelled Kharkiv on Wednesday. | kharkiv
            """)
    void takesTheDatelinesPlaceOnlyWhenTheStoryNamesNone(String sentence, String expected) {
        assertThat(LINKER.forArticle(sentence, List.of()).link(sentence, List.of()).place()).isEqualTo(expected);
    }

    private static String placeAt(String text, String name) {
        return placeAt(text, text.indexOf(name), name);
    }

    private static String placeAt(String text, int at, String name) {
        assertThat(text.startsWith(name, at)).as(name + " in " + text).isTrue();
        return LINKER.forArticle(text, List.of()).mentions(text, List.of()).stream()
                .filter(m -> !m.placeIds().isEmpty() && m.start() < at + name.length() && at < m.end())
            .map(m -> String.join(" | ", m.placeIds())).findFirst().orElse("none");
    }
}
