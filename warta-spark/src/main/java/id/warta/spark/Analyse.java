package id.warta.spark;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Failure;
import id.warta.model.RawDocument;
import id.warta.source.Sources;
import id.warta.store.StoreOptions;
import id.warta.store.dedup.MinHasher;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The task side: reads WARC files through Hadoop's file systems and analyses each record with the core pipeline.
 * The pipeline and its models are built once per executor JVM (a static holder), shared by its task threads.
 */
final class Analyse {

    /** Failure code of a WARC file that cannot be opened or read (missing, no permission, a network failure). */
    static final String UNREADABLE = "unreadable";

    private Analyse() {
    }

    /** One pipeline per executor: the analysis models load on its first use, once. */
    private static final class Shared {
        static final Warta WARTA = Warta.with(WartaOptions.defaults());
        static final MinHasher HASHER = new MinHasher(StoreOptions.DEFAULTS.minHashes(),
                StoreOptions.DEFAULTS.shingleWords());
    }

    /** The records of the WARC files at {@code paths}, analysed one by one as the caller iterates. */
    static Iterator<Doc> files(Iterator<String> paths, HadoopConf conf) {
        return new Iterator<>() {
            private Iterator<RawDocument> current;
            private Stream<RawDocument> open;
            private Doc next;
            private String path;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    if (current == null) {
                        if (!paths.hasNext()) {
                            return false;
                        }
                        path = paths.next();
                        try {
                            open = open(path, conf);
                            current = open.iterator();
                        } catch (IOException | RuntimeException e) {
                            next = failed(path, e);
                            continue;
                        }
                    }
                    try {
                        if (current.hasNext()) {
                            next = analyse(current.next());
                        } else {
                            close();
                        }
                    } catch (UncheckedIOException e) {
                        // the reader gives the WARC's own faults as records; this is the file system failing
                        next = failed(path, e);
                        close();
                    }
                }
                return true;
            }

            @Override
            public Doc next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Doc d = next;
                next = null;
                return d;
            }

            private void close() {
                open.close();
                open = null;
                current = null;
            }
        };
    }

    private static Stream<RawDocument> open(String path, HadoopConf conf) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf.get());
        InputStream in = fs.open(p);
        return Sources.fromWarc(path, in, WartaOptions.defaults());
    }

    /** The analysis of one record; {@link Warta#analyze(RawDocument)} turns bad content into an error record. */
    static Doc analyse(RawDocument document) {
        Analysis analysis = Shared.WARTA.analyze(document);
        return Doc.of(analysis, StoreOptions.DEFAULTS, Shared.HASHER);
    }

    private static Doc failed(String path, Exception e) {
        Article failed = Article.failed(path, null, new Failure(UNREADABLE, "cannot read " + path + ": "
                + e.getMessage()));
        return Doc.of(Shared.WARTA.analyzer().analyze(failed), StoreOptions.DEFAULTS, Shared.HASHER);
    }
}
