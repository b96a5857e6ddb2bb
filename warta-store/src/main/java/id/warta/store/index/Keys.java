package id.warta.store.index;

import org.apache.lucene.util.BytesRef;

/**
 * The terms of the {@link Schema#KEY} field, which every look-up of the ingest path reads: one field so one terms
 * enumerator per segment serves all of an article's look-ups, and short binary terms (a kind byte and a hash) so a
 * million articles' 40-odd unique keys each stay small on disk.
 */
public final class Keys {

    /** Days per bucket of the story keys: a key is indexed with its article's bucket, looked up in the buckets
     *  the story window covers. */
    static final int BUCKET_DAYS = 7;

    private Keys() {
    }

    /** The article (or error record) with this id. */
    public static BytesRef id(long id) {
        return withLong('i', id);
    }

    /** Articles of this story other than the one that started it (that one has the story's id as its own). */
    public static BytesRef story(long story) {
        return withLong('s', story);
    }

    /** Articles with this text hash. */
    public static BytesRef textHash(String hash) {
        return withLong('h', Ids.fnv(hash));
    }

    /** Articles sharing this locality-sensitive hashing band of their MinHash signature. */
    public static BytesRef band(String bandKey) {
        return withLong('b', Ids.fnv(bandKey));
    }

    /** Articles with this story-profile key published in this bucket of days. */
    public static BytesRef profile(String key, long bucket) {
        byte[] b = new byte[13];
        b[0] = 'p';
        putInt(b, 1, (int) bucket);
        putLong(b, 5, Ids.fnv(key));
        return new BytesRef(b);
    }

    /** The bucket of an epoch day. */
    public static long bucket(long epochDay) {
        return Math.floorDiv(epochDay, BUCKET_DAYS);
    }

    private static BytesRef withLong(char kind, long value) {
        byte[] b = new byte[9];
        b[0] = (byte) kind;
        putLong(b, 1, value);
        return new BytesRef(b);
    }

    private static void putLong(byte[] b, int at, long v) {
        for (int i = 7; i >= 0; i--) {
            b[at + i] = (byte) v;
            v >>>= 8;
        }
    }

    private static void putInt(byte[] b, int at, int v) {
        for (int i = 3; i >= 0; i--) {
            b[at + i] = (byte) v;
            v >>>= 8;
        }
    }
}
