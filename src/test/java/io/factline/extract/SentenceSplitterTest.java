package io.factline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.extract.SentenceSplitter.Sentence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Il est parti. Elle est restée.|Il est parti.#Elle est restée.",
            "M. Macron a parlé mardi. Puis il est parti.|M. Macron a parlé mardi.#Puis il est parti.",
            "Mr. Biden spoke on Monday. He left.|Mr. Biden spoke on Monday.#He left.",
            "The U.S. Army said so. It was late.|The U.S. Army said so.#It was late.",
            "« C'est fini. » Il est parti.|« C'est fini. »#Il est parti.",
            "Vraiment ? Oui ! Bien sûr.|Vraiment ?#Oui !#Bien sûr.",
            "J. Stoltenberg a parlé.|J. Stoltenberg a parlé.",
            "Berlin livrera des systèmes Iris-T. Le pont a été inauguré en 2018.|Berlin livrera des systèmes Iris-T.#Le pont a été inauguré en 2018.",
            "J.-P. Raffarin a parlé.|J.-P. Raffarin a parlé.",
            "Le score est de 3.5 points. Fin.|Le score est de 3.5 points.#Fin.",
            "Titre sans point⏎Première phrase.|Titre sans point#Première phrase.",
            "Un.⏎⏎deux sans majuscule|Un.#deux sans majuscule",
            "Il attend… Puis il part.|Il attend…#Puis il part.",
            "voir www.example.org. Ensuite.|voir www.example.org.#Ensuite.",
    })
    void splitsNewsTextIntoSentences(String text, String expected) {
        List<String> sentences = SentenceSplitter.split(text.replace('⏎', '\n')).stream().map(Sentence::text).toList();
        assertThat(sentences).containsExactly(expected.split("#"));
    }

    @Test
    void givesCodePointOffsetsThatSliceTheText() {
        String text = "𝔘n emoji 😀 d'abord. Puis « jeudi », il a parlé.\n\nFin";
        List<Sentence> sentences = SentenceSplitter.split(text);
        assertThat(sentences).hasSize(3);
        int[] codePoints = text.codePoints().toArray();
        for (Sentence sentence : sentences) {
            assertThat(new String(codePoints, sentence.start(), sentence.end() - sentence.start()))
                    .isEqualTo(sentence.text());
        }
        assertThat(sentences.get(1).start()).isEqualTo(20);
    }

    @Test
    void ignoresBlankInput() {
        assertThat(SentenceSplitter.split("  \n\n ")).isEmpty();
        assertThat(SentenceSplitter.split("")).isEmpty();
    }
}
