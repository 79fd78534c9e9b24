package lab.nightlight.trace;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lab.nightlight.lesson.PayloadPreview;

/**
 * Reads MQTT control packets from one direction of a byte stream, a few bytes at a time, and
 * describes each (type, packet id, QoS, flags, topic, a payload preview). It never changes the
 * stream: the relay forwards bytes first and decodes a copy. Works for 3.1.1 and 5 (the CONNECT
 * seen on the client's stream tells which; the other direction is told by {@link #setVersion}).
 */
public final class FrameDecoder {

    /** Bytes kept of one packet for decoding; the rest is skipped (only a preview is shown). */
    private static final int KEEP = 512;
    private static final int PREVIEW_CHARS = 40;

    /** Describes one decoded packet; the relay adds time, client id and direction. */
    public record Frame(PacketType type, int packetId, int qos, boolean retain, boolean dup, String topic,
                        String preview, String detail, String clientId, int protocolLevel) {
    }

    private volatile int protocolLevel = 4;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private int header = -1;
    private int remaining = -1;
    private int lengthMultiplier = 1;
    private int lengthSoFar;
    private int bodyLeft;

    public void setVersion(int level) {
        protocolLevel = level;
    }

    public int protocolLevel() {
        return protocolLevel;
    }

    /** Feeds bytes; returns the packets completed by them, in order. */
    public List<Frame> feed(byte[] data, int offset, int length) {
        List<Frame> out = new ArrayList<>(1);
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (header < 0) {
                header = data[i++] & 0xff;
                lengthMultiplier = 1;
                lengthSoFar = 0;
                remaining = -1;
                continue;
            }
            if (remaining < 0) {
                int b = data[i++] & 0xff;
                lengthSoFar += (b & 0x7f) * lengthMultiplier;
                lengthMultiplier *= 128;
                if ((b & 0x80) == 0) {
                    remaining = lengthSoFar;
                    bodyLeft = remaining;
                    kept.reset();
                    if (bodyLeft == 0) {
                        out.add(finish());
                    }
                }
                continue;
            }
            int take = Math.min(bodyLeft, end - i);
            int keep = Math.min(take, KEEP - kept.size());
            if (keep > 0) {
                kept.write(data, i, keep);
            }
            i += take;
            bodyLeft -= take;
            if (bodyLeft == 0) {
                out.add(finish());
            }
        }
        return out;
    }

    private Frame finish() {
        int h = header;
        header = -1;
        byte[] body = kept.toByteArray();
        remaining = -1;
        PacketType type = PacketType.ofCode(h >> 4);
        if (type == null) {
            return new Frame(PacketType.AUTH, -1, -1, false, false, null, null, "unknown packet type 0", null, protocolLevel);
        }
        try {
            return describe(type, h & 0x0f, new Reader(body));
        } catch (RuntimeException e) {
            // A packet cut at KEEP bytes, or malformed: show what we have rather than nothing.
            return new Frame(type, -1, -1, false, false, null, null, null, null, protocolLevel);
        }
    }

    private Frame describe(PacketType type, int flags, Reader r) {
        boolean v5 = protocolLevel == 5;
        switch (type) {
            case CONNECT -> {
                r.string(); // "MQTT"
                int level = r.u8();
                protocolLevel = level;
                int connectFlags = r.u8();
                int keepAlive = r.u16();
                if (level == 5) {
                    r.skip(r.varInt());
                }
                String clientId = r.string();
                String detail = "mqtt=" + (level == 5 ? "5" : level == 4 ? "3.1.1" : String.valueOf(level))
                        + " cleanStart=" + ((connectFlags & 0x02) != 0) + " keepAlive=" + keepAlive + "s"
                        + ((connectFlags & 0x04) != 0 ? " will" : "");
                return new Frame(type, -1, -1, false, false, null, null, detail, clientId, level);
            }
            case CONNACK -> {
                boolean sessionPresent = (r.u8() & 1) != 0;
                int code = r.u8();
                return new Frame(type, -1, -1, false, false, null, null,
                        "code=" + code + " sessionPresent=" + sessionPresent, null, protocolLevel);
            }
            case PUBLISH -> {
                int qos = (flags >> 1) & 3;
                String topic = r.string();
                int id = qos > 0 ? r.u16() : -1;
                if (v5) {
                    r.skip(r.varInt());
                }
                String preview = PayloadPreview.of(r.rest(), PREVIEW_CHARS);
                return new Frame(type, id, qos, (flags & 1) != 0, (flags & 8) != 0, topic, preview, null, null,
                        protocolLevel);
            }
            case PUBACK, PUBREC, PUBREL, PUBCOMP, SUBACK, UNSUBACK -> {
                int id = r.u16();
                String detail = r.available() > 0 && (v5 || type == PacketType.SUBACK) ? reasonOf(type, r, v5) : null;
                return new Frame(type, id, -1, false, false, null, null, detail, null, protocolLevel);
            }
            case SUBSCRIBE, UNSUBSCRIBE -> {
                int id = r.u16();
                if (v5) {
                    r.skip(r.varInt());
                }
                StringBuilder filters = new StringBuilder();
                int qos = -1;
                while (r.available() > 0) {
                    if (filters.length() > 0) {
                        filters.append(',');
                    }
                    filters.append(r.string());
                    if (type == PacketType.SUBSCRIBE) {
                        int options = r.u8();
                        qos = qos < 0 ? options & 3 : qos;
                    }
                }
                return new Frame(type, id, qos, false, false, filters.toString(), null, null, null, protocolLevel);
            }
            case DISCONNECT -> {
                String detail = r.available() > 0 ? "reason=" + r.u8() : null;
                return new Frame(type, -1, -1, false, false, null, null, detail, null, protocolLevel);
            }
            default -> {
                return new Frame(type, -1, -1, false, false, null, null, null, null, protocolLevel);
            }
        }
    }

    private static String reasonOf(PacketType type, Reader r, boolean v5) {
        if (type == PacketType.SUBACK || type == PacketType.UNSUBACK) {
            if (v5) {
                r.skip(r.varInt());
            }
            StringBuilder codes = new StringBuilder("codes=");
            while (r.available() > 0) {
                codes.append(r.u8()).append(r.available() > 0 ? "," : "");
            }
            return codes.toString();
        }
        int code = r.u8();
        return code == 0 ? null : "reason=" + reasonName(code);
    }

    /** MQTT 5 reason codes a class is likely to meet, by name; others by number. */
    static String reasonName(int code) {
        return switch (code) {
            case 0x10 -> "no-matching-subscribers";
            case 0x80 -> "unspecified-error";
            case 0x83 -> "implementation-specific-error";
            case 0x87 -> "not-authorized";
            case 0x90 -> "topic-name-invalid";
            case 0x91 -> "packet-id-in-use";
            case 0x92 -> "packet-id-not-found";
            case 0x97 -> "quota-exceeded";
            case 0x99 -> "payload-format-invalid";
            default -> String.valueOf(code);
        };
    }

    /** Big-endian reads over the kept bytes of one packet. */
    private static final class Reader {
        private final byte[] b;
        private int p;

        Reader(byte[] b) {
            this.b = b;
        }

        int available() {
            return b.length - p;
        }

        int u8() {
            if (p >= b.length) {
                throw new IndexOutOfBoundsException();
            }
            return b[p++] & 0xff;
        }

        int u16() {
            return (u8() << 8) | u8();
        }

        int varInt() {
            int value = 0;
            int multiplier = 1;
            int digit;
            do {
                digit = u8();
                value += (digit & 0x7f) * multiplier;
                multiplier *= 128;
            } while ((digit & 0x80) != 0);
            return value;
        }

        void skip(int n) {
            p = Math.min(b.length, p + n);
        }

        String string() {
            int len = u16();
            if (p + len > b.length) {
                throw new IndexOutOfBoundsException();
            }
            String s = new String(b, p, len, StandardCharsets.UTF_8);
            p += len;
            return s;
        }

        byte[] rest() {
            byte[] out = java.util.Arrays.copyOfRange(b, p, b.length);
            p = b.length;
            return out;
        }
    }
}
