package id.warta.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises image captions that scraped dumps leave among the paragraphs: lines labelled "Foto:", "Photo:",
 * "Ilustrasi", "(Foto: ...)", or ending with a photo credit in parentheses ("(KOMPAS.com/ANDI)",
 * "(REUTERS/Jane Doe)", "(ANTARA FOTO/Budi)", "(Dok. Humas Polri)").
 */
final class Captions {

    /** Captions are a sentence or two; a longer line is a paragraph that happens to end with a credit. */
    private static final int MAX_LENGTH = 400;

    /** "Foto: ...", "FOTO: ...", "Photo: ...", "(Foto: ...)": the label is dropped, the rest is the caption. */
    private static final Pattern LABEL = Pattern.compile("^(?:foto|photo|gambar|image|caption|keterangan\\s+foto)"
            + "(?:\\s*[:|]\\s*|\\s+[–—-]\\s+)(.+)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** "Ilustrasi ..." and "Illustration ..." describe the picture itself and are kept whole. */
    private static final Pattern ILLUSTRATION = Pattern.compile("^(?:Ilustrasi|ILUSTRASI|Illustration|"
            + "ILLUSTRATION)\\b.*", Pattern.DOTALL);

    /**
     * A credit closing the line with no full stop after it: an agency or photographer split by a slash (letters
     * on both sides, so "(3/1/2022)" is not one, and a capital, so the editors' initials "(ant/ida)" that close
     * a story are not one either), or a credit word.
     */
    private static final Pattern CREDIT = Pattern.compile("\\((?:(?=[^()]*(?-i:\\p{Lu}))[^()]*\\p{L}[^()/]*/\\s*\\p{L}[^()]*|"
            + "(?:foto|photo|dok\\.?|dokumentasi|istimewa|shutterstock|getty\\s+images|freepik|pixabay|unsplash|"
            + "istock(?:photo)?|ap\\s+photo|antara\\s+foto|sumber\\s+foto|courtesy)\\b[^()]*)\\)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Captions() {
    }

    /** The caption text when the line is a caption, without its "Foto:" label. */
    public static Optional<String> caption(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // "(Foto: ...)" is a label inside parentheses; a credit alone in parentheses is handled below
        String inner = s.startsWith("(") && s.endsWith(")") ? s.substring(1, s.length() - 1).strip() : s;
        Matcher m = LABEL.matcher(inner);
        if (m.matches()) {
            String c = m.group(1).strip();
            return c.isEmpty() ? Optional.empty() : Optional.of(c);
        }
        // the credit's parenthesis is looked for first: the pattern alone would be tried at every position
        if (ILLUSTRATION.matcher(s).matches() || s.indexOf('(') >= 0 && CREDIT.matcher(s).find()) {
            return Optional.of(s);
        }
        return Optional.empty();
    }
}
