package io.factline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.temporal.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlineTest {

    /**
     * Forty real sentences, each with the expression that dates its event and the headline an editor would accept:
     * 25 from the French TimeBank dev articles (quoted one sentence at a time), 15 from the seed articles.
     */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # French TimeBank, dev half
            Les faits qui lui sont reprochés ont eu lieu le 27 mai 1998, dans les bois à proximité du fort Dorsner. | le 27 mai 1998 | Les faits qui lui sont reprochés ont eu lieu dans les bois à proximité du fort Dorsner
            Son équipe d'école a décidé d'aménager ses rythmes de vie à l'école dès octobre 98. | octobre 98 | Son équipe d'école a décidé d'aménager ses rythmes de vie à l'école
            L'Autriche réclame Carlos afin de le juger pour «homicides volontaires, enlèvements avec chantage et violation de domicile», pour la prise d'otages des ministres de l'OPEP (Organisation des pays exportateurs de pétrole) à Vienne en 1975. | 1975 | L'Autriche réclame Carlos
            Hier, vers midi, une femme d'une trentaine d'années est tombée du 4e étage du bâtiment Les Etourneaux, place de Londres à Vandœuvre. | Hier | Une femme d'une trentaine d'années est tombée du 4e étage du bâtiment Les Etourneaux
            Le Premier ministre arménien, Armen Darbinian, a remis sa démission au président à la suite des élections législatives du 30 mai. | 30 mai | Le Premier ministre arménien Armen Darbinian a remis sa démission au président
            Une première réunion est prévue le 16 juillet en Belgique, pour confirmer la répartition des portefeuilles. | le 16 juillet | Une première réunion est prévue en Belgique
            Auparavant, chacun des candidats-commissaires aura été «auditionné» à partir du 30 août. | 30 août | Chacun des candidats-commissaires aura été «auditionné»
            Un journal finlandais a déjà publié cette semaine la liste des nouveaux commissaires avec leurs affectations. | cette semaine | Un journal finlandais a déjà publié la liste des nouveaux commissaires
            Ce dimanche, de 18 h à 23 h, l'office municipal d'animation de Luxeuil-les-Bains organise un thé dansant géant, sur la place de l'Etang de la Poche. | Ce dimanche | L'office municipal d'animation de Luxeuil-les-Bains organise un thé dansant géant
            Philippe Barret, un des conseillers du ministre de l'Intérieur Jean-Pierre Chevènement, a démissionné mercredi dernier de ses fonctions. | mercredi dernier | Philippe Barret a démissionné de ses fonctions
            En 1995, Hervé Mangin a installé une petite supérette où les résidents peuvent se procurer tout ce dont ils ont besoin. | En 1995 | Hervé Mangin a installé une petite supérette
            Le comité des fêtes organise dimanche 29 août un rallye promenade auto en Argonne : départ à 9 h place de la Gare à Clermont, pique-nique tiré du sac. | dimanche 29 août | Le comité des fêtes organise un rallye promenade auto en Argonne
            Jacques Chirac et Lionel Jospin, plus que jamais probables adversaires à la présidentielle de 2002, sont entrés dans la nouvelle année sous le signe de l'euro, chacun s'attachant à mettre en valeur son action en faveur de la réussite de la monnaie unique. | 2002 | Jacques Chirac et Lionel Jospin sont entrés dans la nouvelle année sous le signe de l'euro
            Pendant une semaine à partir de ce matin, le tribunal de Poitiers va tenter de démêler les responsabilités dans le gigantesque carambolage suivi d'incendies des véhicules, qui le 10 novembre 93, sur l'A 10 près de Bordeaux, avait causé la mort de 15 personnes et blessé 53 autres. | ce matin | Le tribunal de Poitiers va tenter de démêler les responsabilités
            Le président George W. Bush est arrivé hier à Salt Lake City où il devait ouvrir dans la soirée les 19es Jeux Olympiques d'hiver. | hier | Le président George W. Bush est arrivé à Salt Lake City
            Le président américain, accompagné de son épouse Laura, est arrivé vers 12 h 30 locales (20 h 30 en France) dans la ville hôte des Jeux d'hiver, qui offriront selon lui un oasis de « paix mondiale et de coopération » en temps de guerre contre le terrorisme, a indiqué le porte-parole de la Maison Blanche, Ari Fleischer. | vers 12 h 30 locales | Le président américain est arrivé dans la ville hôte des Jeux d'hiver
            - Trois rames de TGV ont essuyé des coups de feu sur la ligne Paris-Nantes près d'Angers dimanche après-midi. | dimanche après-midi | Trois rames de TGV ont essuyé des coups de feu sur la ligne Paris-Nantes près d'Angers
            A 20 h, deux nouvelles rames, un Nantes-Paris et un Nantes-Lille, ont alors été prises elles aussi pour cibles, dans une autre zone située à quelques centaines de mètres de la première. | 20 h | Deux nouvelles rames ont alors été prises elles aussi pour cibles
            Jusqu'à tard dans la nuit, la police des chemins de fer et les gendarmes locaux ont sécurisé la zone. | dans la nuit | La police des chemins de fer et les gendarmes locaux ont sécurisé la zone
            La déchetterie, rue de la gare, sera fermée du mercredi 3 avril au samedi 6 avril inclus. | mercredi 3 avril | La déchetterie sera fermée
            Réélu triomphalement dimanche avec plus de 82% des voix, le chef de l'Etat a nommé dès hier à Matignon Jean-Pierre Raffarin. | hier | Le chef de l'Etat a nommé à Matignon Jean-Pierre Raffarin
            Le nouveau ministre de l'intérieur se rend aujourd'hui au centre de Sangatte où transitent des milliers d'immigrés sans papier. | aujourd'hui | Le nouveau ministre de l'intérieur se rend au centre de Sangatte
            La cérémonie a eu lieu à Rotorua, en Nouvelle-Zélande, le 28 août. | le 28 août | La cérémonie a eu lieu à Rotorua, en Nouvelle-Zélande
            - Une panne générale de courant a plongé hier soir l'Algérie dans le noir, dont la capitale Alger. | hier soir | Une panne générale de courant a plongé l'Algérie dans le noir
            Monique Grandvallet, née Drappier, est décédée le 13 février, à l'hôpital de Nancy-Brabois. | le 13 février | Monique Grandvallet est décédée à l'hôpital de Nancy-Brabois
            # seeds/
            Le secrétaire général de l’OTAN, Jens Stoltenberg, a déjà publié la même directive presque mot pour mot, déclarant le mois dernier aux États membres que, dans un « Entre atteindre les objectifs capacitaires de l’OTAN et fournir davantage d’aide à l’Ukraine, mon message est clair : envoyer davantage à l’Ukraine. » | le mois dernier | Le secrétaire général de l’OTAN Jens Stoltenberg a déjà publié la même directive
            Les forces russes ont pris le contrôle des tirs sur la route principale entre Kharkov et Liptsy – une ville située à seulement 20 km de la ville – jeudi matin, selon le ministère de la Défense à Moscou. | jeudi matin | Les forces russes ont pris le contrôle des tirs sur la route principale
            Un jour plus tôt, les troupes russes s’étaient emparées du village de Rabotino dans la région de Zaporozhye, annulant ainsi le seul gain territorial obtenu lors de la malheureuse contre-offensive ukrainienne de 2023. | Un jour plus tôt | Les troupes russes s’étaient emparées du village de Rabotino dans la région de Zaporozhye
            « La situation est critique » » a déclaré le chef du renseignement militaire ukrainien, Kirill Budanov, au New York Times la semaine dernière. | la semaine dernière | Kirill Budanov : « La situation est critique »
            Les États-Unis sont prêts à faire don d’une batterie de missiles Patriot à l’Ukraine, a rapporté mercredi Bloomberg. | mercredi | Les États-Unis sont prêts à faire don d’une batterie de missiles Patriot à l’Ukraine
            « Cela ne peut pas arriver trop tôt », Bauer a déclaré jeudi. | jeudi | Bauer : « Cela ne peut pas arriver trop tôt »
            Interrogé lundi sur la date à laquelle il s’attend à ce que la soi-disant offensive de printemps de la Russie commence, Stoltenberg a déclaré que “la réalité est que nous avons déjà vu le début”. | lundi | Stoltenberg a déclaré que “la réalité est que nous avons déjà vu le début”
            Mercredi, ils discuteront des défenses de l’OTAN sur son flanc oriental, près de la Russie. | Mercredi | Ils discuteront des défenses de l’OTAN sur son flanc oriental
            La ville de Bakhmut, dans l’est de l’Ukraine, a été la cible de tirs nourris de l’artillerie russe lundi alors que les forces ukrainiennes se préparaient à d’éventuelles attaques au sol. | lundi | La ville de Bakhmut a été la cible de tirs nourris de l’artillerie russe
            Les stocks d’armes et de munitions de l’Allemagne ont été gravement épuisés depuis fin août. | fin août | Les stocks d’armes et de munitions de l’Allemagne ont été gravement épuisés
            Le président ukrainien Volodymyr Zelenskyy a mis en garde les citoyens contre de nouvelles attaques russes cette semaine qui pourraient être aussi graves que celles de la semaine dernière, les pires à ce jour, qui ont laissé des millions de personnes sans chauffage, sans eau ni électricité. | cette semaine | Le président ukrainien Volodymyr Zelenskyy a mis en garde les citoyens
            La Géorgie, la Moldavie et la Bosnie-Herzégovine participeront également à la réunion de mercredi alors que l’OTAN cherche à renforcer les liens avec ces pays, craignant que la Russie ne cherche à déstabiliser des États au-delà de l’Ukraine. | mercredi | La Géorgie, la Moldavie et la Bosnie-Herzégovine participeront également à la réunion
            En visite à Kiev jeudi, le chef de l'Otan s'y était entretenu avec le président Zelensky, qui n'a de cesse d'appeler les Occidentaux à livrer plus de blindés, d'artillerie, de munitions mais aussi des avions de combat et des systèmes de tirs de longue portée pour frapper les entrepôts russes, loin derrière la ligne de front. | jeudi | Le chef de l'Otan s'y était entretenu avec le président Zelensky
            L'Alliance est focalisée sur les fournitures de munitions et de pièces détachées pour que les systèmes déjà déployés en Ukraine "produisent l'effet escompté", a souligné vendredi Jens Stoltenberg. | vendredi | L'Alliance est focalisée sur les fournitures de munitions et de pièces détachées
            Les Occidentaux ont fourni pour plus de 150 milliards de dollars d'aide à l'Ukraine depuis le début de l'invasion russe, en février 2022, dont 65 milliards dans le domaine militaire, selon le ministre allemand de la Défense. | février 2022 | Les Occidentaux ont fourni pour plus de 150 milliards de dollars d'aide à l'Ukraine
            """)
    void headsARealSentenceWithItsMainClause(String sentence, String date, String headline) {
        assertThat(title(Language.FR, sentence, date)).isEqualTo(headline);
    }

    /** One or two sentences of our own per rule, in French and in English. */
    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # the date goes, with its preposition, wherever it stands
            FR | Le maire a inauguré dimanche la nouvelle médiathèque du quartier. | dimanche | Le maire a inauguré la nouvelle médiathèque du quartier
            FR | Le marché de Noël ouvrira ses portes le 5 décembre sur la place centrale. | 5 décembre | Le marché de Noël ouvrira ses portes sur la place centrale
            FR | Le 29 février 2024, Jens Stoltenberg avait exhorté les alliés à accélérer les livraisons. | Le 29 février 2024 | Jens Stoltenberg avait exhorté les alliés à accélérer les livraisons
            FR | Le gardien a été agressé, hier, par deux individus. | hier | Le gardien a été agressé par deux individus
            EN | The council approved the new budget on Tuesday after a long debate. | Tuesday | The council approved the new budget after a long debate
            EN | Yesterday, the company announced two hundred job cuts. | Yesterday | The company announced two hundred job cuts
            # a date that qualifies a noun leaves its article
            EN | Investigators said last month's discovery of a rifle was a breakthrough. | last month | Investigators said the discovery of a rifle was a breakthrough
            EN | A nurse was injured in the 1998 bombing of the clinic. | 1998 | A nurse was injured in the bombing of the clinic
            # a second date the sentence names goes too
            FR | Le musée, fermé depuis mardi, rouvrira ses salles demain matin. | demain matin | Le musée rouvrira ses salles
            # appositions and incises between the subject and the verb
            FR | Le ministre, arrivé en retard à cause des grèves, a ouvert la séance jeudi. | jeudi | Le ministre a ouvert la séance
            FR | Le directeur de l'usine, Paul Martin, a annoncé lundi la fermeture du site. | lundi | Le directeur de l'usine Paul Martin a annoncé la fermeture du site
            EN | The company's chief executive, Jane Smith, resigned on Monday. | Monday | The company's chief executive Jane Smith resigned
            EN | The mayor, who took office in May, opened the new library on Friday. | Friday | The mayor opened the new library
            # leading circumstantial and participial phrases
            FR | Réélu dimanche avec 60 % des voix, le maire a présenté son équipe lundi. | lundi | Le maire a présenté son équipe
            FR | Lors d'une visite à Nancy mardi, la ministre a promis des crédits pour l'hôpital. | mardi | La ministre a promis des crédits pour l'hôpital
            EN | Speaking in Brussels on Thursday, the minister announced new sanctions. | Thursday | The minister announced new sanctions
            FR | Lorsque le maire est arrivé lundi, les manifestants ont quitté la place. | lundi | Les manifestants ont quitté la place
            EN | When the minister arrived on Friday, the protesters left the square. | Friday | The protesters left the square
            FR | Finalement, le conseil a adopté le budget mardi. | mardi | Le conseil a adopté le budget
            EN | Ironically, the bridge reopened on Monday. | Monday | The bridge reopened
            # relative, subordinate, participial and reporting clauses after the verb
            FR | Les pompiers sont intervenus mardi dans un entrepôt qui abritait des produits chimiques. | mardi | Les pompiers sont intervenus dans un entrepôt
            FR | La grève a commencé lundi alors que les négociations étaient bloquées. | lundi | La grève a commencé
            FR | L'orage a frappé la ville samedi, provoquant des inondations dans trois quartiers. | samedi | L'orage a frappé la ville
            FR | Le pont sera fermé à la circulation jeudi, a annoncé la préfecture. | jeudi | Le pont sera fermé à la circulation
            EN | Police arrested two men on Friday, who were released later that night. | Friday | Police arrested two men
            EN | The bridge will close to traffic on Thursday, officials said. | Thursday | The bridge will close to traffic
            EN | Floods hit the region on Sunday, forcing hundreds of families from their homes. | Sunday | Floods hit the region
            # quoted words with their speaker
            FR | « Nous ne céderons pas », a déclaré mardi Marie Dupont. | mardi | Marie Dupont : « Nous ne céderons pas »
            FR | « Nous reviendrons », a promis dimanche le capitaine Paul Durand. | dimanche | Paul Durand : « Nous reviendrons »
            EN | “We have our suspect,” Chief John Miller said on Monday. | Monday | Chief John Miller : “We have our suspect”
            # datelines, brackets and dashes
            FR | LYON. _ Un incendie a détruit hier soir un entrepôt du port Edouard-Herriot. | hier soir | Un incendie a détruit un entrepôt du port Edouard-Herriot
            EN | LONDON, May 16 (Reuters) - The Bank of England held rates on Tuesday. | Tuesday | The Bank of England held rates
            # coordinated dates go with the date
            FR | Emmanuel Macron recevra mardi et mercredi les chefs de parti à l'Élysée. | mardi | Emmanuel Macron recevra les chefs de parti à l'Élysée
            FR | Il était poursuivi pour des cambriolages commis entre août et octobre. | août | Il était poursuivi pour des cambriolages commis
            EN | The ministers will meet on Monday and Tuesday in Brussels. | Monday | The ministers will meet in Brussels
            FR | Entre 2018 et 2021, l'homme avait détourné 300 000 euros. | 2018 | L'homme avait détourné 300 000 euros
            EN | The General Council will meet again on July 22-23. | July 22 | The General Council will meet again
            FR | Paris, 7 juin 2023 (AFP) - Le groupe Liot a maintenu mercredi sa proposition de loi. | mercredi | Le groupe Liot a maintenu sa proposition de loi
            FR | KIEV, 3 mars (AFP) - Les forces russes ont bombardé Kharkiv mercredi. | mercredi | Les forces russes ont bombardé Kharkiv
            EN | PARIS, Texas, Nov 8 (AP) — A man appeared in court Thursday. | Thursday | A man appeared in court
            FR | Le Conseil français du culte musulman (CFCM) a élu samedi son président. | samedi | Le Conseil français du culte musulman a élu son président
            # a long main clause is cut before a phrase, never on a function word or a half phrase
            FR | Le conseil municipal a voté mardi une subvention exceptionnelle de deux cent mille euros pour la rénovation complète de la piscine olympique du quartier de la gare. | mardi | Le conseil municipal a voté une subvention exceptionnelle de deux cent mille euros
            EN | The European Commission on Wednesday proposed a sweeping set of rules for the storage and transport of hydrogen across the member states of the union. | Wednesday | The European Commission proposed a sweeping set of rules for the storage and transport
            """)
    void appliesEachRule(Language language, String sentence, String date, String headline) {
        assertThat(title(language, sentence, date)).isEqualTo(headline);
    }

    @Test
    void guessesTheLanguageWhenNoneIsGiven() {
        assertThat(Headline.title("The council approved the new budget on Tuesday, officials said."))
                .isEqualTo("The council approved the new budget");
        assertThat(Headline.title("Le pont sera fermé à la circulation jeudi, a annoncé la préfecture."))
                .isEqualTo("Le pont sera fermé à la circulation");
    }

    @Test
    void keepsARestrictiveRelativeOfTheSubject() {
        assertThat(Headline.title(Language.FR, "Les élus qui siègent au conseil ont voté la motion mardi.", -1, -1))
                .isEqualTo("Les élus qui siègent au conseil ont voté la motion");
    }

    @Test
    void endsALongTitleOnAContentWordWithinNinetyCharacters() {
        String sentence = "Le secrétaire général de l’OTAN Jens Stoltenberg a appelé les trente et un membres de "
                + "l’alliance à livrer sans attendre davantage de munitions, de systèmes de défense aérienne et de "
                + "pièces détachées.";
        String title = Headline.title(Language.FR, sentence, -1, -1);
        assertThat(title.length()).isLessThanOrEqualTo(Headline.MAX_TITLE);
        assertThat(sentence).startsWith(title);
        assertThat(title).doesNotEndWith(",").doesNotEndWith(" de").doesNotEndWith(" et").doesNotEndWith(" à");
    }

    @Test
    void dropsAQuotationMarkThatTheCutLeftOpen() {
        String sentence = "Stoltenberg a déclaré vendredi que « l’Ukraine pourra libérer encore plus de terrain ; "
                + "nous devons continuer à aider » ses forces.";
        assertThat(title(Language.FR, sentence, "vendredi"))
                .isEqualTo("Stoltenberg a déclaré que l’Ukraine pourra libérer encore plus de terrain");
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

    private static String title(Language language, String sentence, String date) {
        int at = sentence.indexOf(date);
        assertThat(at).as("«%s» in the sentence", date).isGreaterThanOrEqualTo(0);
        return Headline.title(language, sentence, at, at + date.length());
    }
}
