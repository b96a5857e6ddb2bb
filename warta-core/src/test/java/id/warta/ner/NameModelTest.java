package id.warta.ner;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameModelTest {

    private static NameSample sample(String sentence, NameSample.Span... names) {
        return new NameSample(List.of(sentence.split(" ")), List.of(names));
    }

    private static NameSample.Span span(int first, int end, Entity.Type type) {
        return new NameSample.Span(first, end, type);
    }

    /** A handful of sentences of one shape: the trainer must learn them. */
    private static List<NameSample> corpus() {
        List<NameSample> out = new ArrayList<>();
        String[][] people = {{"Joko", "Widodo"}, {"Retno", "Marsudi"}, {"Prabowo", "Subianto"}, {"Sri", "Mulyani"}};
        String[] places = {"Jakarta", "Surabaya", "Bandung", "Medan"};
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < people.length; i++) {
                String[] p = people[i];
                String place = places[(i + round) % places.length];
                out.add(sample("Presiden " + p[0] + " " + p[1] + " tiba di " + place + " pada Senin .",
                        span(1, 3, Entity.Type.PERSON), span(5, 6, Entity.Type.LOC)));
                out.add(sample("Menurut " + p[1] + " , rapat di " + place + " berjalan lancar .",
                        span(1, 2, Entity.Type.PERSON), span(5, 6, Entity.Type.LOC)));
            }
        }
        return out;
    }

    @Test
    void learnsTheTrainingDataAndDecodesWellFormedSequences() {
        NameModel model = NameFinderTrainer.train(corpus(), null, NameFinderTrainer.Settings.defaults(), "test",
                e -> { });
        NameSample probe = sample("Presiden Joko Widodo tiba di Bandung pada Senin .");
        int[] labels = model.decode(TaggingInput.features(probe.text(), probe.tokenOffsets(), null));
        // O B-PER I-PER O O B-LOC O O O
        assertThat(labels).containsExactly(0, 1, 2, 0, 0, 5, 0, 0, 0);
    }

    @Test
    void saveAndLoadGiveTheSameModelAndTheSameBytes() throws IOException {
        NameModel model = NameFinderTrainer.train(corpus(), null, NameFinderTrainer.Settings.defaults(), "test",
                e -> { });
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        model.save(first);
        NameModel loaded = NameModel.load(new ByteArrayInputStream(first.toByteArray()));
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        loaded.save(second);
        assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
        assertThat(loaded.description()).isEqualTo("test");
        assertThat(loaded.size()).isEqualTo(model.size());
        NameSample probe = sample("Menurut Marsudi , rapat di Medan berjalan lancar .");
        long[][] features = TaggingInput.features(probe.text(), probe.tokenOffsets(), null);
        assertThat(loaded.decode(features)).containsExactly(model.decode(features));
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        NameFinderTrainer.train(corpus(), null, NameFinderTrainer.Settings.defaults(), "x", e -> { }).save(a);
        NameFinderTrainer.train(corpus(), null, NameFinderTrainer.Settings.defaults(), "x", e -> { }).save(b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void refusesWhatIsNotAModel() {
        assertThatThrownBy(() -> NameModel.load(new ByteArrayInputStream(new byte[]{1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    @Test
    void viterbiNeverContinuesAnEntityItDidNotBegin() {
        int labels = NameModel.LABELS;
        // emissions that, taken alone, would give I-LOC first and I-PER after O
        float[] emission = new float[3 * labels];
        emission[6] = 5;           // token 0: I-LOC
        emission[labels] = 1;      // token 1: O
        emission[2 * labels + 2] = 5; // token 2: I-PER
        int[] best = NameModel.viterbi(emission, new float[(labels + 1) * labels], 3);
        for (int i = 0; i < best.length; i++) {
            assertThat(NameModel.allowed(i == 0 ? -1 : best[i - 1], best[i])).isTrue();
        }
        assertThat(NameModel.allowed(-1, 2)).isFalse();
        assertThat(NameModel.allowed(1, 2)).isTrue();
        assertThat(NameModel.allowed(3, 2)).isFalse();
        assertThat(NameModel.allowed(2, 2)).isTrue();
    }

    @Test
    void shapesCollapseRuns() {
        assertThat(NameFeatures.shortShape("Tokayev")).isEqualTo("Xx");
        assertThat(NameFeatures.shortShape("CSTO")).isEqualTo("X");
        assertThat(NameFeatures.shortShape("3.000")).isEqualTo("d.d");
        assertThat(NameFeatures.shortShape("Kassym-Jomart")).isEqualTo("Xx-Xx");
        assertThat(NameFeatures.longShape("CSTO")).isEqualTo("XX");
        assertThat(NameFeatures.longShape("McDonald")).isEqualTo("XxXxx");
    }

    @Test
    void emptySentenceDecodesToNothing() {
        NameModel model = NameFinderTrainer.train(corpus(), null, NameFinderTrainer.Settings.defaults(), "x",
                e -> { });
        assertThat(model.decode(new long[0][])).isEmpty();
    }
}
