package id.warta.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/** Finds the article body in a parsed page. Thread-safe. */
public final class ContentExtractor {

    public Body extract(Document doc) {
        List<Paragraph> out = new ArrayList<>();
        for (Element p : doc.select("p")) {
            out.add(Paragraph.of(p.text()));
        }
        return new Body(out, List.of(), List.of(), null);
    }
}
