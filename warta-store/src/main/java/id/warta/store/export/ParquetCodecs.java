package id.warta.store.export;

import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Parquet page compression without Hadoop or native code: ZSTD by aircompressor's pure-Java implementation (a
 * dependency of parquet-hadoop already), and no compression. Parquet's own codec factory goes through Hadoop's
 * codec classes, and its ZSTD and Snappy through native libraries (zstd-jni, snappy-java), which the build leaves
 * out. Stateless, so one instance serves every writer and reader.
 */
public final class ParquetCodecs implements CompressionCodecFactory {

    public static final ParquetCodecs INSTANCE = new ParquetCodecs();

    private ParquetCodecs() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        return switch (codec) {
            case ZSTD -> new Compressor(codec) {
                @Override
                public BytesInput compress(BytesInput input) throws IOException {
                    byte[] in = input.toByteArray();
                    ZstdCompressor zstd = new ZstdCompressor();
                    byte[] out = new byte[zstd.maxCompressedLength(in.length)];
                    int length = zstd.compress(in, 0, in.length, out, 0, out.length);
                    return BytesInput.from(out, 0, length);
                }
            };
            case UNCOMPRESSED -> new Compressor(codec) {
                @Override
                public BytesInput compress(BytesInput input) {
                    return input;
                }
            };
            default -> throw new IllegalArgumentException("Parquet codec " + codec + " is not available: ZSTD or "
                    + "UNCOMPRESSED");
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        return switch (codec) {
            case ZSTD -> new Decompressor() {
                @Override
                public BytesInput decompress(BytesInput input, int size) throws IOException {
                    byte[] in = input.toByteArray();
                    byte[] out = new byte[size];
                    new ZstdDecompressor().decompress(in, 0, in.length, out, 0, size);
                    return BytesInput.from(out);
                }
            };
            case UNCOMPRESSED -> new Decompressor() {
                @Override
                public BytesInput decompress(BytesInput input, int size) {
                    return input;
                }
            };
            default -> throw new IllegalArgumentException("Parquet codec " + codec + " is not available: ZSTD or "
                    + "UNCOMPRESSED");
        };
    }

    @Override
    public void release() {
    }

    private abstract static class Compressor implements BytesInputCompressor {

        private final CompressionCodecName codec;

        Compressor(CompressionCodecName codec) {
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

    private abstract static class Decompressor implements BytesInputDecompressor {

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
}
