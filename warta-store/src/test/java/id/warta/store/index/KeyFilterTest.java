package id.warta.store.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyFilterTest {

    /** The keys of a stored article as the store writes them: id, text hash, bands, story-profile keys. */
    private static List<BytesRef> keys(int article) {
        List<BytesRef> out = new ArrayList<>();
        out.add(Keys.id(Ids.sha("url\nhttps://kabarjateng.com/berita/" + article)));
        out.add(Keys.textHash(Integer.toHexString(article * 7919)));
        for (int b = 0; b < 40; b++) {
            out.add(Keys.band(String.format("%02d:%012x", b, (long) article * 1_000_003L + b)));
        }
        out.add(Keys.profile("en:kota semarang", 2_800 + article % 50));
        out.add(Keys.profile("ev:PROTEST|IDN", 2_800 + article % 50));
        return out;
    }

    @Test
    void everyKeyOfASegmentPassesAndFewAbsentOnesDo() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int a = 0; a < 2_000; a++) {
                Document doc = new Document();
                for (BytesRef k : keys(a)) {
                    doc.add(new StringField(Schema.KEY, k, Field.Store.NO));
                }
                w.addDocument(doc);
                if (a == 999) {
                    w.commit();
                }
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertThat(r.leaves()).hasSize(2);
                int falsePositives = 0;
                int absent = 0;
                for (LeafReaderContext ctx : r.leaves()) {
                    KeyFilter filter = KeyFilter.of(ctx.reader());
                    assertThat(KeyFilter.of(ctx.reader())).as("built once per segment").isSameAs(filter);
                    int first = ctx.docBase;
                    for (int a = first; a < first + ctx.reader().maxDoc(); a++) {
                        for (BytesRef k : keys(a)) {
                            assertThat(filter.mightContain(KeyFilter.hash(k))).as("a key the segment holds").isTrue();
                        }
                    }
                    // articles of the store that are not in this segment, and articles never stored
                    for (int a = 0; a < 4_000; a++) {
                        if (a >= first && a < first + ctx.reader().maxDoc()) {
                            continue;
                        }
                        for (BytesRef k : keys(a).subList(0, 42)) {
                            absent++;
                            if (filter.mightContain(KeyFilter.hash(k))) {
                                falsePositives++;
                            }
                        }
                    }
                }
                // about 10 bits a key in one 64-bit word: near 1-2% pass
                assertThat((double) falsePositives / absent).isLessThan(0.03);
            }
        }
    }

    @Test
    void aSegmentWithoutKeysHasNoFilter() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(Schema.KIND, Schema.ERROR, Field.Store.NO));
            w.addDocument(doc);
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertThat(KeyFilter.of(r.leaves().get(0).reader())).isNull();
            }
        }
    }
}
