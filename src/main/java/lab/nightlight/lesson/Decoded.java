package lab.nightlight.lesson;

import java.util.function.Consumer;

/**
 * The result of decoding a payload: either the value, or a rejection with its reason and the
 * raw bytes. Decoding never throws at its callers, so a malformed payload can be shown and
 * counted instead of crashing whoever received it.
 */
public sealed interface Decoded<T> {

    record Accepted<T>(T value) implements Decoded<T> {
    }

    record Rejected<T>(Rejection rejection) implements Decoded<T> {
    }

    default boolean isAccepted() {
        return this instanceof Accepted<T>;
    }

    default void ifAccepted(Consumer<T> action) {
        if (this instanceof Accepted<T> accepted) {
            action.accept(accepted.value());
        }
    }
}
