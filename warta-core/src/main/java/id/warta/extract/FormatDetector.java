package id.warta.extract;

import id.warta.model.Format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells an HTML page from plain scraped text. */
public final class FormatDetector {

    private static final Pattern MARKUP = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article|section|span|a\\s|br|table|script|h[1-6])\\b",
            Pattern.CASE_INSENSITIVE);

    private FormatDetector() {
    }

    /**
     * Decides the format from the text, with the declared content type as a hint: a document is HTML when it has
     * markup tags early on or in number, or a single one when the transport says it is HTML. Servers label
     * scraped text dumps {@code text/html} too, so a label alone never makes a tagless text HTML.
     */
    public static Format detect(String text, String contentType) {
        boolean declaredHtml = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (head.stripLeading().startsWith("<") && MARKUP.matcher(head.stripLeading()).lookingAt()) {
            return Format.HTML;
        }
        int tags = 0;
        Matcher m = MARKUP.matcher(head);
        while (tags < 3 && m.find()) {
            tags++;
        }
        return tags >= 3 || (declaredHtml && tags >= 1) ? Format.HTML : Format.TEXT;
    }
}
