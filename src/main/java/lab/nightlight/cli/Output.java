package lab.nightlight.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a command's lines go. Without {@code --json}, sentences in the chosen language that read
 * like the lesson's Python prints; with it, one JSON object per line on stdout, each with an
 * {@code event} field, for scripts: its names and values never change with the language. Lines
 * come from the MQTT client's threads and from the main thread, so each is written whole and
 * flushed at once: a script reading the pipe sees it now, not when a buffer fills.
 */
final class Output {

    /** Non-ASCII escaped, so the JSON reads the same whatever the console's encoding. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final boolean json;
    private final PrintWriter out;
    private final PrintWriter err;
    private final CliTexts texts;

    /** @param texts the language of the lines a person reads; --json lines are English whatever it is */
    Output(boolean json, Terminal terminal, CliTexts texts) {
        this.json = json;
        this.out = terminal.out();
        this.err = terminal.err();
        this.texts = texts;
    }

    /**
     * One event: {@code human} as it is without {@code --json}; with it,
     * {@code {"event": name, key: value, ...}} from the alternating keys and values in {@code fields}.
     */
    synchronized void event(String human, String name, Object... fields) {
        if (json) {
            out.println(jsonLine(name, fields));
        } else {
            out.println(human);
        }
        out.flush();
    }

    /** Something went wrong but the command goes on (a command could not be sent, say). */
    synchronized void warning(CliTexts.Sentence sentence) {
        if (json) {
            out.println(jsonLine("error", "message", sentence.in(CliTexts.english()), "fatal", false));
            out.flush();
        } else {
            err.println(sentence.in(texts));
            err.flush();
        }
    }

    /**
     * The command cannot go on: one sentence on stderr, always, so a person sees it; with
     * {@code --json} an error event on stdout too, so a script sees it in the same stream.
     */
    synchronized void failure(CliTexts.Sentence sentence) {
        if (json) {
            out.println(jsonLine("error", "message", sentence.in(CliTexts.english()), "fatal", true));
            out.flush();
        }
        err.println(sentence.in(texts));
        err.flush();
    }

    static String jsonLine(String name, Object... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields must be key, value pairs");
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("event", name);
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                // A field a packet or event does not have is left out rather than written as null.
                line.put((String) fields[i], fields[i + 1]);
            }
        }
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + name + " as JSON", e);
        }
    }
}
