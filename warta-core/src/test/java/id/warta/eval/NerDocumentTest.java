package id.warta.eval;

import id.warta.ner.NameSample;
import id.warta.ner.Entity;
import id.warta.ner.Entity.Type;
import id.warta.ner.Mention;
import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Laying corpus sentences out as a {@link Text} and mapping mentions back to token spans. */
class NerDocumentTest {

    private static NameSample sample(String tokens, NameSample.Span... spans) {
        return new NameSample(List.of(tokens.split(" ")), List.of(spans), false);
    }

    private static final NameSample KPK = sample("Komisi Pemberantasan Korupsi ( KPK ) memeriksa 3 saksi di Jakarta .",
            new NameSample.Span(0, 3, Type.ORG), new NameSample.Span(4, 5, Type.ORG),
            new NameSample.Span(10, 11, Type.LOC));
    private static final NameSample BANJIR = sample("Banjir melanda Demak , Jawa Tengah .",
            new NameSample.Span(2, 3, Type.LOC), new NameSample.Span(4, 6, Type.LOC));

    @Test
    void oneSentenceIsItsTokensJoinedBySpaces() {
        NerDocument doc = NerDocument.of(List.of(KPK), "id");
        Text text = doc.text();
        assertThat(text.text()).isEqualTo("Komisi Pemberantasan Korupsi ( KPK ) memeriksa 3 saksi di Jakarta .");
        assertThat(text.language()).isEqualTo("id");
        assertThat(text.sentences()).hasSize(1);
        List<Token> tokens = text.sentences().get(0).tokens();
        assertThat(tokens).extracting(t -> t.text(text.text())).containsExactlyElementsOf(KPK.tokens());
        assertThat(tokens.get(0)).isEqualTo(new Token(0, 6, Token.Kind.WORD));
        assertThat(tokens.get(3)).isEqualTo(new Token(29, 30, Token.Kind.PUNCT));
        assertThat(tokens.get(7).kind()).isEqualTo(Token.Kind.NUMBER);
    }

    @Test
    void sentencesFollowEachOtherAfterOneSpaceAndEmptyOnesAddNothing() {
        NameSample empty = new NameSample(List.of(), List.of(), false);
        NerDocument doc = NerDocument.of(List.of(BANJIR, empty, KPK), "id");
        String text = doc.text().text();
        assertThat(text).isEqualTo("Banjir melanda Demak , Jawa Tengah . Komisi Pemberantasan Korupsi ( KPK ) "
                + "memeriksa 3 saksi di Jakarta .");
        assertThat(doc.text().sentences()).extracting(s -> s.text(text))
                .containsExactly("Banjir melanda Demak , Jawa Tengah .",
                        "Komisi Pemberantasan Korupsi ( KPK ) memeriksa 3 saksi di Jakarta .");
        Mention kpk = doc.mention(2, KPK.entities().get(1));
        assertThat(kpk.text(text)).isEqualTo("KPK");
        assertThat(doc.align(kpk, Type.ORG)).contains(new NerDocument.Alignment(2, new NameSample.Span(4, 5, Type.ORG)));
    }

    @Test
    void aMentionOffTheTokenBoundariesOrAcrossSentencesDoesNotAlign() {
        NerDocument doc = NerDocument.of(List.of(BANJIR, KPK), "id");
        String text = doc.text().text();
        int jawa = text.indexOf("Jawa Tengah");
        assertThat(doc.align(new Mention(jawa, jawa + "Jawa Tengah".length()), Type.LOC))
                .contains(new NerDocument.Alignment(0, new NameSample.Span(4, 6, Type.LOC)));
        assertThat(doc.align(new Mention(jawa, jawa + "Jawa Teng".length()), Type.LOC)).isEmpty();
        assertThat(doc.align(new Mention(jawa + 1, jawa + "Jawa".length()), Type.LOC)).isEmpty();
        assertThat(doc.align(new Mention(jawa - 1, jawa + "Jawa".length()), Type.LOC)).isEmpty();
        int komisi = text.indexOf("Komisi");
        // "Tengah . Komisi" runs from the first sentence into the second
        assertThat(doc.align(new Mention(text.indexOf("Tengah"), komisi + 6), Type.ORG)).isEmpty();
        assertThat(doc.align(new Mention(text.length() - 1, text.length()), Type.LOC))
                .contains(new NerDocument.Alignment(1, new NameSample.Span(11, 12, Type.LOC)));
    }

    @Test
    void goldEntitiesAreTheGoldSpansInTextOrder() {
        NerDocument doc = NerDocument.of(List.of(BANJIR, KPK), "id");
        List<Entity> gold = doc.goldEntities();
        assertThat(gold).extracting(Entity::text)
                .containsExactly("Demak", "Jawa Tengah", "Komisi Pemberantasan Korupsi", "KPK", "Jakarta");
        assertThat(gold).extracting(Entity::type).containsExactly(Type.LOC, Type.LOC, Type.ORG, Type.ORG, Type.LOC);
        assertThat(gold).allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void anEmptyDocumentHasAnEmptyText() {
        NerDocument doc = NerDocument.of(List.of(), "en");
        assertThat(doc.text()).isEqualTo(new Text("", "en", List.of()));
        assertThat(doc.goldEntities()).isEmpty();
        assertThat(doc.align(new Mention(0, 3), Type.PERSON)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Jakarta|WORD", "COVID-19|WORD", "Rp5.000|WORD", "salah satu|WORD",
            "1.200|NUMBER", "08.00|NUMBER", "7/1|NUMBER", "1,5|NUMBER", ".|PUNCT", "(|PUNCT", "“|PUNCT", "...|PUNCT",
            "%|PUNCT", "$|SYMBOL", "+|SYMBOL", "\u200b|SYMBOL", "-|PUNCT"})
    void tokenKinds(String token, Token.Kind kind) {
        assertThat(NerDocument.kind(token)).isEqualTo(kind);
    }

    /** Every gold span goes to characters and back unchanged, whatever the tokens hold. */
    @Property(tries = 300)
    void goldSpansRoundTrip(@ForAll long seed) {
        Random random = new Random(seed);
        String alphabet = "aZ9.,-(é ";
        List<NameSample> samples = new ArrayList<>();
        for (int s = random.nextInt(5); s > 0; s--) {
            List<String> tokens = new ArrayList<>();
            for (int t = random.nextInt(8); t > 0; t--) {
                StringBuilder token = new StringBuilder();
                for (int c = 1 + random.nextInt(4); c > 0; c--) {
                    token.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                tokens.add(token.toString());
            }
            List<NameSample.Span> spans = new ArrayList<>();
            for (int i = random.nextInt(3); i < tokens.size(); i += 1 + random.nextInt(3)) {
                int end = Math.min(tokens.size(), i + 1 + random.nextInt(3));
                spans.add(new NameSample.Span(i, end, Type.values()[random.nextInt(3)]));
                i = end - 1;
            }
            samples.add(new NameSample(tokens, spans, s == 1));
        }
        NerDocument doc = NerDocument.of(samples, "id");
        String text = doc.text().text();
        for (int s = 0; s < samples.size(); s++) {
            for (NameSample.Span span : samples.get(s).entities()) {
                Mention m = doc.mention(s, span);
                assertThat(m.text(text)).isEqualTo(samples.get(s).text(span));
                assertThat(doc.align(m, span.type())).contains(new NerDocument.Alignment(s, span));
            }
        }
        List<String> laidOut = new ArrayList<>();
        for (Sentence sentence : doc.text().sentences()) {
            sentence.tokens().forEach(t -> laidOut.add(t.text(text)));
        }
        assertThat(laidOut).containsExactlyElementsOf(samples.stream().flatMap(x -> x.tokens().stream()).toList());
    }
}
