package io.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Defence ministers met at Ramstein Air Base on Friday to coordinate military aid to Ukraine. | Defence ministers met at Ramstein Air Base on Friday to coordinate military aid to Ukraine
            Les alliés se sont réunis mardi au siège de l’OTAN, alors que la Russie intensifie son offensive. | Les alliés se sont réunis mardi au siège de l’OTAN
            NATO members gathered in Brussels on Tuesday, which Stoltenberg called a race of logistics. | NATO members gathered in Brussels on Tuesday
            l’artillerie russe a pilonné Kharkiv jeudi (selon les autorités régionales). | L’artillerie russe a pilonné Kharkiv jeudi
            « Nous ne reculerons pas », a déclaré Stoltenberg mardi à Bucarest. | « Nous ne reculerons pas », a déclaré Stoltenberg mardi à Bucarest
            """)
    void takesTheMainClauseWithoutAFinalStop(String sentence, String title) {
        assertThat(Headline.title(sentence)).isEqualTo(title);
    }

    @Test
    void trimsALongSentenceOnAWordBoundaryToAtMost120CharactersWithoutDanglingPunctuation() {
        String sentence = "Le secrétaire général de l’OTAN Jens Stoltenberg a appelé jeudi les trente et un membres de "
                + "l’alliance, réunis en urgence à Bruxelles, à livrer sans attendre davantage de munitions, de "
                + "systèmes de défense aérienne et de pièces détachées.";
        String title = Headline.title(sentence);
        assertThat(title.length()).isLessThanOrEqualTo(120);
        assertThat(sentence).startsWith(title);
        assertThat(sentence.charAt(title.length())).as("cut on a word boundary").isIn(' ', ',');
        assertThat(title).doesNotEndWith(",").doesNotEndWith(" ");
    }

    @Test
    void endsACutTitleOnAWordThatCarriesMeaning() {
        String sentence = "L’artillerie russe a pilonné Kharkiv jeudi, faisant au moins trois blessés dans un quartier "
                + "résidentiel du nord de la ville.";
        assertThat(Headline.title(sentence)).isEqualTo("L’artillerie russe a pilonné Kharkiv jeudi, faisant au moins "
                + "trois blessés dans un quartier résidentiel du nord");
    }

    @Test
    void leavesOutTheDateThatOpensTheSentence() {
        String sentence = "Le 29 février 2024, Jens Stoltenberg avait exhorté les alliés à accélérer les livraisons.";
        assertThat(Headline.title(sentence, 0, "Le 29 février 2024".length()))
                .isEqualTo("Jens Stoltenberg avait exhorté les alliés à accélérer les livraisons");
        String inside = "Jens Stoltenberg a parlé le 29 février 2024.";
        int at = inside.indexOf("le 29");
        assertThat(Headline.title(inside, at, at + "le 29 février 2024".length()))
                .isEqualTo("Jens Stoltenberg a parlé le 29 février 2024");
    }

    @Test
    void dropsAQuotationMarkThatTheCutLeftOpen() {
        String sentence = "Stoltenberg a déclaré vendredi que « l’Ukraine pourra libérer encore plus de terrain ; "
                + "nous devons continuer à aider » ses forces.";
        assertThat(Headline.title(sentence)).isEqualTo("Stoltenberg a déclaré vendredi que l’Ukraine pourra libérer "
                + "encore plus de terrain");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-04-21 | Defence ministers met at Ramstein Air Base on Friday     | 2023-04-21-defence-ministers-met-ramstein-air-base
            2024-03-07 | L’artillerie russe a pilonné Kharkiv jeudi               | 2024-03-07-artillerie-russe-pilonne-kharkiv-jeudi
            2024-W19   | Les troupes russes s’emparent de Rabotino                | 2024-w19-troupes-russes-emparent-rabotino
            2023       | ???                                                      | 2023
            """)
    void derivesAReadableAsciiSlugFromTheDateAndTheTitle(String date, String title, String slug) {
        assertThat(Headline.slug(date, title)).isEqualTo(slug);
    }
}
