package id.warta.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileBuilder;
import com.optimaize.langdetect.profiles.LanguageProfileReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Identifies the language with the character n-gram profiles of optimaize language-detector (naive Bayes over
 * 1- to 3-grams, 70 language profiles built from Wikipedia), and decides by itself what the model cannot:
 * <ul>
 *   <li>Indonesian or Malay: the model confuses them (measured: it answered Indonesian on three of four Malay news
 *   paragraphs, and on Indonesian text its trials disagree between the two, which also makes it up to five times
 *   slower). Their profiles are merged into one class, and {@link IndonesianOrMalay} splits it by marker words.</li>
 *   <li>{@code und} for text with fewer than {@value #MIN_LETTERS} letters (about five words; measured on single
 *   sentences of UD English EWT, the model is right on 60% of those with 10 to 19 letters, 82% with 20 to 29, 91%
 *   with 30 to 39 and 94% with 40 to 49); for text the model cannot place with a probability of
 *   {@value #MIN_PROBABILITY} (it averages seven random trials, so this asks six of them to agree); for text in a
 *   script no profile is written in; and for mixed English and Indonesian/Malay text, where at least
 *   {@value #MIXED_SHARE} of the blocks that read as either language read as the other ({@link FunctionWords}).</li>
 *   <li>Bounded cost: only the first {@value Sample#SCAN_LIMIT} characters are read, and the model sees at most
 *   {@value Sample#WINDOWS} windows of {@value Sample#WINDOW_CHARS} characters (see {@link Sample}).</li>
 * </ul>
 * Languages are ISO 639-1 codes as the model names them ({@code zh} for both Chinese profiles); Asturian, which
 * has none, is {@code ast}. Without the script check, Georgian text came out Estonian: a few stray n-grams in one
 * profile outweigh none in all the others.
 *
 * <p>Stateless and thread-safe. The model is loaded once, on first use (about a second and 70 MB of heap), and
 * shared: optimaize's detector is immutable (its source says so and its fields are final; each call draws its
 * random trials from a new generator with a fixed seed), so it is also deterministic.
 */
public final class NgramLanguageIdentifier implements LanguageIdentifier {

    /** Letters a text needs for a language to be named. */
    public static final int MIN_LETTERS = 30;
    /** The model's probability the best language needs. */
    public static final double MIN_PROBABILITY = 0.75;
    /** The share of English or Indonesian/Malay blocks from which a text counts as mixed. */
    public static final double MIXED_SHARE = 0.3;

    /** The model's class for the merged Indonesian and Malay profiles: ISO 639-2 for the Malay macrolanguage. */
    static final String MALAYAN = "msa";
    private static final Set<String> MERGED = Set.of("id", "ms");

    @Override
    public LanguageGuess identify(String text) {
        Objects.requireNonNull(text, "text");
        Sample sample = Sample.of(text);
        if (sample.letters() == 0) {
            return undetermined(0);
        }
        List<DetectedLanguage> ranked = Model.DETECTOR.getProbabilities(sample.modelText());
        if (ranked.isEmpty()) { // no n-gram the profiles know
            return undetermined(0);
        }
        String language = ranked.get(0).getLocale().getLanguage();
        double probability = Math.max(0, Math.min(1, ranked.get(0).getProbability()));
        if (sample.letters() < MIN_LETTERS || probability < MIN_PROBABILITY || !Model.SCRIPTS.contains(sample.script())
                || mixed(sample, language)) {
            return undetermined(probability);
        }
        if (MALAYAN.equals(language)) {
            double indonesian = IndonesianOrMalay.indonesianProbability(sample.indonesian(), sample.malay());
            return indonesian >= 0.5 ? new LanguageGuess("id", probability * indonesian)
                    : new LanguageGuess("ms", probability * (1 - indonesian));
        }
        return new LanguageGuess(language, probability);
    }

    private static boolean mixed(Sample sample, String language) {
        if (!MALAYAN.equals(language) && !"en".equals(language)) {
            return false; // the function words know only these; elsewhere "di" and "in" are Italian too
        }
        int classified = sample.englishBlocks() + sample.malayanBlocks();
        int minority = Math.min(sample.englishBlocks(), sample.malayanBlocks());
        return minority > 0 && minority >= MIXED_SHARE * classified;
    }

    private static LanguageGuess undetermined(double confidence) {
        return new LanguageGuess(LanguageGuess.UNDETERMINED, confidence);
    }

    /** The model, built on first use by the class-holder idiom, which the JVM makes thread-safe. */
    private static final class Model {
        /** A script is known when it writes this share of a profile's letters. */
        private static final double SCRIPT_SHARE = 0.1;

        static final LanguageDetector DETECTOR;
        /** The scripts the profiles are written in: text in another is {@code und}. */
        static final Set<UnicodeScript> SCRIPTS;

        static {
            List<LanguageProfile> builtIn;
            try {
                builtIn = new LanguageProfileReader().readAllBuiltIn();
            } catch (IOException e) {
                throw new UncheckedIOException("the language profiles of language-detector are not on the classpath",
                        e);
            }
            SCRIPTS = scripts(builtIn);
            DETECTOR = detector(builtIn);
        }

        private Model() {
        }

        private static LanguageDetector detector(List<LanguageProfile> builtIn) {
            List<LanguageProfile> profiles = new ArrayList<>();
            LanguageProfileBuilder malayan = new LanguageProfileBuilder(LdLocale.fromString(MALAYAN));
            for (LanguageProfile profile : builtIn) {
                if (!MERGED.contains(profile.getLocale().getLanguage())) {
                    profiles.add(profile);
                    continue;
                }
                for (Map.Entry<String, Integer> gram : profile.iterateGrams()) {
                    malayan.addGram(gram.getKey(), gram.getValue());
                }
            }
            profiles.add(malayan.build());
            return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        }

        private static Set<UnicodeScript> scripts(List<LanguageProfile> builtIn) {
            Set<UnicodeScript> scripts = EnumSet.noneOf(UnicodeScript.class);
            for (LanguageProfile profile : builtIn) {
                Map<UnicodeScript, Long> letters = new EnumMap<>(UnicodeScript.class);
                long total = 0;
                for (Map.Entry<String, Integer> gram : profile.iterateGrams(1)) {
                    int cp = gram.getKey().codePointAt(0);
                    if (Character.isLetter(cp)) {
                        letters.merge(UnicodeScript.of(cp), (long) gram.getValue(), Long::sum);
                        total += gram.getValue();
                    }
                }
                for (Map.Entry<UnicodeScript, Long> e : letters.entrySet()) {
                    if (e.getValue() >= SCRIPT_SHARE * total) {
                        scripts.add(e.getKey());
                    }
                }
            }
            return Set.copyOf(scripts);
        }
    }
}
