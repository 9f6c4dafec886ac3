package io.factline.seed;

/** The seeds folder says something that cannot be turned into a timeline; the message says what and where. */
public class SeedException extends RuntimeException {

    public SeedException(String message) {
        super(message);
    }

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
