package id.warta.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The browser's proxy for every host but this machine (Chromium sends loopback requests directly and everything
 * else to its proxy): it writes down the first line of each request (the method and the outside URL, or CONNECT
 * host:port for HTTPS), answers 403 and closes, so nothing leaves the machine and the test sees whatever tried to.
 */
final class OutsideTrafficTrap implements AutoCloseable {

    private static final byte[] FORBIDDEN =
            "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_HEAD = 8192;

    private final ServerSocket socket;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    OutsideTrafficTrap() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAll, "outside-traffic-trap");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The proxy address for Chromium's --proxy-server. */
    String address() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** The request lines seen so far. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    void clear() {
        requests.clear();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(2000);
                requests.add(firstLine(s.getInputStream()));
                OutputStream out = s.getOutputStream();
                out.write(FORBIDDEN);
                out.flush();
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                requests.add("(unreadable request: " + e.getMessage() + ")");
            }
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < MAX_HEAD; i++) {
            int c = in.read();
            if (c < 0 || c == '\n') {
                break;
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
