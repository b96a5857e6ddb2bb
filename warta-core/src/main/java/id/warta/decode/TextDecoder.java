package id.warta.decode;

import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.RawDocument;
import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a document's bytes to text, weighing the evidence in this order:
 * <ol>
 *   <li>a byte order mark (UTF-8, UTF-16 and UTF-32, either byte order), or the zero-byte pattern of UTF-16
 *       written without one;</li>
 *   <li>the charset parameter of the HTTP Content-Type;</li>
 *   <li>an XML declaration or {@code <meta charset>} / {@code <meta http-equiv="Content-Type">} in the first
 *       4 KB;</li>
 *   <li>statistical detection (juniversalchardet) over the first MiB;</li>
 *   <li>UTF-8.</li>
 * </ol>
 * Declarations lie, so they are checked against the bytes: bytes that are valid UTF-8 and hold multi-byte
 * sequences are UTF-8 whatever other charset is declared; a declared UTF-8 that the bytes break (beyond a few
 * stray bytes) gives way to the next declaration, then to the detector when it is confident, else stays UTF-8
 * with replacement characters. Labels resolve as browsers resolve them:
 * ISO-8859-1 and US-ASCII decode as windows-1252, GB2312 and GBK as GB18030, Shift_JIS as windows-31j, EUC-KR as
 * windows-949. Malformed bytes become U+FFFD; decoding never throws.
 * <p>
 * Input that is not text fails first: a known file signature (PDF, PNG, JPEG, GIF, WebP, ZIP, gzip, ELF...)
 * or more than 5% control bytes gives {@code binary}; more than {@link WartaOptions#maxBytes()} bytes gives
 * {@code too-large}; nothing but white space gives {@code empty}. Thread-safe and stateless.
 */
public final class TextDecoder implements Decoder {

    /** Bytes fed to the detector; enough for any page's statistics, and it bounds the cost on huge inputs. */
    private static final int DETECT_LIMIT = 1 << 20;
    private static final int DETECT_CHUNK = 64 * 1024;
    /** Bytes looked at for the zero-byte pattern of UTF-16 without a byte order mark. */
    private static final int UTF16_SAMPLE = 1024;

    private final WartaOptions options;

    public TextDecoder(WartaOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Result decode(RawDocument raw) {
        Objects.requireNonNull(raw, "raw");
        if (raw.failed()) {
            return Result.failed(raw.failure());
        }
        byte[] bytes = raw.bytes();
        if (bytes.length > options.maxBytes()) {
            return Result.failed(Failure.of("too-large", "document has " + bytes.length
                    + " bytes, more than the limit of " + options.maxBytes() + " (maxBytes)"));
        }
        if (bytes.length == 0) {
            return Result.failed(Failure.of("empty", "the document is empty"));
        }
        String signature = BinarySniffer.signature(bytes);
        if (signature != null) {
            return binary(signature);
        }
        int offset = 0;
        Charset charset = byteOrderMark(bytes);
        if (charset != null) {
            offset = bomLength(charset);
        } else {
            charset = unmarkedUtf16(bytes);
        }
        boolean marked = charset != null;
        if (!marked) {
            int percent = BinarySniffer.controlPercent(bytes);
            if (percent >= 0) {
                return binary("binary data (" + percent + "% control bytes)");
            }
            charset = choose(bytes, raw.contentType());
        }
        String text = new String(bytes, offset, bytes.length - offset, charset);
        if (marked) {
            // UTF-16/32 bytes are full of zeros, so control characters are only visible once decoded
            int percent = BinarySniffer.controlPercent(text);
            if (percent >= 0) {
                return binary("binary data (" + percent + "% control characters as " + charset.name() + ")");
            }
        }
        if (blank(text)) {
            return Result.failed(Failure.of("empty", "the document holds only white space"));
        }
        return Result.ok(new DecodedDocument(raw, text, charset.name()));
    }

    private static Result binary(String what) {
        return Result.failed(Failure.of("binary", "looks like " + what + ", not HTML or text"));
    }

    /**
     * The charset of an ASCII-compatible document without a byte order mark: the first declaration (header, then
     * markup) the bytes do not refute, else the bytes' own evidence.
     */
    private static Charset choose(byte[] bytes, String contentType) {
        Utf8Scan utf8 = Utf8Scan.of(bytes);
        Charset header = Charsets.fromContentType(contentType);
        Charset chosen = checked(header, utf8);
        if (chosen != null) {
            return chosen;
        }
        Charset markup = Charsets.fromMarkup(bytes);
        chosen = checked(markup, utf8);
        if (chosen != null) {
            return chosen;
        }
        if (utf8.mostlyValid()) {
            return StandardCharsets.UTF_8;
        }
        Charset detected = detect(bytes);
        return detected != null ? detected : StandardCharsets.UTF_8;
    }

    /** A declared charset checked against the bytes: the charset to use, or {@code null} when refuted. */
    private static Charset checked(Charset declared, Utf8Scan utf8) {
        if (declared == null || !Charsets.asciiCompatible(declared)) {
            // found by reading the bytes as ASCII, a UTF-16 or EBCDIC label contradicts itself
            return null;
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            return utf8.mostlyValid() ? declared : null;
        }
        // text in another charset is valid UTF-8 with multi-byte sequences only by accident: a stale label
        return utf8.valid() && utf8.multiByte() > 0 ? StandardCharsets.UTF_8 : declared;
    }

    /** The detector's answer, or {@code null} when it is not confident. */
    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        int end = Math.min(bytes.length, DETECT_LIMIT);
        for (int i = 0; i < end && !detector.isDone(); i += DETECT_CHUNK) {
            detector.handleData(bytes, i, Math.min(DETECT_CHUNK, end - i));
        }
        detector.dataEnd();
        Charset cs = Charsets.resolve(detector.getDetectedCharset());
        // bytes that are not valid UTF-8 are not UTF-8, whatever the detector guessed
        return cs == null || cs.equals(StandardCharsets.UTF_8) ? null : cs;
    }

    private static Charset byteOrderMark(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Charset.forName("UTF-32BE");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Charset.forName("UTF-32LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8) ? 3 : cs.name().startsWith("UTF-32") ? 4 : 2;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 without a byte order mark: markup and Latin text put a zero in every other byte, on one side only.
     */
    private static Charset unmarkedUtf16(byte[] b) {
        int pairs = Math.min(b.length, UTF16_SAMPLE) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean blank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\u200B') {
                return false;
            }
        }
        return true;
    }
}
