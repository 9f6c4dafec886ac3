package io.factline.export;

/** The words the timeline's readable representations (TimelineJS, the embeddable page) show, per language. */
public record Labels(
        String timeline,
        String subtitle,
        String sourceText,
        String originalArticle,
        String from,
        String to,
        String search,
        String filter,
        String reset,
        String noEvents,
        String events,
        String nextPage,
        String place,
        String quotesOf,
        String skipToEvents,
        String keyboardHint) {

    private static final Labels FR = new Labels(
            "Chronologie",
            "Des faits datés et cités, tirés d’articles de presse",
            "Lire dans le texte source",
            "Article original",
            "Du",
            "Au",
            "Rechercher",
            "Filtrer",
            "Tout afficher",
            "Aucun événement ne correspond à ces critères.",
            "événements",
            "Événements suivants",
            "Lieu\u00a0:",
            "Citations de",
            "Aller aux événements",
            "Touches j et k : événement suivant ou précédent.");

    private static final Labels EN = new Labels(
            "Timeline",
            "Dated, cited facts from news articles",
            "Read in the source text",
            "Original article",
            "From",
            "To",
            "Search",
            "Filter",
            "Show all",
            "No event matches these criteria.",
            "events",
            "Next events",
            "Place:",
            "Quotes of",
            "Skip to the events",
            "Keys j and k: next or previous event.");

    public static Labels of(DisplayLanguage language) {
        return language == DisplayLanguage.EN ? EN : FR;
    }
}
