package lab.nightlight.broker;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A hand-built MQTT client over a plain socket, for what a well-behaved client library will not
 * do: vanish without DISCONNECT (so the broker sends the last will), or show the bytes of CONNACK.
 */
final class RawMqtt implements AutoCloseable {

    /** A last will: topic, payload, QoS and retain. */
    record Will(String topic, String payload, int qos, boolean retain) {
    }

    /** CONNACK as it came: session-present flag, return/reason code, and MQTT 5 properties raw. */
    record ConnAck(int remainingLength, boolean sessionPresent, int code, byte[] properties) {
    }

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    RawMqtt(String host, int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 5_000);
        socket.setSoTimeout(10_000);
        out = socket.getOutputStream();
        in = new DataInputStream(socket.getInputStream());
    }

    /** Sends CONNECT (level 4 = 3.1.1, 5 = MQTT 5) with a clean session and reads CONNACK. */
    ConnAck connect(int level, String clientId, int keepAliveSeconds, Will will) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeString(body, "MQTT");
        body.write(level);
        int flags = 0x02;
        if (will != null) {
            flags |= 0x04 | (will.qos() << 3) | (will.retain() ? 0x20 : 0);
        }
        body.write(flags);
        body.write(keepAliveSeconds >> 8);
        body.write(keepAliveSeconds & 0xff);
        if (level == 5) {
            body.write(0); // no CONNECT properties
        }
        writeString(body, clientId);
        if (will != null) {
            if (level == 5) {
                body.write(0); // no will properties
            }
            writeString(body, will.topic());
            writeString(body, will.payload());
        }
        send(0x10, body.toByteArray());
        return readConnAck(level);
    }

    private ConnAck readConnAck(int level) throws IOException {
        int type = in.readUnsignedByte();
        if (type != 0x20) {
            throw new IOException("expected CONNACK (0x20), got 0x" + Integer.toHexString(type));
        }
        int length = readVarInt();
        byte[] rest = in.readNBytes(length);
        byte[] properties = new byte[0];
        if (level == 5) {
            int[] offset = {2};
            int propertiesLength = varInt(rest, offset);
            properties = java.util.Arrays.copyOfRange(rest, offset[0], offset[0] + propertiesLength);
        }
        return new ConnAck(length, (rest[0] & 0x01) != 0, rest[1] & 0xff, properties);
    }

    /** A clean goodbye: the broker discards the will. */
    void disconnect() throws IOException {
        out.write(new byte[] {(byte) 0xe0, 0x00});
        out.flush();
    }

    /** Closes the socket, with or without a DISCONNECT before it. */
    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** Whether the broker has closed its end (reads EOF within the timeout). */
    boolean closedByBroker(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            return in.read() < 0;
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Finds an MQTT 5 property by its identifier in CONNACK's properties; null when absent. */
    static byte[] utf8Property(byte[] properties, int id) {
        int i = 0;
        while (i < properties.length) {
            int key = properties[i++] & 0xff;
            if (key == id) {
                int len = ((properties[i] & 0xff) << 8) | (properties[i + 1] & 0xff);
                return java.util.Arrays.copyOfRange(properties, i + 2, i + 2 + len);
            }
            i += propertySize(key, properties, i);
        }
        return null;
    }

    /** Size of a property's value (MQTT 5, 2.2.2.2), enough for those a CONNACK carries. */
    private static int propertySize(int id, byte[] p, int at) {
        return switch (id) {
            case 0x24, 0x25, 0x28, 0x29, 0x2a -> 1;                 // byte
            case 0x13, 0x21, 0x22 -> 2;                             // two-byte integer
            case 0x11, 0x27 -> 4;                                   // four-byte integer
            case 0x12, 0x15, 0x1a, 0x1c, 0x1f, 0x16 -> 2 + (((p[at] & 0xff) << 8) | (p[at + 1] & 0xff));
            case 0x26 -> {                                          // user property: two strings
                int first = 2 + (((p[at] & 0xff) << 8) | (p[at + 1] & 0xff));
                yield first + 2 + (((p[at + first] & 0xff) << 8) | (p[at + first + 1] & 0xff));
            }
            default -> throw new IllegalArgumentException("unexpected CONNACK property 0x" + Integer.toHexString(id));
        };
    }

    private void send(int header, byte[] body) throws IOException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(header);
        int length = body.length;
        do {
            int digit = length % 128;
            length /= 128;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        packet.writeBytes(body);
        out.write(packet.toByteArray());
        out.flush();
    }

    private int readVarInt() throws IOException {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    private static int varInt(byte[] bytes, int[] offset) {
        int value = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[offset[0]++] & 0xff;
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    private static void writeString(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.write(bytes.length >> 8);
        out.write(bytes.length & 0xff);
        out.writeBytes(bytes);
    }
}
