package id.warta.store.dedup;

import id.warta.internal.Fold;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Exact-duplicate fingerprints: the canonical form of an article's URL and a hash of its text. Both are pure
 * functions, thread-safe.
 */
public final class Fingerprints {

    /** Query parameters that only say where a reader came from, never which article is shown. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_src", "source", "tdtrack", "amp",
            "outputtype", "_gaexp", "s_cid", "cmpid");
    /** Host prefixes of the mobile and AMP editions, which show the same article under the same path. */
    private static final List<String> EDITION_PREFIXES = List.of("www.", "amp.", "m.", "mobile.");

    /** An address written without its scheme: a host name with a dot, then a port, path, query or nothing. */
    private static final Pattern BARE_HOST = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:\\d+)?([/?#]|$)");

    private Fingerprints() {
    }

    /**
     * The canonical form of an article URL, so that variants of one page compare equal: the scheme is https
     * (http and https serve the same article), the host lower case without {@code www.}, {@code m.},
     * {@code mobile.} or {@code amp.}, no default port, user info or fragment; tracking parameters ({@code utm_*},
     * {@code fbclid}, {@code gclid}…) and AMP markers ({@code ?amp=1}, a first or last path segment {@code amp})
     * removed, Kompas's {@code page=all} (the whole article on one page) too; the remaining parameters sorted;
     * no trailing slash except for the root.
     *
     * @return the canonical URL, or null for null, blank, non-web or unparseable input
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip().replace(" ", "%20");
        if (s.startsWith("//")) {
            s = "https:" + s;
        } else if (!s.contains("://")) {
            if (!BARE_HOST.matcher(s).lookingAt()) {
                return null; // mailto:, javascript:, a relative path
            }
            s = "https://" + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!scheme.equals("http") && !scheme.equals("https") || host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String prefix : EDITION_PREFIXES) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                host = host.substring(prefix.length());
                break;
            }
        }
        StringBuilder out = new StringBuilder(url.length()).append("https://").append(host);
        int port = uri.getPort();
        if (port > 0 && port != 80 && port != 443) {
            out.append(':').append(port);
        }
        out.append(path(uri.normalize().getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** The path without AMP segments, duplicate slashes and a trailing slash; "/" when nothing is left. */
    private static String path(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String seg : raw.split("/")) {
            if (!seg.isEmpty()) {
                segments.add(seg);
            }
        }
        if (!segments.isEmpty() && isAmp(segments.get(segments.size() - 1))) {
            segments.remove(segments.size() - 1);
        }
        if (!segments.isEmpty() && isAmp(segments.get(0))) {
            segments.remove(0);
        }
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
    }

    private static boolean isAmp(String segment) {
        return segment.equalsIgnoreCase("amp") || segment.equalsIgnoreCase("amp.html");
    }

    /** The parameters that select content, sorted; tracking and AMP markers left out. */
    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : raw.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            if (key.startsWith("utm_") || TRACKING.contains(key)
                    || key.equals("page") && value.equalsIgnoreCase("all")) {
                continue;
            }
            kept.add(param);
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    /**
     * A hash of what the text says, blind to how it was scraped: case-folded (diacritics too), every run of
     * whitespace and punctuation one space, trimmed; then the first 16 bytes of its SHA-256, in hex. The same text
     * from two scrapes, with other line breaks, non-breaking spaces or typographic quotes, gets the same hash.
     */
    public static String textHash(String text) {
        Objects.requireNonNull(text, "text");
        String folded = Fold.fold(text);
        StringBuilder squeezed = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && !squeezed.isEmpty()) {
                    squeezed.append(' ');
                }
                gap = false;
                squeezed.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        byte[] digest = sha256().digest(squeezed.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
