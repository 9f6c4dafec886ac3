package io.factline.auth;

import io.factline.FactlineConfig;
import io.factline.source.SourceText;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jboss.logging.Logger;

/**
 * The editors' API key from {@code factline.editor-key}. Keys are compared through their SHA-256 digests with
 * {@link MessageDigest#isEqual}, so the time a comparison takes tells nothing about the key, not even its length.
 */
@ApplicationScoped
public class EditorKey {

    /** The role a valid key grants; every write operation requires it. */
    public static final String ROLE = "editor";

    /** Shorter keys work but are easy to guess; the start-up log says so. */
    static final int RECOMMENDED_LENGTH = 24;

    private static final Logger LOG = Logger.getLogger(EditorKey.class);

    private final byte[] digest;

    EditorKey(FactlineConfig config) {
        String key = config.editorKey().map(String::strip).filter(k -> !k.isEmpty()).orElse(null);
        this.digest = key == null ? null : digest(key);
        if (key != null && key.length() < RECOMMENDED_LENGTH) {
            LOG.warnf("factline.editor-key is shorter than %d characters: use a long random key", RECOMMENDED_LENGTH);
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (digest == null) {
            LOG.warn("factline.editor-key (FACTLINE_EDITOR_KEY) is not set: writes are disabled. POST /sources, "
                    + "DELETE /sources/{id}, POST /events, PATCH and DELETE /events/{id} answer 401; reads (and "
                    + "POST /extract, which stores nothing) stay public.");
        } else {
            LOG.info("Editor key configured: writes require Authorization: Bearer <key>");
        }
    }

    /** True when a key is configured and {@code presented} is it. */
    boolean accepts(String presented) {
        if (digest == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(digest, digest(presented));
    }

    private static byte[] digest(String key) {
        return HexFormat.of().parseHex(SourceText.sha256(key));
    }
}
