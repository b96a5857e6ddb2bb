package id.warta.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PANL-BPPT news sentences ({@code ../shared/corpora/panl-bppt-news}): Indonesian and aligned English, in article
 * order, read at run time as realistic input for throughput and robustness measurements. The corpus's licence is
 * not stated: it is evaluation input only, and nothing of it is kept in this project.
 */
public final class PanlBppt {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PanlBppt() {
    }

    /**
     * The sentences of one side of the corpus in file and line order, stripped, empty lines left out.
     *
     * @param dir      the corpus folder
     * @param language {@code id} for the {@code *-ID-*.txt} files, {@code en} for the {@code *-EN-*.txt} ones
     */
    public static List<String> sentences(Path dir, String language) throws IOException {
        String marker = "-" + language.toUpperCase(Locale.ROOT) + "-";
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> {
                String name = p.getFileName().toString();
                return name.contains(marker) && name.endsWith(".txt");
            }).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no *" + marker + "*.txt files in " + dir);
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * Consecutive sentences grouped into article texts of at least {@code minWords} words, {@code perParagraph}
     * sentences a paragraph (paragraphs separated by a blank line); the leftover sentences at the end are dropped.
     */
    public static List<String> articles(List<String> sentences, int minWords, int perParagraph) {
        if (minWords < 1 || perParagraph < 1) {
            throw new IllegalArgumentException("minWords and perParagraph must be at least 1");
        }
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int words = 0;
        int inParagraph = 0;
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(inParagraph == perParagraph ? "\n\n" : " ");
                inParagraph = inParagraph == perParagraph ? 0 : inParagraph;
            }
            text.append(s);
            inParagraph++;
            words += SPACES.split(s).length;
            if (words >= minWords) {
                out.add(text.toString());
                text.setLength(0);
                words = 0;
                inParagraph = 0;
            }
        }
        return out;
    }
}
