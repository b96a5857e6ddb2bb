package id.warta.store.story;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link StoryProfile} in the form {@link StoryMatcher} scores: the day as an epoch day, names as 64-bit hashes
 * in sorted arrays, each event key as its type's hash, its country's hash and its epoch day. A score is then merges
 * of sorted arrays and comparisons of longs, with no allocation; and a stored profile decodes straight from its
 * bytes, hashing each name's bytes in place, without building a String or a Set (the store decodes one per story
 * candidate, up to 32 per article). Immutable and thread-safe.
 *
 * <p>Names are hashed over their modified UTF-8 bytes as {@link StoryProfile#toBytes()} writes them, and a profile
 * in memory takes this form through those bytes ({@link #of}), so that a name has one hash whether it comes from an
 * article being ingested or from the index. 64 bits suffice: two different names share a hash with a chance of
 * 2<sup>-64</sup>, and a pair of profiles compares at most {@value StoryProfile#MAX_ENTITIES}&sup2; names and a few
 * countries and events, so a billion candidate pairs (a corpus of 30 million articles) make about 2<sup>37</sup>
 * comparisons and one false match with a chance of some 10<sup>-8</sup>; and such a match would count one name or
 * country as shared, not decide a story by itself.
 */
public final class CompactProfile {

    /** The day of a profile that has none, as the stored form writes it. */
    static final long UNKNOWN_DAY = Long.MIN_VALUE;
    private static final int FORMAT = 1;
    /** The hash of {@code -}, the country of an event whose country is unknown. */
    static final long UNKNOWN_COUNTRY = hash(new byte[] {'-'}, 0, 1);

    /** Epoch day, or {@link #UNKNOWN_DAY}. */
    final long day;
    /**
     * The entities' hashes sorted, then the countries' hashes sorted, then per event its type's hash, its country's
     * hash and its epoch day ({@link #UNKNOWN_DAY} when unknown): one array, so a candidate's profile is one read.
     */
    final long[] data;
    final int entities;
    final int countries;
    final int events;

    private CompactProfile(long day, long[] data, int entities, int countries, int events) {
        this.day = day;
        this.data = data;
        this.entities = entities;
        this.countries = countries;
        this.events = events;
    }

    /** The form of {@code profile}: that of its stored bytes, so it scores exactly as it will once stored. */
    public static CompactProfile of(StoryProfile profile) {
        return fromBytes(profile.toBytes());
    }

    /** The form of the profile {@link StoryProfile#toBytes()} wrote. */
    public static CompactProfile fromBytes(byte[] bytes) {
        return fromBytes(bytes, 0, bytes.length);
    }

    /**
     * The form of the profile {@link StoryProfile#toBytes()} wrote into {@code bytes} from {@code offset}, as a
     * Lucene doc value hands it over, without a copy.
     *
     * @throws IllegalArgumentException when the bytes are not a story profile
     */
    public static CompactProfile fromBytes(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int end = offset + length;
        if (length == 0) {
            throw new IllegalArgumentException("not a story profile: no bytes");
        }
        if (bytes[offset] != FORMAT) {
            throw new IllegalArgumentException("unknown story profile format " + bytes[offset]);
        }
        int at = offset + 1;
        require(at + 8, end);
        long day = 0;
        for (int i = 0; i < 8; i++) {
            day = day << 8 | bytes[at++] & 0xFF;
        }
        // three sets of (unsigned short count, then each string as unsigned short length and modified UTF-8):
        // event keys, entities, countries; found first, so the one array can be sized
        int[] starts = new int[3];
        int[] counts = new int[3];
        for (int set = 0; set < 3; set++) {
            require(at + 2, end);
            counts[set] = unsignedShort(bytes, at);
            at += 2;
            starts[set] = at;
            for (int i = 0; i < counts[set]; i++) {
                require(at + 2, end);
                at += 2 + unsignedShort(bytes, at);
                require(at, end);
            }
        }
        int events = counts[0];
        int entities = counts[1];
        int countries = counts[2];
        long[] data = new long[entities + countries + 3 * events];
        hashes(bytes, starts[1], data, 0, entities);
        hashes(bytes, starts[2], data, entities, countries);
        at = starts[0];
        for (int i = 0, e = entities + countries; i < events; i++, e += 3) {
            int from = at + 2;
            at = from + unsignedShort(bytes, at);
            int type = indexOf(bytes, from, at, '|');
            int country = type < 0 ? -1 : indexOf(bytes, type + 1, at, '|');
            if (country < 0) {
                throw new IllegalArgumentException("not a story profile: event key without type, country and date");
            }
            data[e] = hash(bytes, from, type);
            data[e + 1] = hash(bytes, type + 1, country);
            data[e + 2] = epochDay(bytes, country + 1, at);
        }
        return new CompactProfile(day, data, entities, countries, events);
    }

    /** The epoch day of the profile, or {@link Long#MIN_VALUE} when it has none. */
    public long day() {
        return day;
    }

    /** The hashes of {@code n} strings from {@code at} into {@code out} from {@code to}, sorted. */
    private static void hashes(byte[] bytes, int at, long[] out, int to, int n) {
        for (int i = 0; i < n; i++) {
            int from = at + 2;
            at = from + unsignedShort(bytes, at);
            out[to + i] = hash(bytes, from, at);
        }
        Arrays.sort(out, to, to + n);
    }

    /** 64-bit FNV-1a of the bytes: cheap for names of a few bytes, and stable across builds and machines. */
    static long hash(byte[] bytes, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int k = from; k < to; k++) {
            h = (h ^ (bytes[k] & 0xFF)) * 0x100000001b3L;
        }
        return h;
    }

    /**
     * The epoch day of the ISO date (or {@code -}: {@link #UNKNOWN_DAY}) the bytes spell. In modified UTF-8 a byte
     * below 0x80 is that ASCII character, so the plain yyyy-MM-dd form is read from the bytes; any other (a year
     * past 9999) goes to the parser.
     */
    private static long epochDay(byte[] bytes, int from, int to) {
        if (to - from == 1 && bytes[from] == '-') {
            return UNKNOWN_DAY;
        }
        if (to - from == 10 && bytes[from + 4] == '-' && bytes[from + 7] == '-') {
            int y = digits(bytes, from, 4);
            int m = digits(bytes, from + 5, 2);
            int d = digits(bytes, from + 8, 2);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                return LocalDate.of(y, m, d).toEpochDay();
            }
        }
        return LocalDate.parse(new String(bytes, from, to - from, StandardCharsets.UTF_8)).toEpochDay();
    }

    /** The value of {@code n} decimal digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(byte[] bytes, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int c = bytes[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int indexOf(byte[] bytes, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int unsignedShort(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static void require(int at, int end) {
        if (at > end) {
            throw new IllegalArgumentException("not a story profile: it ends too early");
        }
    }
}
