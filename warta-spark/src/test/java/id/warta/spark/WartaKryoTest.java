package id.warta.spark;

import id.warta.Warta;
import id.warta.store.StoreOptions;
import id.warta.store.dedup.MinHasher;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.DeserializationStream;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializationStream;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the job shuffles and persists comes back from its Kryo serializer (the job's own configuration, with the
 * tests' required registration) equal to what went in: analysed articles whole, light and as payload, error
 * records, records with nulls, empty arrays and characters outside the Basic Multilingual Plane, and the pairs the
 * job's stages carry them in; a type nobody registered is refused.
 */
class WartaKryoTest {

    private static final ClassTag<Object> ANY = ClassTag$.MODULE$.apply(Object.class);

    private static SparkConf conf;
    private static SerializerInstance kryo;
    private static Doc analysed;

    @BeforeAll
    static void serializer() {
        conf = WartaSparkJob.conf("local[1]", "warta-kryo-test");
        kryo = new KryoSerializer(conf).newInstance();
        MinHasher hasher = new MinHasher(StoreOptions.DEFAULTS.minHashes(), StoreOptions.DEFAULTS.shingleWords());
        analysed = Doc.of(Warta.analyze(DecisionsTest.page("antara-banjir-semarang.html")), StoreOptions.DEFAULTS,
                hasher);
    }

    /** A WARC record the reader could not make an article of, as {@link Doc#of} keeps it. */
    private static Doc error() {
        return new Doc("crawl/news-001.warc.gz#48213", "e3b0c44298fc1c149afbf4c8996fb924", false, null,
                "2024-03-14", "{\"article\":{\"errorCode\":\"not-html\"}}".getBytes(StandardCharsets.UTF_8), null,
                new int[0], "", null, "", Long.MIN_VALUE,
                "https://www.bps.go.id/publikasi/statistik-indonesia-2024.pdf", "not-html",
                "the response is application/pdf, not HTML", "2024-03-14T06:00:00Z");
    }

    /** Every nullable component null, the arrays empty or null, text beyond the BMP (emoji, a Gothic letter). */
    private static Doc edges() {
        return new Doc("crawl/🌊-banjir.warc.gz#0", "0f1e2d3c4b5a69788796a5b4c3d2e1f0", true,
                "~|0f1e2d3c4b5a69788796a5b4c3d2e1f0", Doc.UNKNOWN_DAY, new byte[0], "", null, "", new byte[0], "",
                -1L, "https://contoh.id/berita/banjir-rob-🌊-semarang?q=𐌰", null, "pesan 😀 dengan karakter 𝕏",
                null);
    }

    private static List<Object> values() {
        Decisions.Placement original = new Decisions.Placement(null, analysed.id());
        Decisions.Placement copy = new Decisions.Placement(analysed.id(), "a9f8e7d6c5b4a3928170f6e5d4c3b2a1");
        List<Object> values = new ArrayList<>(List.of(
                analysed, analysed.light(), analysed.payload(), error(), edges(),
                original, copy, new Decisions.Placement(null, null),
                new Decisions.Profiled(analysed.order(), analysed.profile(), true),
                new Decisions.Profiled("~|𝕏", new byte[0], false),
                new Tables.Placed(analysed.payload(), copy),
                new Tables.Placed(edges(), original),
                // as the stages carry them: keyed by id, order or input; signatures joined; rows as bytes
                new Tuple2<>(analysed.id(), analysed.light()),
                new Tuple2<>(analysed.input(), original),
                new Tuple2<>(analysed.order(), analysed.signature()),
                new Tuple2<>(analysed.order(), new Tuple2<>(error().order(), analysed.signature())),
                new Tuple2<>("banjir@2826", new Decisions.Profiled(analysed.order(), analysed.profile(), false)),
                new Tuple2<>(analysed.id() + "|" + analysed.order(), new Tables.Placed(analysed.payload(), copy)),
                new Tuple2<>(analysed.order(), edges().order()),
                analysed.signature(), new int[0], analysed.json(), new byte[0], "Kemijen, Semarang Utara 🌊"));
        // distinct() shuffles each pair with a null beside it
        values.add(new Tuple2<>(new Tuple2<>(analysed.order(), edges().order()), null));
        return values;
    }

    @Test
    void theAnalysedRecordCarriesWhatTheDecisionsNeed() {
        // else the round trips below would not exercise the arrays and their lengths
        assertThat(analysed.ok()).isTrue();
        assertThat(analysed.signature()).isNotEmpty();
        assertThat(analysed.json()).isNotEmpty();
        assertThat(analysed.profile()).isNotEmpty();
        assertThat(analysed.bands()).isNotEmpty();
    }

    @Test
    void everyValueComesBackEqualOnItsOwn() {
        for (Object value : values()) {
            Object back = kryo.deserialize(kryo.serialize(value, ANY), ANY);
            assertEqual(back, value);
        }
    }

    @Test
    void theBooleanColumnTypeComesBackAsItsOneInstance() {
        // Spark compares data types by identity of its Scala objects
        assertThat(kryo.deserialize(kryo.serialize(DataTypes.BooleanType, ANY), ANY)).isSameAs(DataTypes.BooleanType);
    }

    @Test
    void aStreamOfValuesComesBackInOrder() {
        // as a shuffle file or a persisted block holds them, one after another: each serializer reads exactly what
        // it wrote, or every later value comes back wrong
        List<Object> values = values();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SerializationStream out = kryo.serializeStream(bytes);
        for (Object value : values) {
            out.writeObject(value, ANY);
        }
        out.close();
        DeserializationStream in = kryo.deserializeStream(new ByteArrayInputStream(bytes.toByteArray()));
        for (Object value : values) {
            assertEqual(in.readObject(ANY), value);
        }
        in.close();
    }

    @Test
    void aRecordIsSmallerThanItsJavaSerialisation() {
        SerializerInstance java = new org.apache.spark.serializer.JavaSerializer(conf).newInstance();
        Doc light = analysed.light();
        assertThat(kryo.serialize(light, ANY).remaining()).isLessThan(java.serialize(light, ANY).remaining());
    }

    /** A record of nobody's registration: in the tests' configuration, Kryo refuses to write it. */
    private record Unlisted(String url) {
    }

    @Test
    void anUnregisteredTypeIsRefused() {
        assertThat(conf.get("spark.kryo.registrationRequired")).isEqualTo("true");
        assertThatThrownBy(() -> kryo.serialize(new Unlisted("https://www.antaranews.com/"), ANY))
                .hasStackTraceContaining("Class is not registered")
                .hasStackTraceContaining(Unlisted.class.getName());
    }

    @Test
    void theJobConfiguresKryoWithItsRegistrator() {
        assertThat(conf.get("spark.serializer")).isEqualTo(KryoSerializer.class.getName());
        assertThat(conf.get("spark.kryo.registrator")).isEqualTo(WartaKryo.class.getName());
        assertThat(conf.get("spark.kryo.referenceTracking")).isEqualTo("false");
    }

    @Test
    void aUsersRegistratorIsKeptAndOursAdded() {
        String before = System.getProperty("spark.kryo.registrator");
        System.setProperty("spark.kryo.registrator", "org.example.crawl.CrawlKryo");
        try {
            assertThat(WartaSparkJob.conf("local[1]", "warta-kryo-test").get("spark.kryo.registrator"))
                    .isEqualTo("org.example.crawl.CrawlKryo," + WartaKryo.class.getName());
        } finally {
            if (before == null) {
                System.clearProperty("spark.kryo.registrator");
            } else {
                System.setProperty("spark.kryo.registrator", before);
            }
        }
    }

    /** Equal component by component, arrays by content (a record's own equals compares arrays by identity). */
    private static void assertEqual(Object back, Object value) {
        if (value == null) {
            assertThat(back).isNull();
        } else if (value instanceof int[] ints) {
            assertThat(back).isInstanceOf(int[].class);
            assertThat((int[]) back).containsExactly(ints);
        } else if (value instanceof byte[] b) {
            assertThat(back).isInstanceOf(byte[].class);
            assertThat((byte[]) back).containsExactly(b);
        } else {
            assertThat(back).as("%s", value).isExactlyInstanceOf(value.getClass());
            assertThat(back).usingRecursiveComparison().withStrictTypeChecking().isEqualTo(value);
        }
    }
}
