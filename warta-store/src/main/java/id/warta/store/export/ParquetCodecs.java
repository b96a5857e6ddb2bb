package id.warta.store.export;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.MalformedInputException;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Parquet page compression without Hadoop or native code: ZSTD, Snappy and LZ4 (raw) by aircompressor's pure-Java
 * implementations (a dependency of parquet-hadoop already), GZIP by the JDK, and no compression. Parquet's own codec
 * factory goes through Hadoop's codec classes, and its ZSTD and Snappy through native libraries (zstd-jni,
 * snappy-java), which the build leaves out. The export writes ZSTD; reading takes what Spark writes (Snappy by
 * default, or any of the others when configured). Stateless, so one instance serves every writer and reader.
 */
public final class ParquetCodecs implements CompressionCodecFactory {

    public static final ParquetCodecs INSTANCE = new ParquetCodecs();

    private ParquetCodecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return switch (codec) {
            case ZSTD -> new BlockCompressor(codec, ZstdCompressor::new);
            case SNAPPY -> new BlockCompressor(codec, SnappyCompressor::new);
            case LZ4_RAW -> new BlockCompressor(codec, Lz4Compressor::new);
            case GZIP -> new PageCompressor(codec) {
                @Override
                public BytesInput compress(BytesInput input) throws IOException {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                        input.writeAllTo(gzip);
                    }
                    return BytesInput.from(out.toByteArray());
                }
            };
            case UNCOMPRESSED -> new PageCompressor(codec) {
                @Override
                public BytesInput compress(BytesInput input) {
                    return input;
                }
            };
            default -> throw new IllegalArgumentException(unavailable(codec));
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case ZSTD -> new BlockDecompressor(ZstdDecompressor::new);
            case SNAPPY -> new BlockDecompressor(SnappyDecompressor::new);
            case LZ4_RAW -> new BlockDecompressor(Lz4Decompressor::new);
            case GZIP -> new PageDecompressor() {
                @Override
                public BytesInput decompress(BytesInput input, int size) throws IOException {
                    byte[] out = new byte[size];
                    try (InputStream gzip = new GZIPInputStream(input.toInputStream())) {
                        int read = gzip.readNBytes(out, 0, size);
                        if (read != size) {
                            throw new IOException("a GZIP page holds " + read + " bytes, not " + size);
                        }
                    }
                    return BytesInput.from(out);
                }
            };
            case UNCOMPRESSED -> new PageDecompressor() {
                @Override
                public BytesInput decompress(BytesInput input, int size) {
                    return input;
                }
            };
            default -> throw new IllegalArgumentException(unavailable(codec));
        };
    }

    private static String unavailable(CompressionCodecName codec) {
        return "Parquet codec " + codec + " is not available: ZSTD, SNAPPY, GZIP, LZ4_RAW or UNCOMPRESSED";
    }

    @Override
    public void release() {
    }

    private abstract static class PageCompressor implements BytesInputCompressor {

        private final CompressionCodecName codec;

        PageCompressor(CompressionCodecName codec) {
            this.codec = codec;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return codec;
        }

        @Override
        public void release() {
        }
    }

    /** A codec of aircompressor's; a new compressor per page, since they keep tables between calls. */
    private static final class BlockCompressor extends PageCompressor {

        private final Supplier<Compressor> compressors;

        BlockCompressor(CompressionCodecName codec, Supplier<Compressor> compressors) {
            super(codec);
            this.compressors = compressors;
        }

        @Override
        public BytesInput compress(BytesInput input) throws IOException {
            byte[] in = input.toByteArray();
            Compressor compressor = compressors.get();
            byte[] out = new byte[compressor.maxCompressedLength(in.length)];
            int length = compressor.compress(in, 0, in.length, out, 0, out.length);
            return BytesInput.from(out, 0, length);
        }
    }

    private abstract static class PageDecompressor implements BytesInputDecompressor {

        /** The buffer form, used by readers of direct buffers, by way of the byte form. */
        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            ByteBuffer slice = input.duplicate();
            slice.limit(slice.position() + compressedSize);
            output.put(decompress(BytesInput.from(slice), decompressedSize).toByteBuffer());
        }

        @Override
        public void release() {
        }
    }

    private static final class BlockDecompressor extends PageDecompressor {

        private final Supplier<Decompressor> decompressors;

        BlockDecompressor(Supplier<Decompressor> decompressors) {
            this.decompressors = decompressors;
        }

        /** A corrupt page is an I/O failure of the file, not a bug: the reader reports it as such. */
        @Override
        public BytesInput decompress(BytesInput input, int size) throws IOException {
            byte[] in = input.toByteArray();
            byte[] out = new byte[size];
            try {
                int length = decompressors.get().decompress(in, 0, in.length, out, 0, size);
                if (length != size) {
                    throw new IOException("a compressed page holds " + length + " bytes, not " + size);
                }
            } catch (MalformedInputException e) {
                throw new IOException("a compressed page is corrupt: " + e.getMessage(), e);
            }
            return BytesInput.from(out);
        }
    }
}
