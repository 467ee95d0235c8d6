package io.waishi.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;

/** Free-port selection and port probes on the loopback interface. */
public final class Ports {

    private Ports() {
    }

    /** A TCP port on 127.0.0.1 that is free right now (the OS picks it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port", e);
        }
    }

    /** A free port that is not one of {@code taken} (ports already handed out to other processes). */
    public static int freePort(Set<Integer> taken) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = freePort();
            if (!taken.contains(port)) {
                return port;
            }
        }
        throw new IllegalStateException("cannot find a free port outside " + taken);
    }

    /** Whether a server socket can be bound to 127.0.0.1:{@code port} right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether something accepts TCP connections on 127.0.0.1:{@code port}. */
    public static boolean isListening(int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
