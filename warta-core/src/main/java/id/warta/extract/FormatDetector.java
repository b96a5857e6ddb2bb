package id.warta.extract;

import id.warta.model.Format;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tells an HTML page from plain scraped text. */
public final class FormatDetector {

    private static final Pattern MARKUP = Pattern.compile(
            "<(?:!doctype\\s+html|html|head|body|meta|title|div|p|article|section|span|a\\s|br|table|script|h[1-6])\\b",
            Pattern.CASE_INSENSITIVE);

    private FormatDetector() {
    }

    /**
     * Decides the format from the declared content type when it is explicit, else from the text: a document is
     * HTML when it has markup tags early on or in number.
     */
    public static Format detect(String text, String contentType) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.contains("html") || ct.contains("xml")) {
                return Format.HTML;
            }
        }
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("<")) {
            return MARKUP.matcher(trimmed).lookingAt() || MARKUP.matcher(head).find() ? Format.HTML : Format.TEXT;
        }
        int tags = 0;
        var m = MARKUP.matcher(head);
        while (m.find() && tags < 3) {
            tags++;
        }
        return tags >= 3 ? Format.HTML : Format.TEXT;
    }
}
