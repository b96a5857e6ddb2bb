package id.warta.eval;

import id.warta.ner.NameSample;
import id.warta.ner.Entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the CoNLL-style named-entity files of {@code ../shared/corpora} and their kin into {@link NerCorpus}: one
 * token per line, a blank line after each sentence, in any of the layouts found there.
 *
 * <ul>
 *   <li><b>Columns.</b> Tab-separated when the first token line has a tab (a token may then hold spaces), else
 *       space-separated. The token is the first column, or the second when the first numbers the tokens of each
 *       sentence 1, 2, 3… (Universal NER's {@code index token tag - annotator}). The tag is the last column whose
 *       every value looks like a tag ({@code O}, {@code B-X}, {@code I-X}), so that a CoNLL-2003 chunk column
 *       before it does not count and an annotator column after it is passed over; the last column when none
 *       does (labels without prefixes). {@code idner-news-2k}'s {@code token UPOS NER}, IndoNLU's
 *       {@code token<TAB>label} and WikiGold's {@code token label} all read this way.</li>
 *   <li><b>Lines.</b> LF, CRLF or CR line ends and a leading byte order mark are accepted. A line starting with
 *       {@code #} is a comment unless it has the token lines' columns and a tag where the tag goes (NERGrit and
 *       WikiGold have {@code #} tokens); a {@code # newdoc} comment or a {@code -DOCSTART-} token line starts a
 *       new document.</li>
 *   <li><b>Tags.</b> IO, IOB1 and IOB2 are decoded alike, as the CoNLL {@code conlleval} script does: {@code B-X}
 *       starts an entity; {@code I-X} continues an entity of type X and starts one after {@code O} or after
 *       another type; {@code O} ends it; a label without a prefix acts as {@code I-}. The scheme found is
 *       reported in {@link NerCorpus#scheme()}.</li>
 *   <li><b>Labels.</b> Mapped to Warta's types by {@link #type(String)}; entities of other labels are counted in
 *       {@link NerCorpus#labels()} but leave no span.</li>
 * </ul>
 *
 * <p>Malformed files (a token line with another number of columns, an empty token) raise
 * {@link IllegalArgumentException} naming the line: a corpus is read on purpose, and a silently repaired one
 * would skew every score read from it.
 */
public final class NerCorpusReader {

    private static final Pattern TAG = Pattern.compile("O|[BI]-\\S+");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final String DOCSTART = "-DOCSTART-";

    /**
     * Labels of the shared corpora and the common CoNLL, OntoNotes and NERGrit names. NERP's IND covers companies,
     * brands and products as well as organisations ({@code yamaha}, {@code twitter}); it has no other ORG class.
     */
    private static final Map<String, Entity.Type> TYPES = Map.ofEntries(
            Map.entry("PER", Entity.Type.PERSON), Map.entry("PERSON", Entity.Type.PERSON),
            Map.entry("PPL", Entity.Type.PERSON),
            Map.entry("ORG", Entity.Type.ORG), Map.entry("ORGANISATION", Entity.Type.ORG),
            Map.entry("ORGANIZATION", Entity.Type.ORG), Map.entry("IND", Entity.Type.ORG),
            Map.entry("LOC", Entity.Type.LOC), Map.entry("PLACE", Entity.Type.LOC),
            Map.entry("PLC", Entity.Type.LOC), Map.entry("GPE", Entity.Type.LOC));

    private NerCorpusReader() {
    }

    /** Reads a corpus file (UTF-8). */
    public static NerCorpus read(Path file) throws IOException {
        return read(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Parses corpus text. */
    public static NerCorpus parse(String content) {
        return read(content.lines().toList());
    }

    /**
     * The Warta type of a corpus label, without its {@code B-}/{@code I-} prefix, in any case: {@code PER},
     * {@code PERSON}, {@code PPL} are {@code PERSON}; {@code ORG}, {@code ORGANISATION}, {@code ORGANIZATION} and
     * NERP's {@code IND} (which also covers brands and products) are {@code ORG}; {@code LOC}, {@code PLACE},
     * {@code PLC}, {@code GPE} are {@code LOC}. Anything else ({@code MISC}, {@code EVT}, {@code FNB}…) is not an
     * entity here.
     */
    public static Optional<Entity.Type> type(String label) {
        return Optional.ofNullable(TYPES.get(label.toUpperCase(Locale.ROOT)));
    }

    private static NerCorpus read(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines = new ArrayList<>(lines);
            lines.set(0, lines.get(0).substring(1));
        }
        Format format = Format.detect(lines);
        Builder b = new Builder();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).stripTrailing();
            if (line.isBlank()) {
                b.endSentence();
            } else if (line.startsWith("#") && !format.isTokenLine(line)) {
                if (line.startsWith("# newdoc")) {
                    b.endSentence();
                    b.newDocument = true;
                }
            } else {
                String[] cols = format.split(line); // detect() checked the column count of every token line
                String token = cols[format.layout.token()];
                if (token.equals(DOCSTART)) {
                    b.endSentence();
                    b.newDocument = true;
                } else if (token.isEmpty()) {
                    throw new IllegalArgumentException("line " + (n + 1) + ": empty token: " + line);
                } else {
                    b.tokens.add(token);
                    b.tags.add(cols[format.layout.tag()]);
                }
            }
        }
        b.endSentence();
        return new NerCorpus(b.samples, format.layout, b.scheme(), b.labels);
    }

    /**
     * The columns of a file, found from its token lines (lines neither blank nor starting with {@code #}).
     *
     * @param layout where the token and tag are
     * @param tagged whether every tag-column value looked like a tag (else labels have no prefixes)
     */
    private record Format(NerCorpus.Layout layout, boolean tagged) {

        static Format detect(List<String> lines) {
            boolean tabs = false;
            int columns = -1;
            boolean[] tags = null;
            boolean numbered = true;
            int expected = 1;
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).stripTrailing();
                if (line.isBlank()) {
                    expected = 1;
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                if (columns < 0) {
                    tabs = line.indexOf('\t') >= 0;
                }
                String[] cols = split(line, tabs);
                if (columns < 0) {
                    columns = cols.length;
                    if (columns < 2) {
                        throw new IllegalArgumentException("line " + (n + 1) + ": a token line needs a token and a tag: "
                                + line);
                    }
                    tags = new boolean[columns];
                    Arrays.fill(tags, true);
                } else if (cols.length != columns) {
                    throw new IllegalArgumentException("line " + (n + 1) + ": " + cols.length + " columns, expected "
                            + columns + ": " + line);
                }
                for (int c = 0; c < columns; c++) {
                    tags[c] &= TAG.matcher(cols[c]).matches();
                }
                numbered &= cols[0].equals(Integer.toString(expected++));
            }
            if (columns < 0) {
                return new Format(new NerCorpus.Layout(0, 0, 0, false), true);
            }
            int token = numbered && columns >= 3 ? 1 : 0;
            for (int c = columns - 1; c > token; c--) {
                if (tags[c]) {
                    return new Format(new NerCorpus.Layout(columns, token, c, tabs), true);
                }
            }
            return new Format(new NerCorpus.Layout(columns, token, columns - 1, tabs), false);
        }

        String[] split(String line) {
            return split(line, layout.tabs());
        }

        private static String[] split(String line, boolean tabs) {
            return tabs ? line.split("\t", -1) : SPACES.split(line.strip());
        }

        /** Whether a line starting with {@code #} is a {@code #} token rather than a comment. */
        boolean isTokenLine(String line) {
            String[] cols = split(line);
            return layout.columns() > 0 && cols.length == layout.columns()
                    && (!tagged || TAG.matcher(cols[layout.tag()]).matches());
        }
    }

    /** Turns token lines into samples, decoding each sentence's tags into spans. */
    private static final class Builder {
        final List<NameSample> samples = new ArrayList<>();
        final Map<String, Integer> labels = new HashMap<>();
        final List<String> tokens = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        boolean newDocument = true;
        boolean sawBegin;
        boolean sawEntity;
        boolean insideStarts;

        void endSentence() {
            if (tokens.isEmpty()) {
                return;
            }
            List<NameSample.Span> spans = new ArrayList<>();
            String open = null;
            int start = 0;
            for (int i = 0; i <= tags.size(); i++) {
                String tag = i < tags.size() ? tags.get(i) : "O";
                String type;
                boolean begins;
                if (tag.equals("O")) {
                    type = null;
                    begins = false;
                } else if (tag.startsWith("B-")) {
                    type = tag.substring(2);
                    begins = true;
                    sawBegin = true;
                } else {
                    type = tag.startsWith("I-") ? tag.substring(2) : tag;
                    begins = !type.equals(open);
                    insideStarts |= begins;
                }
                if (open != null && (type == null || begins)) {
                    close(open, start, i, spans);
                    open = null;
                }
                if (type != null && open == null) {
                    open = type;
                    start = i;
                }
            }
            samples.add(new NameSample(tokens, spans, newDocument));
            newDocument = false;
            tokens.clear();
            tags.clear();
        }

        private void close(String label, int start, int end, List<NameSample.Span> spans) {
            sawEntity = true;
            labels.merge(label, 1, Integer::sum);
            type(label).ifPresent(t -> spans.add(new NameSample.Span(start, end, t)));
        }

        NerCorpus.Scheme scheme() {
            if (sawEntity && !sawBegin) {
                return NerCorpus.Scheme.IO;
            }
            return insideStarts ? NerCorpus.Scheme.IOB1 : NerCorpus.Scheme.IOB2;
        }
    }
}
