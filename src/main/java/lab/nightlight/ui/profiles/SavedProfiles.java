package lab.nightlight.ui.profiles;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import lab.nightlight.settings.ConnectionProfile;
import lab.nightlight.settings.Settings;
import lab.nightlight.settings.SettingsStore;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;

/**
 * The panes' profiles as the settings file keeps them: loaded at start, saved after the dialog,
 * both on the background executor (never on the FX thread). A file that cannot be read is set
 * aside by the store and explained in the message area. Without a store (tests) nothing is read
 * or written.
 */
public final class SavedProfiles {

    static final String TOPIC = "settings";

    private final SettingsStore store;
    private final Executor background;
    private final Executor fx;
    private final Texts texts;
    private final MessagesViewModel messages;
    private volatile Settings settings = Settings.defaults();

    /** @param store null to keep nothing between runs */
    public SavedProfiles(SettingsStore store, Executor background, Executor fx, Texts texts, MessagesViewModel messages) {
        this.store = store;
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
        this.texts = Objects.requireNonNull(texts);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Reads the settings file; completes (on the FX executor) with what to use. */
    public CompletableFuture<Settings> load() {
        if (store == null) {
            return CompletableFuture.completedFuture(settings);
        }
        return CompletableFuture.supplyAsync(store::load, background).thenApplyAsync(loaded -> {
            settings = loaded.settings();
            SettingsStore.Unreadable unreadable = loaded.unreadable();
            if (unreadable != null) {
                messages.warning(TOPIC, texts.format("profiles.settings.unreadable",
                        texts.format(unreadable.key(), unreadable.args())));
            }
            return settings;
        }, fx);
    }

    /** The profile a pane used last time (the embedded broker if none). */
    public static ConnectionProfile paneProfile(Settings s, String name) {
        return s.profile(name).orElse(ConnectionProfile.embeddedBroker());
    }

    /** Remembers both panes' profiles (the password only if asked to) in the background. */
    public CompletableFuture<Void> save(ConnectionProfile device, ConnectionProfile server) {
        ConnectionProfile s = server;
        if (!device.equals(server) && device.name().equals(server.name())) {
            s = new ConnectionProfile(server.name() + " (server)", server.embedded(), server.url(), server.version(),
                    server.username(), server.password(), server.rememberPassword(), server.caCertificate(),
                    server.trustAnyCertificate(), server.warningKey());
        }
        Settings next = settings.withProfile(device).withProfile(s).withPaneProfiles(device.name(), s.name());
        settings = next;
        if (store == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                store.save(next);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((ok, e) -> {
            if (e != null) {
                Throwable cause = e.getCause() instanceof java.io.UncheckedIOException u ? u.getCause() : e;
                // The exception's message names the file, never a password.
                messages.error(TOPIC, texts.format("profiles.saveFailed", String.valueOf(cause.getMessage())));
            }
        }, fx);
    }

    public Settings settings() {
        return settings;
    }
}
