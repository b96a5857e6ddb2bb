package id.warta.store.load;

import id.warta.store.export.ParquetCodecs;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the job's tables as Spark lays them out: optional UTF-8 string columns, Snappy pages by default, one
 * file per partition directory. With Parquet's own writer (no Spark in these tests). Shared with warta-app's
 * {@code ingest --from-parquet} tests (test-jar), with the two reports both analyse.
 */
public final class JobTables {

    public static final List<String> ANALYSES = List.of("id", "analysis");
    public static final List<String> ERRORS = List.of("id", "input", "url", "code", "message", "fetched");

    /** A landslide report in Indonesian, as scraped text. */
    public static final String LANDSLIDE = """
            Longsor Timbun Rumah Warga di Banjarnegara, Empat Orang Hilang

            By Sri Wahyuni, Rabu, 1 Februari 2023 | 10:15 WIB

            Kabarbanyumas.com - Tanah longsor menimbun lima rumah di Desa Pandanarum, Kecamatan Pagentan, Kabupaten \
            Banjarnegara, Jawa Tengah, Selasa (31/1) malam setelah hujan deras mengguyur sejak sore.

            Badan Penanggulangan Bencana Daerah (BPBD) Banjarnegara mencatat empat warga masih hilang dan 87 jiwa \
            mengungsi ke balai desa.

            "Tim gabungan masih mencari korban dengan alat berat, tetapi tanah yang labil menyulitkan pencarian," \
            kata Kepala Pelaksana BPBD Banjarnegara Aris Sudaryanto, Rabu (1/2).
            """;

    /** A heatwave report in English, as scraped text. */
    public static final String HEATWAVE = """
            Heatwave grips northern India as temperatures pass 47C

            By Priya Raman, Monday, 29 May 2023 | 14:20

            Temperatures climbed above 47 degrees Celsius in parts of Uttar Pradesh and Rajasthan on Monday, the \
            India Meteorological Department said, as a heatwave entered its second week.

            Hospitals in Lucknow reported 120 admissions for heatstroke since Friday, a health official told \
            reporters.
            """;

    private JobTables() {
    }

    static MessageType schema(List<String> columns) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (String c : columns) {
            message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c);
        }
        return message.named("spark_schema");
    }

    /** Writes {@code rows} (null values left out) to {@code file}, its directories made. */
    public static Path write(Path file, List<String> columns, List<String[]> rows) throws IOException {
        return write(file, columns, rows, CompressionCodecName.SNAPPY, 128L << 20);
    }

    static Path write(Path file, List<String> columns, List<String[]> rows, CompressionCodecName codec,
                      long rowGroupBytes) throws IOException {
        Files.createDirectories(file.getParent());
        MessageType schema = schema(columns);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(ParquetCodecs.INSTANCE)
                .withCompressionCodec(codec)
                .withRowGroupSize(rowGroupBytes)
                .withPageSize(4096)
                .withMinRowCountForPageSizeCheck(1)
                .build()) {
            for (String[] row : rows) {
                Group g = groups.newGroup();
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != null) {
                        g.append(columns.get(i), row[i]);
                    }
                }
                writer.write(g);
            }
        }
        return file;
    }
}
