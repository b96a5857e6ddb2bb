package id.warta.app.serve;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which hosts the server may fetch from when {@code --allow-fetch} is on: public unicast addresses only. A request
 * must not make the server reach what only the server can reach (its own loopback services, the private network
 * behind it, cloud metadata at 169.254.169.254): server-side request forgery. Every address a name resolves to is
 * checked, since a client picks the name and could mix one public address with a private one.
 */
final class AddressPolicy {

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} outside tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Resolver SYSTEM = InetAddress::getAllByName;

    private AddressPolicy() {
    }

    /**
     * Why the server must not connect to this address, or null when it may: loopback, wildcard, link-local,
     * private (RFC 1918, IPv6 unique local and the old site-local), carrier-grade NAT, multicast, broadcast and
     * the reserved ranges.
     */
    static String refusal(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "a loopback address";
        }
        if (a.isAnyLocalAddress()) {
            return "the wildcard address";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (a.isSiteLocalAddress()) {
            return "a private address";
        }
        if (a.isMulticastAddress()) {
            return "a multicast address";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "a reserved address (0.0.0.0/8)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a private address (carrier-grade NAT, 100.64.0.0/10)";
            }
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
                return "a reserved address (192.0.0.0/24)";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a reserved address (198.18.0.0/15)";
            }
            if (first >= 240) {
                return "a reserved or broadcast address (240.0.0.0/4)";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private address (IPv6 unique local, fc00::/7)";
            }
            if (embedsIpv4(b)) {
                try {
                    byte[] v4 = {b[12], b[13], b[14], b[15]};
                    String inner = refusal(InetAddress.getByAddress(v4));
                    if (inner != null) {
                        return inner + " inside an IPv6 address";
                    }
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes always make an IPv4 address", e);
                }
            }
        }
        return null;
    }

    /** IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 address in their tail. */
    private static boolean embedsIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 12; i++) {
            zeros &= b[i] == 0;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return zeros || nat64;
    }

    /**
     * Checks a host before a fetch: every address it resolves to must be public.
     *
     * @throws ApiException 400 naming the host and the refused address, or saying the name does not resolve
     */
    static void check(String host, Resolver resolver) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(h);
        } catch (UnknownHostException e) {
            throw ApiException.badParameter("cannot fetch from " + host + ": the name does not resolve");
        }
        for (InetAddress a : addresses) {
            String why = refusal(a);
            if (why != null) {
                throw ApiException.badParameter("refusing to fetch from " + host + ": it resolves to "
                        + a.getHostAddress() + ", " + why + " (the server fetches public addresses only)");
            }
        }
    }
}
