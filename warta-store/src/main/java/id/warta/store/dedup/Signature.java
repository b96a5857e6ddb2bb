package id.warta.store.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A MinHash signature ({@link MinHasher}): per hash function the least value over the text's shingles. Values are
 * compared as they are; a signature with no values belongs to a text too short to sign.
 *
 * @param values the minima, one per hash function; the array is copied in and out
 */
public record Signature(int[] values) {

    /** The signature of a text with fewer words than one shingle. */
    public static final Signature EMPTY = new Signature(new int[0]);

    public Signature {
        values = Objects.requireNonNull(values, "values").clone();
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    /**
     * The estimated Jaccard similarity of the two texts' shingle sets: the share of positions where the
     * signatures agree. 0 when either is empty or they were made with different numbers of hashes.
     */
    public double similarity(Signature other) {
        int n = values.length;
        if (n == 0 || other.values.length != n) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return (double) equal / n;
    }

    /**
     * Locality-sensitive hashing keys: the signature cut into {@code bands} bands of equal rows, each band's rows
     * hashed into a key {@code "07:3fa9c2e1b0d4"} (band number, 48 bits of hash). Two texts of similarity s share
     * at least one key with probability 1 - (1 - s^rows)^bands, which makes the candidates to compare. Empty for an
     * empty signature.
     *
     * @throws IllegalArgumentException when the values do not divide into {@code bands} bands
     */
    public List<String> bandKeys(int bands) {
        if (values.length == 0) {
            return List.of();
        }
        if (bands <= 0 || values.length % bands != 0) {
            throw new IllegalArgumentException(values.length + " values do not cut into " + bands + " bands");
        }
        int rows = values.length / bands;
        List<String> keys = new ArrayList<>(bands);
        char[] key = new char[bands > 100 ? 16 : 15];
        int digits = key.length - 13;
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = b * rows; r < (b + 1) * rows; r++) {
                h = MinHasher.mix(h * 0x9E3779B97F4A7C15L + values[r]);
            }
            for (int d = digits - 1, v = b; d >= 0; d--, v /= 10) {
                key[d] = (char) ('0' + v % 10);
            }
            key[digits] = ':';
            for (int d = key.length - 1; d > digits; d--, h >>>= 4) {
                key[d] = Character.forDigit((int) (h & 0xF), 16);
            }
            keys.add(new String(key));
        }
        return keys;
    }

    /** The number of values, without copying them as {@link #values()} does. */
    public int size() {
        return values.length;
    }

    /** Whether the text was too short to sign: such a text is nobody's near-duplicate. */
    public boolean empty() {
        return values.length == 0;
    }

    /** The values, 4 bytes each, big-endian. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    /** The signature {@link #toBytes()} wrote. */
    public static Signature fromBytes(byte[] bytes) {
        if (bytes.length % 4 != 0) {
            throw new IllegalArgumentException("a signature is 4 bytes a value, not " + bytes.length + " bytes");
        }
        int[] values = new int[bytes.length / 4];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return new Signature(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signature" + Arrays.toString(values);
    }
}
