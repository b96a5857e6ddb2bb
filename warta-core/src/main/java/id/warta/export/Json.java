package id.warta.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The JSON mapping of Warta's records: field names as the record components, enums in lower case, date-times as
 * ISO 8601 with seconds and offset ({@code 2022-01-08T07:45:00+07:00}), null fields kept so every record has the
 * same shape.
 */
public final class Json {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);

    private static final ObjectMapper MAPPER = build();
    private static final ObjectWriter WRITER = MAPPER.writer();

    private Json() {
    }

    /** The shared writer of Warta's JSON: immutable and thread-safe. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** Reads JSON text into a tree (for tests and tools that read Warta's output back). */
    public static JsonNode read(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** Formats a date-time the way every Warta output does. */
    public static String format(OffsetDateTime value) {
        return value == null ? null : DATE_TIME.format(value);
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("warta");
        module.addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(format(value));
            }
        });
        @SuppressWarnings({"rawtypes", "unchecked"})
        JsonSerializer<Enum> lowerCase = new JsonSerializer<>() {
            @Override
            public void serialize(Enum value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        };
        module.addSerializer(Enum.class, lowerCase);
        return new ObjectMapper()
                .registerModule(module)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
