package lab.nightlight.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import lab.nightlight.mqtt.Message;

/** Collects messages a subscription receives, for assertions with Awaitility. */
public final class Recorder implements Consumer<Message> {

    private final List<Message> messages = new CopyOnWriteArrayList<>();

    @Override
    public void accept(Message message) {
        messages.add(message);
    }

    public List<Message> messages() {
        return messages;
    }

    public int size() {
        return messages.size();
    }

    public Message last() {
        return messages.isEmpty() ? null : messages.get(messages.size() - 1);
    }

    public void clear() {
        messages.clear();
    }
}
