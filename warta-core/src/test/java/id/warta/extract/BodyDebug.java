package id.warta.extract;

import id.warta.eval.ExtractionDataset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Development aid: prints the scorer's view of one benchmark page. */
public final class BodyDebug {

    public static void main(String[] args) throws Exception {
        ExtractionDataset data = ExtractionDataset.open(Path.of("/work/shared/benchmarks/article-extraction"));
        String id = args[0];
        Document doc = Jsoup.parse(new String(data.html(id), StandardCharsets.UTF_8), data.url(id));
        PageStats s = PageStats.of(doc);
        ContentScorer sc = new ContentScorer(s);
        int root = sc.container();
        System.out.println("container " + root + " " + path(s.elements[Math.max(root, 0)]) + " sum "
                + (root >= 0 ? sc.sum[root] : 0));
        IntStream.range(0, s.size).boxed().sorted(Comparator.comparingLong(i -> -sc.sum[i])).limit(12)
                .forEach(i -> System.out.println("  " + i + " sum " + sc.sum[i] + " text " + s.text[i] + " link "
                        + s.link[i] + " good " + sc.good[i] + " " + path(s.elements[i])));
        if (args.length > 1) {
            int top = Integer.parseInt(args[1]);
            System.out.println("negative in " + top + ":");
            IntStream.range(top, s.end[top]).filter(i -> s.parent[i] == top)
                    .limit(30).forEach(i -> System.out.println("  " + i + " sum " + sc.sum[i] + " text " + s.text[i]
                            + " link " + s.link[i] + " " + path(s.elements[i]).substring(Math.max(0, path(s.elements[i]).length() - 200))
                            + " :: " + s.elements[i].text().substring(0, Math.min(150, s.elements[i].text().length()))));
        }
        System.out.println("boilerplate with text:");
        IntStream.range(0, s.size).filter(i -> sc.boiler[i] && sc.good[i] > 100).limit(20)
                .forEach(i -> System.out.println("  " + i + " good " + sc.good[i] + " " + path(s.elements[i])));
    }

    static String path(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Element x = e; x != null && sb.length() < 400; x = x.parent()) {
            String d = x.normalName() + (x.id().isEmpty() ? "" : "#" + x.id())
                    + (x.className().isEmpty() ? "" : "." + x.className().trim().replaceAll("\\s+", "."));
            sb.insert(0, " > " + (d.length() > 80 ? d.substring(0, 80) : d));
        }
        return sb.toString();
    }
}
