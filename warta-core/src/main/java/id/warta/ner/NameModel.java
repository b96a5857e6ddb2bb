package id.warta.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained name tagger: linear weights over {@link NameFeatures} for each BIO label, first-order label transitions,
 * and Viterbi decoding constrained to well-formed BIO sequences. Immutable and thread-safe once built; train one
 * with {@link NameFinderTrainer}.
 *
 * <p>Labels are {@code O} and {@code B-}/{@code I-} of each {@link Entity.Type}: label {@code 0} is O, label
 * {@code 1 + 2t} begins and {@code 2 + 2t} continues an entity of type ordinal {@code t}.
 */
public final class NameModel {

    /** Version of the feature templates; a model trained under another version is refused. */
    static final int FEATURES_VERSION = 1;
    static final int LABELS = 1 + 2 * Entity.Type.values().length;
    private static final int MAGIC = 0x574E4552; // "WNER"
    private static final int FORMAT = 1;

    private final long[] keys;
    private final int[] rows;
    private final int mask;
    private final float[] weights;
    private final float[] transitions;
    private final boolean gazetteerFeatures;
    private final String description;

    /**
     * @param features    feature hashes, one per row of {@code weights}
     * @param weights     {@code features.length * LABELS} weights, row-major
     * @param transitions {@code (LABELS + 1) * LABELS} weights, row {@code LABELS} being the sentence start
     */
    NameModel(long[] features, float[] weights, float[] transitions, boolean gazetteerFeatures, String description) {
        if (weights.length != features.length * LABELS || transitions.length != (LABELS + 1) * LABELS) {
            throw new IllegalArgumentException("weights do not match the features and labels");
        }
        this.weights = weights;
        this.transitions = transitions;
        this.gazetteerFeatures = gazetteerFeatures;
        this.description = Objects.requireNonNull(description, "description");
        int capacity = Integer.highestOneBit(Math.max(4, features.length * 2 - 1)) << 1;
        this.keys = new long[capacity];
        this.rows = new int[capacity];
        Arrays.fill(rows, -1);
        this.mask = capacity - 1;
        for (int row = 0; row < features.length; row++) {
            int slot = (int) features[row] & mask;
            while (rows[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = features[row];
            rows[slot] = row;
        }
    }

    /** Whether the model was trained with gazetteer features (and so expects them at tagging time). */
    public boolean gazetteerFeatures() {
        return gazetteerFeatures;
    }

    /** What the model was trained on, with which settings, as the trainer wrote it. */
    public String description() {
        return description;
    }

    /** Number of features with weights. */
    public int size() {
        return weights.length / LABELS;
    }

    /** The label of each token: 0 for O, {@code 1 + 2t} for B and {@code 2 + 2t} for I of type ordinal t. */
    int[] decode(long[][] features) {
        int n = features.length;
        if (n == 0) {
            return new int[0];
        }
        float[] emission = new float[n * LABELS];
        for (int i = 0; i < n; i++) {
            for (long f : features[i]) {
                int row = row(f);
                if (row >= 0) {
                    int base = row * LABELS;
                    for (int l = 0; l < LABELS; l++) {
                        emission[i * LABELS + l] += weights[base + l];
                    }
                }
            }
        }
        return viterbi(emission, transitions, n);
    }

    /** Best well-formed label sequence under emission and transition scores. */
    static int[] viterbi(float[] emission, float[] transitions, int n) {
        float[] score = new float[n * LABELS];
        int[] back = new int[n * LABELS];
        for (int l = 0; l < LABELS; l++) {
            score[l] = allowed(-1, l) ? emission[l] + transitions[LABELS * LABELS + l] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < LABELS; l++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < LABELS; p++) {
                    if (allowed(p, l)) {
                        float s = score[(i - 1) * LABELS + p] + transitions[p * LABELS + l];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[i * LABELS + l] = best + emission[i * LABELS + l];
                back[i * LABELS + l] = arg;
            }
        }
        int[] labels = new int[n];
        int best = 0;
        for (int l = 1; l < LABELS; l++) {
            if (score[(n - 1) * LABELS + l] > score[(n - 1) * LABELS + best]) {
                best = l;
            }
        }
        labels[n - 1] = best;
        for (int i = n - 1; i > 0; i--) {
            labels[i - 1] = back[i * LABELS + labels[i]];
        }
        return labels;
    }

    /** An I- label only continues a B- or I- of its own type; {@code previous} -1 is the sentence start. */
    static boolean allowed(int previous, int label) {
        if (label == 0 || label % 2 == 1) {
            return true;
        }
        return previous > 0 && (previous + 1) / 2 == label / 2;
    }

    private int row(long feature) {
        int slot = (int) feature & mask;
        while (true) {
            int row = rows[slot];
            if (row < 0) {
                return -1;
            }
            if (keys[slot] == feature) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Writes the model, gzip-compressed. */
    public void save(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(gzip);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(FEATURES_VERSION);
        data.writeInt(LABELS);
        data.writeBoolean(gazetteerFeatures);
        data.writeUTF(description);
        int size = size();
        data.writeInt(size);
        // rows in slot order give the same bytes for the same model on every run
        for (int slot = 0; slot < keys.length; slot++) {
            if (rows[slot] >= 0) {
                data.writeLong(keys[slot]);
                int base = rows[slot] * LABELS;
                for (int l = 0; l < LABELS; l++) {
                    data.writeFloat(weights[base + l]);
                }
            }
        }
        for (float t : transitions) {
            data.writeFloat(t);
        }
        data.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #save}. */
    public static NameModel load(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
            throw new IOException("not a Warta name model");
        }
        int version = data.readInt();
        if (version != FEATURES_VERSION || data.readInt() != LABELS) {
            throw new IOException("name model built for feature version " + version + ", this build reads "
                    + FEATURES_VERSION + ": retrain it with `warta train ner`");
        }
        boolean gazetteer = data.readBoolean();
        String description = data.readUTF();
        int size = data.readInt();
        long[] features = new long[size];
        float[] weights = new float[size * LABELS];
        for (int row = 0; row < size; row++) {
            features[row] = data.readLong();
            for (int l = 0; l < LABELS; l++) {
                weights[row * LABELS + l] = data.readFloat();
            }
        }
        float[] transitions = new float[(LABELS + 1) * LABELS];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = data.readFloat();
        }
        return new NameModel(features, weights, transitions, gazetteer, description);
    }
}
