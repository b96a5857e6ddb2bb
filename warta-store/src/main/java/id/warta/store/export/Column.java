package id.warta.store.export;

import java.util.Objects;
import java.util.Set;

/**
 * One column of a flat table row.
 *
 * @param name its name in CSV headers and Parquet schemas ({@code snake_case}, as PLOVER's and ACLED's columns)
 * @param type the Java type of its values: String, Long, Integer, Double or Boolean; a null value is an empty field
 */
public record Column(String name, Class<?> type) {

    private static final Set<Class<?>> TYPES = Set.of(String.class, Long.class, Integer.class, Double.class,
            Boolean.class);

    public Column {
        Objects.requireNonNull(name, "name");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("column " + name + " of unsupported type " + type);
        }
    }

    static Column text(String name) {
        return new Column(name, String.class);
    }

    static Column count(String name) {
        return new Column(name, Long.class);
    }
}
