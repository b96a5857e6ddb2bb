package id.warta.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Universal Dependencies treebank read from CoNLL-U for segmentation scoring: the raw text of each document
 * rebuilt the way UD's {@code conllu_to_text} does, with the gold token and sentence spans in it.
 *
 * <p>Surface tokens are the multiword-token lines ({@code 16-17 penghuninya}) and the words outside them; empty
 * nodes ({@code 8.1}) are skipped. A sentence's text is its {@code # text} comment, or else its tokens joined by a
 * space unless their MISC says {@code SpaceAfter=No}; sentences are joined by a space (none after
 * {@code SpaceAfter=No}), paragraphs ({@code # newpar}) by a blank line; {@code # newdoc} starts a new document.
 * Files with only the first two columns and {@code # text} (such as Universal NER's) are read the same way.
 *
 * @param documents the documents in file order
 */
public record UdTreebank(List<Document> documents) {

    /** A character span {@code [start, end)} in a document's text. */
    public record Span(int start, int end) {
    }

    /**
     * One document's rebuilt text with the gold spans in it.
     *
     * @param text      the raw text
     * @param tokens    gold surface tokens in order
     * @param sentences gold sentences (first token start to last token end) in order
     */
    public record Document(String text, List<Span> tokens, List<Span> sentences) {
        public Document {
            tokens = List.copyOf(tokens);
            sentences = List.copyOf(sentences);
        }
    }

    public UdTreebank {
        documents = List.copyOf(documents);
    }

    /** Reads a CoNLL-U file (UTF-8). */
    public static UdTreebank read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /** Parses CoNLL-U text. */
    public static UdTreebank parse(String conllu) {
        try {
            return read(new BufferedReader(new StringReader(conllu)));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
    }

    private static UdTreebank read(BufferedReader in) throws IOException {
        Builder b = new Builder();
        String line;
        int mwtEnd = 0;
        boolean firstLine = true;
        while ((line = in.readLine()) != null) {
            if (firstLine && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            firstLine = false;
            if (line.startsWith("#")) {
                if (line.startsWith("# newdoc")) {
                    b.newDocument();
                } else if (line.startsWith("# newpar")) {
                    b.paragraph = true;
                } else if (line.startsWith("# text =") || line.startsWith("# text=")) {
                    b.sentenceText = line.substring(line.indexOf('=') + 1).strip();
                }
                continue;
            }
            if (line.isBlank()) {
                b.endSentence();
                mwtEnd = 0;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[1].isEmpty()) {
                throw new IllegalArgumentException("not a CoNLL-U word line: " + line);
            }
            String id = cols[0];
            if (id.indexOf('.') >= 0) {
                continue;
            }
            boolean spaceAfter = cols.length < 10 || spaceAfter(cols[9]);
            int dash = id.indexOf('-');
            if (dash >= 0) {
                mwtEnd = Integer.parseInt(id.substring(dash + 1));
                b.token(cols[1], spaceAfter);
            } else if (Integer.parseInt(id) > mwtEnd) {
                b.token(cols[1], spaceAfter);
            }
        }
        b.endSentence();
        b.newDocument();
        return new UdTreebank(b.documents);
    }

    private static boolean spaceAfter(String misc) {
        for (String item : misc.split("\\|")) {
            if (item.equals("SpaceAfter=No")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * Accumulates text and spans; sentences close on blank lines, documents on {@code # newdoc}. A sentence with a
     * {@code # text} comment takes that text and finds its tokens in it; one without is rebuilt from the forms and
     * {@code SpaceAfter=No}.
     */
    private static final class Builder {
        final List<Document> documents = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Span> tokens = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        final List<String> forms = new ArrayList<>();
        final List<Boolean> spaces = new ArrayList<>();
        String sentenceText;
        boolean spaceBefore;
        boolean paragraph;

        void token(String form, boolean spaceAfter) {
            forms.add(form);
            spaces.add(spaceAfter);
        }

        void endSentence() {
            if (forms.isEmpty()) {
                sentenceText = null;
                return;
            }
            if (text.length() > 0) {
                text.append(paragraph ? "\n\n" : spaceBefore ? " " : "");
            }
            paragraph = false;
            int first = tokens.size();
            if (sentenceText != null) {
                align();
            } else {
                for (int i = 0; i < forms.size(); i++) {
                    int start = text.length();
                    text.append(forms.get(i));
                    tokens.add(new Span(start, text.length()));
                    if (spaces.get(i) && i + 1 < forms.size()) {
                        text.append(' ');
                    }
                }
            }
            sentences.add(new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()));
            spaceBefore = spaces.get(spaces.size() - 1);
            forms.clear();
            spaces.clear();
            sentenceText = null;
        }

        /** Finds each form in the sentence's text in order, whitespace apart (UD forms concatenate to it). */
        private void align() {
            int base = text.length();
            String t = sentenceText;
            int pos = 0;
            for (String form : forms) {
                int start = -1;
                for (int k = 0; k < form.length(); k++) {
                    char c = form.charAt(k);
                    if (isSpace(c)) {
                        continue;
                    }
                    while (pos < t.length() && isSpace(t.charAt(pos))) {
                        pos++;
                    }
                    if (pos >= t.length() || t.charAt(pos) != c) {
                        throw new IllegalArgumentException("token '" + form + "' does not match '# text = " + t + "'");
                    }
                    if (start < 0) {
                        start = pos;
                    }
                    pos++;
                }
                if (start >= 0) {
                    tokens.add(new Span(base + start, base + pos));
                }
            }
            text.append(t);
        }

        void newDocument() {
            endSentence();
            if (!tokens.isEmpty()) {
                documents.add(new Document(text.toString(), tokens, sentences));
            }
            text = new StringBuilder();
            tokens = new ArrayList<>();
            sentences = new ArrayList<>();
            spaceBefore = false;
            paragraph = false;
        }
    }
}
