package io.factline.temporal.eval;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the TimeML dev corpora are: {@code -Dfactline.corpora=FOLDER}, else {@code ../shared/corpora} beside the
 * project root. They live outside the repository (their licences); a test that needs one fails when it is missing.
 */
public final class DevCorpora {

    public static final String PROPERTY = "factline.corpora";

    private DevCorpora() {
    }

    /** The folder holding every corpus. */
    public static Path root() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        return Corpus.projectRoot().resolve("../shared/corpora").toAbsolutePath().normalize();
    }

    /** The folder of {@code corpus}, or a failed test that says where it was looked for. */
    public static Path folder(String corpus) {
        Path folder = root().resolve(corpus);
        if (!Files.isDirectory(folder)) {
            fail("TimeML corpus " + corpus + " not found at " + folder + ": the dev corpora live outside the"
                    + " repository, in ../shared/corpora beside the project root; point -D" + PROPERTY
                    + "=FOLDER at the folder holding " + corpus + "/");
        }
        return folder;
    }
}
