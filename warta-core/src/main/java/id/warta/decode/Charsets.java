package id.warta.decode;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Charset labels as pages and servers write them, resolved the way browsers do (WHATWG Encoding Standard):
 * a label names the superset a browser really decodes with, because pages labelled Latin-1 or GB2312 routinely
 * contain characters only the superset has.
 */
final class Charsets {

    /** Labels whose bytes browsers decode with a superset; targets missing from the JVM are left out. */
    private static final Map<String, Charset> SUPERSETS = supersets();

    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    // inside a <meta> tag: the charset attribute, or the charset parameter of an http-equiv content value
    private static final Pattern META_CHARSET = Pattern.compile(
            "[\\s;\"']charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECLARATION = Pattern.compile(
            "\\A\\s*<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);

    /** How far into a page a charset declaration is looked for; browsers use 1024, real pages put it later. */
    private static final int MARKUP_SCAN = 4096;

    private Charsets() {
    }

    private static Map<String, Charset> supersets() {
        Map<String, String> labels = Map.ofEntries(
                Map.entry("iso-8859-1", "windows-1252"), Map.entry("iso8859-1", "windows-1252"),
                Map.entry("iso_8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
                Map.entry("l1", "windows-1252"), Map.entry("cp819", "windows-1252"),
                Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
                Map.entry("cp1252", "windows-1252"), Map.entry("x-cp1252", "windows-1252"),
                Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
                Map.entry("cp936", "GB18030"), Map.entry("euc-cn", "GB18030"), Map.entry("chinese", "GB18030"),
                Map.entry("shift_jis", "windows-31j"), Map.entry("shift-jis", "windows-31j"),
                Map.entry("sjis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
                Map.entry("ms_kanji", "windows-31j"), Map.entry("euc-kr", "x-windows-949"),
                Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("korean", "x-windows-949"),
                Map.entry("iso-8859-9", "windows-1254"), Map.entry("latin5", "windows-1254"),
                Map.entry("tis-620", "x-windows-874"), Map.entry("iso-8859-11", "x-windows-874"),
                Map.entry("big5", "Big5-HKSCS"),
                Map.entry("utf8", "UTF-8"), Map.entry("unicode-1-1-utf-8", "UTF-8"));
        Map<String, Charset> resolved = new HashMap<>();
        labels.forEach((label, target) -> {
            Charset cs = lookup(target);
            if (cs != null) {
                resolved.put(label, cs);
            }
        });
        return Map.copyOf(resolved);
    }

    /** The charset a label means, as a browser would decode it; {@code null} for unknown labels. */
    static Charset resolve(String label) {
        if (label == null) {
            return null;
        }
        String key = label.trim().toLowerCase(Locale.ROOT);
        Charset superset = SUPERSETS.get(key);
        return superset != null ? superset : lookup(key);
    }

    private static Charset lookup(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** The charset parameter of a Content-Type header, or {@code null}. */
    static Charset fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? resolve(m.group(1)) : null;
    }

    /**
     * The charset declared by an XML declaration or the first {@code <meta>} that names one, in the first
     * {@link #MARKUP_SCAN} bytes read as ASCII (every charset such a declaration can be read in is ASCII-compatible).
     */
    static Charset fromMarkup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, MARKUP_SCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_DECLARATION.matcher(head);
        if (xml.find()) {
            Charset cs = resolve(xml.group(1));
            if (cs != null) {
                return cs;
            }
        }
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher cs = META_CHARSET.matcher(meta.group());
            if (cs.find()) {
                Charset charset = resolve(cs.group(1));
                if (charset != null) {
                    return charset;
                }
            }
        }
        return null;
    }

    /**
     * Whether ASCII bytes mean ASCII in this charset. A declaration found by reading the bytes as ASCII cannot
     * be true of a charset that is not (UTF-16, EBCDIC), so such a declaration is ignored.
     */
    static boolean asciiCompatible(Charset cs) {
        String probe = "<meta charset=\"x\">\n";
        return probe.equals(new String(probe.getBytes(StandardCharsets.US_ASCII), cs));
    }
}
