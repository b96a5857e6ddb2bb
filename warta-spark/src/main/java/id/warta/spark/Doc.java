package id.warta.spark;

import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.store.StoreOptions;
import id.warta.store.dedup.Fingerprints;
import id.warta.store.dedup.MinHasher;
import id.warta.store.dedup.Signature;
import id.warta.store.index.Ids;
import id.warta.store.index.Schema;
import id.warta.store.story.StoryProfile;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One analysed WARC record as the job carries it between stages: the analysis record as JSON (what the output tables
 * are made from) and, computed once by the task that analysed it, what the corpus-wide decisions need: the store's
 * article id, text hash, truncated MinHash signature and band keys, and story profile.
 *
 * @param input     the record's name ({@code file.warc.gz#offset}): unique in a run
 * @param id        the article id ({@link Ids#article}); for an error record the id of its error ({@link Ids#error})
 * @param ok        whether an article came out; else this is an error record
 * @param order     the article's place in time: publication (else fetch) instant, then id ({@link #order(Instant,
 *                  String)}); the earliest of a group is its original. Unique among articles of distinct ids
 * @param day       the output partition: {@code yyyy-MM-dd} of the publication in its own offset, else of the fetch
 *                  time, else {@code unknown}
 * @param json      the analysis record, {@link Json#writer()}'s JSON
 * @param textHash  {@link Fingerprints#textHash}; null for an error
 * @param signature the MinHash signature as the store compares it ({@link Schema#truncated}); empty when the text is
 *                  too short to sign
 * @param bands     the signature's locality-sensitive hashing keys ({@link Signature#bandKeys})
 * @param profile   the story profile ({@link StoryProfile#toBytes()}); null for an error
 * @param storyKeys the profile's keys ({@link StoryProfile#keys()}); empty when it has no day (its own story)
 * @param storyDay  the profile's day as an epoch day, or {@link Long#MIN_VALUE}
 * @param url       the record's URL
 * @param code      for an error record, its failure code
 * @param message   for an error record, its cause
 * @param fetched   when the page was fetched ({@link Json#format}), or null
 */
record Doc(String input, String id, boolean ok, String order, String day, String json, String textHash,
           int[] signature, String[] bands, byte[] profile, String[] storyKeys, long storyDay, String url,
           String code, String message, String fetched) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The partition of records with neither a publication nor a fetch date. */
    static final String UNKNOWN_DAY = "unknown";

    /** What the job keeps of an analysis. */
    static Doc of(Analysis analysis, StoreOptions options, MinHasher hasher) {
        Article a = analysis.article();
        String json;
        try {
            json = Json.writer().writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the analysis record does not serialise: " + e.getMessage(), e);
        }
        String day = day(a.published(), a.fetched());
        String fetched = Json.format(a.fetched());
        if (!analysis.ok()) {
            // as the store records a failed input
            String code = a.errorCode() == null ? "error" : a.errorCode();
            String message = a.error() == null ? "the article failed without a message" : a.error();
            return new Doc(a.input(), Ids.hex(Ids.error(a.input())), false, null, day, json, null, new int[0],
                    new String[0], null, new String[0], Long.MIN_VALUE, a.url(), code, message, fetched);
        }
        String hash = Fingerprints.textHash(a.text());
        String id = Ids.hex(Ids.article(Fingerprints.canonicalUrl(a.url()), hash));
        Signature full = hasher.sign(a.text());
        int[] signature = full.empty() ? new int[0] : Schema.truncated(full).values();
        List<String> bands = full.bandKeys(options.lshBands());
        StoryProfile profile = StoryProfile.of(analysis);
        List<String> keys = profile.day() == null ? List.of() : profile.keys();
        Instant when = a.published() != null ? a.published().toInstant()
                : a.fetched() != null ? a.fetched().toInstant() : null;
        return new Doc(a.input(), id, true, order(when, id), day, json, hash, signature,
                bands.toArray(String[]::new), profile.toBytes(), keys.toArray(String[]::new),
                profile.day() == null ? Long.MIN_VALUE : profile.day().toEpochDay(), a.url(), null, null, fetched);
    }

    /** The day partition of a record published and fetched at these times (either may be null). */
    static String day(OffsetDateTime published, OffsetDateTime fetched) {
        if (published != null) {
            return published.toLocalDate().toString();
        }
        return fetched == null ? UNKNOWN_DAY : fetched.toLocalDate().toString();
    }

    /**
     * A key whose string order is time order, then id order: the instant's epoch milliseconds as 20 unsigned digits
     * (offset so that dates before 1970 sort right), {@code ~} (after every digit) when undated, then {@code |id}.
     */
    static String order(Instant when, String id) {
        if (when == null) {
            return "~|" + id;
        }
        String digits = Long.toUnsignedString(when.toEpochMilli() ^ Long.MIN_VALUE);
        return "0".repeat(20 - digits.length()) + digits + "|" + id;
    }

    /** The article id an order key ends with. */
    static String idOf(String order) {
        return order.substring(order.lastIndexOf('|') + 1);
    }

    /** Of two copies of one article, the one kept: the earliest, then the first input by name. */
    static Doc earlier(Doc a, Doc b) {
        int c = a.order.compareTo(b.order);
        if (c == 0) {
            c = a.input.compareTo(b.input);
        }
        return c <= 0 ? a : b;
    }
}
