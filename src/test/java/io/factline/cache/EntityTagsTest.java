package io.factline.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = "\"abc\"";

    @ParameterizedTest(name = "If-None-Match: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '\'', textBlock = """
            "abc"              | true
            W/"abc"            | true
            "x", "abc"         | true
            *                  | true
            "abd"              | false
            abc                | false
            -                  | false
            """)
    void comparesIfNoneMatchWeakly(String ifNoneMatch, boolean expected) {
        assertThat(ConditionalGet.matches(ifNoneMatch, TAG)).isEqualTo(expected);
    }

    @Test
    void tagsAreStrongQuotedAndFollowTheBytes() {
        String tag = ConditionalGet.etag("one".getBytes(StandardCharsets.UTF_8));
        assertThat(tag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(ConditionalGet.etag("one".getBytes(StandardCharsets.UTF_8))).isEqualTo(tag);
        assertThat(ConditionalGet.etag("two".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(tag);
    }
}
