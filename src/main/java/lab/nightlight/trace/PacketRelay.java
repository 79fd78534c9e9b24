package lab.nightlight.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback relay between one client and its broker. It forwards every byte unchanged and, on
 * a copy, decodes the MQTT packets both ways: the client's vantage point, for any broker. It can
 * also pull the plug: {@link #cut()} stops all traffic while the sockets stay open, as when a
 * cable is pulled (the broker only notices when the keep-alive runs out, then sends the will);
 * {@link #reset()} closes both sockets abruptly with no DISCONNECT. {@link #plugIn()} lets the
 * client's next reconnect through.
 */
public final class PacketRelay implements AutoCloseable {

    private final String upstreamHost;
    private final int upstreamPort;
    private final PacketHub hub;
    private final ServerSocket server;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private volatile boolean unplugged;
    private volatile java.io.IOException upstreamFailure;
    private volatile boolean closed;

    /** One client connection and its upstream twin. */
    private final class Link {
        final Socket client;
        final Socket upstream;
        final FrameDecoder fromClient = new FrameDecoder();
        final FrameDecoder fromBroker = new FrameDecoder();
        volatile String clientId = "?";
        volatile boolean silenced;

        Link(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void closeBoth() {
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    public PacketRelay(String upstreamHost, int upstreamPort, PacketHub hub) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.hub = hub;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread acceptor = new Thread(this::acceptLoop, "nightlight-relay-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Why the relay could not reach the broker for the latest connection (refused, unknown host,
     * timed out), or null when it could: the client only sees its connection to the relay closed.
     */
    public Throwable upstreamFailure() {
        return upstreamFailure;
    }

    /** The loopback port a client connects to instead of the broker's. */
    public int localPort() {
        return server.getLocalPort();
    }

    public boolean isUnplugged() {
        return unplugged;
    }

    /** Silently drops all traffic both ways; sockets stay open, so nobody is told. */
    public void cut() {
        unplugged = true;
        links.forEach(l -> l.silenced = true);
    }

    /** Closes every connection at once, with no DISCONNECT; new ones are refused until {@link #plugIn()}. */
    public void reset() {
        unplugged = true;
        for (Link l : links) {
            abort(l.client);
            abort(l.upstream);
        }
    }

    /** Lets new connections through again (the silenced ones stay dead, as a pulled cable would). */
    public void plugIn() {
        unplugged = false;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            if (unplugged) {
                abort(client);
                continue;
            }
            try {
                client.setTcpNoDelay(true);
                Socket upstream = new Socket();
                try {
                    upstream.connect(new InetSocketAddress(upstreamHost, upstreamPort), 10_000);
                    upstreamFailure = null;
                } catch (IOException e) {
                    upstreamFailure = e;
                    closeQuietly(upstream);
                    throw e;
                }
                upstream.setTcpNoDelay(true);
                Link link = new Link(client, upstream);
                links.add(link);
                pump(link, client, upstream, link.fromClient, Direction.TO_BROKER);
                pump(link, upstream, client, link.fromBroker, Direction.FROM_BROKER);
            } catch (IOException e) {
                // The broker is not there: the client sees its connection closed and retries;
                // upstreamFailure() tells it why.
                abort(client);
            }
        }
    }

    private void pump(Link link, Socket from, Socket to, FrameDecoder decoder, Direction direction) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (link.silenced) {
                        continue;
                    }
                    // Report before forwarding, so a packet is always reported before its answer.
                    report(link, decoder, direction, buffer, n);
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side closed or was reset; the other side follows below.
            } finally {
                if (link.silenced) {
                    // A pulled cable: the broker learns nothing until its keep-alive runs out.
                    closeQuietly(link.client);
                    if (from == link.upstream) {
                        links.remove(link);
                        closeQuietly(link.upstream);
                    }
                } else {
                    links.remove(link);
                    link.closeBoth();
                }
            }
        }, "nightlight-relay-" + direction.name().toLowerCase());
        t.setDaemon(true);
        t.start();
    }

    private void report(Link link, FrameDecoder decoder, Direction direction, byte[] data, int length) {
        // Always decode, listeners or not: a decoder that skipped bytes would lose the frame boundaries.
        for (FrameDecoder.Frame f : decoder.feed(data, 0, length)) {
            if (f.type() == PacketType.CONNECT) {
                link.clientId = f.clientId();
                link.fromBroker.setVersion(f.protocolLevel());
            }
            if (hub.hasListeners()) {
                hub.publish(new Packet(hub.nextSequence(), Instant.now(), Vantage.CLIENT, link.clientId, direction,
                        f.type(), f.packetId(), f.qos(), f.retain(), f.dup(), f.topic(), f.preview(), f.detail()));
            }
        }
    }

    private static void abort(Socket s) {
        try {
            s.setSoLinger(true, 0); // RST: as abrupt as a crash
        } catch (IOException e) {
            // closing anyway
        }
        closeQuietly(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // already closed
        }
        links.forEach(Link::closeBoth);
    }
}
