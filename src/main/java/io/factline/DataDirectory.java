package io.factline;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import jakarta.annotation.Priority;
import java.nio.file.Path;

/**
 * Lets {@code factline.data-dir} be any relative path ({@code FACTLINE_DATA_DIR=data2}): H2 refuses a file path that
 * is "implicitly relative" to the working directory unless it starts with {@code ./}, so a relative value gets that
 * prefix wherever it is read. It sits below SmallRye Config's expression interceptor (priority 500) in the chain, so
 * that the {@code ${factline.data-dir}} inside the JDBC URL is read through it too.
 */
@Priority(400)
public class DataDirectory implements ConfigSourceInterceptor {

    static final String KEY = "factline.data-dir";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (value == null || !KEY.equals(name) || value.getValue() == null) {
            return value;
        }
        return value.withValue(explicit(value.getValue()));
    }

    /** {@code dir}, with {@code ./} before it when it is relative and does not already start with . or ~. */
    static String explicit(String dir) {
        if (dir.isEmpty() || dir.startsWith(".") || dir.startsWith("~") || Path.of(dir).isAbsolute()) {
            return dir;
        }
        return "./" + dir;
    }
}
