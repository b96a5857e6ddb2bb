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
 * nodes ({@code 8.1}) are skipped. Tokens are joined by a space unless their MISC says {@code SpaceAfter=No};
 * sentences are joined by a space (none after {@code SpaceAfter=No}), paragraphs ({@code # newpar}) by a blank
 * line; {@code # newdoc} starts a new document.
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
        while ((line = in.readLine()) != null) {
            if (line.startsWith("#")) {
                if (line.startsWith("# newdoc")) {
                    b.newDocument();
                } else if (line.startsWith("# newpar")) {
                    b.paragraph = true;
                }
                continue;
            }
            if (line.isBlank()) {
                b.endSentence();
                mwtEnd = 0;
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 10) {
                throw new IllegalArgumentException("not a CoNLL-U word line: " + line);
            }
            String id = cols[0];
            if (id.indexOf('.') >= 0) {
                continue;
            }
            int dash = id.indexOf('-');
            if (dash >= 0) {
                mwtEnd = Integer.parseInt(id.substring(dash + 1));
                b.token(cols[1], spaceAfter(cols[9]));
            } else if (Integer.parseInt(id) > mwtEnd) {
                b.token(cols[1], spaceAfter(cols[9]));
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

    /** Accumulates text and spans; sentences and documents close on blank lines and {@code # newdoc}. */
    private static final class Builder {
        final List<Document> documents = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Span> tokens = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        int sentenceFirst = -1;
        boolean spaceBefore;
        boolean paragraph;

        void token(String form, boolean spaceAfter) {
            if (text.length() > 0) {
                if (sentenceFirst < 0 && paragraph) {
                    text.append("\n\n");
                } else if (spaceBefore) {
                    text.append(' ');
                }
            }
            paragraph = false;
            if (sentenceFirst < 0) {
                sentenceFirst = tokens.size();
            }
            int start = text.length();
            text.append(form);
            tokens.add(new Span(start, text.length()));
            spaceBefore = spaceAfter;
        }

        void endSentence() {
            if (sentenceFirst >= 0) {
                sentences.add(new Span(tokens.get(sentenceFirst).start(), tokens.get(tokens.size() - 1).end()));
                sentenceFirst = -1;
            }
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
