package id.warta.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains a {@link NameModel}: a structured averaged perceptron (Collins 2002) over {@link NameFeatures}, decoding
 * with the same constrained Viterbi the model uses at tagging time. Features seen fewer than
 * {@link Settings#minCount()} times in the training data are dropped, which keeps the model small and cuts noise
 * from one-off words. Deterministic: the same samples and settings give the same model.
 */
public final class NameFinderTrainer {

    private static final int L = NameModel.LABELS;

    /**
     * Training settings.
     *
     * @param epochs   passes over the data (default 12)
     * @param minCount minimum number of occurrences of a feature in the training data (default 2)
     * @param seed     seed of the per-epoch shuffle (default 42)
     */
    public record Settings(int epochs, int minCount, long seed) {
        public Settings {
            if (epochs < 1 || minCount < 1) {
                throw new IllegalArgumentException("epochs and minCount must be at least 1");
            }
        }

        public static Settings defaults() {
            return new Settings(12, 2, 42);
        }
    }

    private NameFinderTrainer() {
    }

    /**
     * Trains a model.
     *
     * @param samples     annotated sentences
     * @param gazetteer   tags tokens with known names, or null to train without gazetteer features
     * @param settings    training settings
     * @param description what the model is trained on, stored in the model
     * @param progress    told the number of each finished epoch
     */
    public static NameModel train(List<NameSample> samples, NameGazetteer gazetteer, Settings settings,
                                  String description, IntConsumer progress) {
        Objects.requireNonNull(settings, "settings");
        List<long[][]> hashed = new ArrayList<>(samples.size());
        Map<Long, int[]> counts = new HashMap<>();
        for (NameSample sample : samples) {
            long[][] features = TaggingInput.features(sample.text(), sample.tokenOffsets(), gazetteer);
            hashed.add(features);
            for (long[] token : features) {
                for (long f : token) {
                    counts.computeIfAbsent(f, k -> new int[1])[0]++;
                }
            }
        }
        Map<Long, Integer> index = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        for (long[][] sentence : hashed) {
            for (long[] token : sentence) {
                for (long f : token) {
                    if (counts.get(f)[0] >= settings.minCount() && !index.containsKey(f)) {
                        index.put(f, keys.size());
                        keys.add(f);
                    }
                }
            }
        }
        counts.clear();
        List<int[][]> rows = new ArrayList<>(hashed.size());
        for (long[][] sentence : hashed) {
            int[][] r = new int[sentence.length][];
            for (int i = 0; i < sentence.length; i++) {
                int[] tokenRows = new int[sentence[i].length];
                int k = 0;
                for (long f : sentence[i]) {
                    Integer row = index.get(f);
                    if (row != null) {
                        tokenRows[k++] = row;
                    }
                }
                r[i] = java.util.Arrays.copyOf(tokenRows, k);
            }
            rows.add(r);
        }
        hashed.clear();
        index.clear();

        int features = keys.size();
        double[] w = new double[features * L];
        double[] u = new double[features * L];
        double[] t = new double[(L + 1) * L];
        double[] tu = new double[(L + 1) * L];
        long c = 1;
        int[] order = new int[samples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int s : order) {
                int[][] sentence = rows.get(s);
                int n = sentence.length;
                if (n == 0) {
                    continue;
                }
                int[] gold = samples.get(s).labels();
                int[] predicted = predict(sentence, w, t);
                for (int i = 0; i < n; i++) {
                    int g = gold[i];
                    int p = predicted[i];
                    if (g != p) {
                        for (int row : sentence[i]) {
                            w[row * L + g] += 1;
                            u[row * L + g] += c;
                            w[row * L + p] -= 1;
                            u[row * L + p] -= c;
                        }
                    }
                    int gp = i == 0 ? L : gold[i - 1];
                    int pp = i == 0 ? L : predicted[i - 1];
                    if (g != p || gp != pp) {
                        t[gp * L + g] += 1;
                        tu[gp * L + g] += c;
                        t[pp * L + p] -= 1;
                        tu[pp * L + p] -= c;
                    }
                }
                c++;
            }
            progress.accept(epoch);
        }
        long[] featureKeys = new long[features];
        for (int i = 0; i < features; i++) {
            featureKeys[i] = keys.get(i);
        }
        return new NameModel(featureKeys, average(w, u, c), average(t, tu, c), gazetteer != null, description);
    }

    private static int[] predict(int[][] sentence, double[] w, double[] t) {
        int n = sentence.length;
        float[] emission = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (int row : sentence[i]) {
                for (int l = 0; l < L; l++) {
                    emission[i * L + l] += (float) w[row * L + l];
                }
            }
        }
        float[] transitions = new float[t.length];
        for (int i = 0; i < t.length; i++) {
            transitions[i] = (float) t[i];
        }
        return NameModel.viterbi(emission, transitions, n);
    }

    private static float[] average(double[] w, double[] u, long c) {
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) (w[i] - u[i] / c);
        }
        return out;
    }
}
