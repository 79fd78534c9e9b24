package lab.nightlight.ui.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lab.nightlight.events.NewestQueue;
import lab.nightlight.lesson.Command;
import lab.nightlight.lesson.Telemetry;
import lab.nightlight.lesson.Threshold;
import lab.nightlight.mqtt.ConnectionState;
import lab.nightlight.mqtt.MqttProblem;
import lab.nightlight.mqtt.Qos;
import lab.nightlight.server.LogEntry;
import lab.nightlight.server.NightlightServer;
import lab.nightlight.server.ServerCounters;
import lab.nightlight.server.ServerListener;
import lab.nightlight.ui.Phrases;
import lab.nightlight.ui.connection.PaneConnection;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;

/**
 * The server pane over the current {@link NightlightServer}. Its settings (threshold, QoS,
 * retain) are writable properties pushed to the server and kept across an id change. Log
 * entries and sent commands are queued as they come and shown by {@link #pulse} (every frame
 * for a trickle, ten times a second for a flood): at most {@link #ROWS_IN_VIEW} rows, newest
 * first, while the counters come straight from the server's exact {@link ServerCounters}. Use
 * on the FX thread.
 */
public final class ServerViewModel {

    public static final int ROWS_IN_VIEW = 500;
    public static final int COMMANDS_IN_VIEW = 100;
    /** Rows waiting that are still a trickle, shown on the next pulse. */
    static final int TRICKLE = 2;
    /** Under a flood, the log and counters change ten times a second. */
    static final long FLOOD_REFRESH_NANOS = 100_000_000L;
    /** What the lesson's device sends; shown next to a rejected payload. */
    static final String LESSON_EXAMPLE = "{\"light\": 512}";
    static final String CONNECTION_TOPIC = "server-connection";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Texts texts;
    private final Phrases phrases;
    private final PaneConnection link;
    private final MessagesViewModel messages;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;
    private final ServerListener listener = new Listener();
    private final NewestQueue<LogEntry> feed = new NewestQueue<>(ROWS_IN_VIEW);
    private final NewestQueue<SentCommand> sentFeed = new NewestQueue<>(COMMANDS_IN_VIEW);

    private final IntegerProperty threshold = new SimpleIntegerProperty(this, "threshold", Threshold.LESSON_DEFAULT);
    private final ObjectProperty<Qos> subscriptionQos = new SimpleObjectProperty<>(this, "subscriptionQos", Qos.AT_MOST_ONCE);
    private final ObjectProperty<Qos> commandQos = new SimpleObjectProperty<>(this, "commandQos", Qos.AT_MOST_ONCE);
    private final BooleanProperty retainCommands = new SimpleBooleanProperty(this, "retainCommands");
    private final BooleanProperty paused = new SimpleBooleanProperty(this, "paused");

    private final ReadOnlyStringWrapper topicsText = new ReadOnlyStringWrapper(this, "topicsText", "");
    private final ReadOnlyLongWrapper received = new ReadOnlyLongWrapper(this, "received");
    private final ReadOnlyLongWrapper accepted = new ReadOnlyLongWrapper(this, "accepted");
    private final ReadOnlyLongWrapper rejected = new ReadOnlyLongWrapper(this, "rejected");
    private final ReadOnlyLongWrapper commandsSent = new ReadOnlyLongWrapper(this, "commandsSent");
    private final ReadOnlyStringWrapper showingText = new ReadOnlyStringWrapper(this, "showingText");
    private final ObservableList<LogRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CommandRow> commands = FXCollections.observableArrayList();
    private final ObservableList<LogRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<CommandRow> commandsView = FXCollections.unmodifiableObservableList(commands);

    private NightlightServer server;
    private AutoCloseable stateHandle;
    private LogEntry pendingRejection;
    private long lastRefreshNanos;
    private boolean refreshed;

    /**
     * @param background where the CSV export writes (never the FX thread)
     * @param fx         where its outcome is shown
     */
    public ServerViewModel(Texts texts, MessagesViewModel messages, Executor background, Executor fx, Clock clock) {
        this.texts = Objects.requireNonNull(texts);
        this.phrases = new Phrases(texts);
        this.link = new PaneConnection(texts, messages, clock, CONNECTION_TOPIC, "server.problem", "server.disconnected.explain");
        this.messages = Objects.requireNonNull(messages);
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
        this.clock = Objects.requireNonNull(clock);
        threshold.addListener((obs, old, value) -> {
            if (server != null) {
                server.setThreshold(clampThreshold(value.intValue()));
            }
        });
        subscriptionQos.addListener((obs, old, value) -> {
            if (server != null && value != null) {
                server.setSubscriptionQos(value);
            }
        });
        commandQos.addListener((obs, old, value) -> {
            if (server != null && value != null) {
                server.setCommandQos(value);
            }
        });
        retainCommands.addListener((obs, old, value) -> {
            if (server != null) {
                server.setRetainCommands(value);
            }
        });
        paused.addListener((obs, old, value) -> updateShowing());
        link.tick();
        updateShowing();
    }

    // ----- settings -----

    /** The lesson's threshold: the LED goes on when light &lt; threshold. */
    public IntegerProperty thresholdProperty() {
        return threshold;
    }

    public ObjectProperty<Qos> subscriptionQosProperty() {
        return subscriptionQos;
    }

    public ObjectProperty<Qos> commandQosProperty() {
        return commandQos;
    }

    public BooleanProperty retainCommandsProperty() {
        return retainCommands;
    }

    /** Paused: the table stands still, the counters keep counting. */
    public BooleanProperty pausedProperty() {
        return paused;
    }

    // ----- what the view shows -----

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return link.stateProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return link.stateTextProperty();
    }

    public ReadOnlyObjectProperty<Phrases.Status> statusProperty() {
        return link.statusProperty();
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return link.connectedProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return link.onlineProperty();
    }

    public ReadOnlyStringProperty topicsTextProperty() {
        return topicsText.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty receivedProperty() {
        return received.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty commandsSentProperty() {
        return commandsSent.getReadOnlyProperty();
    }

    /** "Showing 500 of 10,012". */
    public ReadOnlyStringProperty showingTextProperty() {
        return showingText.getReadOnlyProperty();
    }

    /** The telemetry log, newest first, at most {@link #ROWS_IN_VIEW} rows. Read-only. */
    public ObservableList<LogRow> rows() {
        return rowsView;
    }

    /** The commands sent, newest first. Read-only. */
    public ObservableList<CommandRow> commands() {
        return commandsView;
    }

    // ----- actions -----

    public void attach(NightlightServer next) {
        detach();
        server = Objects.requireNonNull(next);
        feed.clear(); // what the previous server logged is not this one's
        next.addListener(listener);
        stateHandle = next.connection().onState(this::onState);
        next.setThreshold(clampThreshold(threshold.get()));
        next.setCommandQos(commandQos.get());
        next.setRetainCommands(retainCommands.get());
        if (next.subscriptionQos() != subscriptionQos.get()) {
            next.setSubscriptionQos(subscriptionQos.get());
        }
        topicsText.set(texts.format("server.topics", next.topics().telemetry(), next.topics().commands()));
        sentFeed.clear();
        commands.clear();
        showKeptLog(next);
        onState(next.connection().state());
        refreshCounters();
    }

    /**
     * A server may have logged before this pane attached (the window rebuilt for another
     * language, or telemetry that beat the window's first frame): its kept entries fill the
     * table at once. The listener is already on, so an entry may be both kept and queued; the
     * queued copy of a shown entry is skipped (same object).
     */
    private void showKeptLog(NightlightServer next) {
        rows.clear();
        List<LogEntry> kept = next.log().snapshot();
        java.util.Set<LogEntry> shown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        shown.addAll(kept);
        List<LogEntry> queued = feed.drain();
        List<LogRow> batch = new ArrayList<>(kept.size() + queued.size());
        for (LogEntry e : kept) {
            batch.add(LogRow.of(e, phrases, clock.getZone()));
        }
        for (LogEntry e : queued) {
            if (!shown.contains(e)) {
                batch.add(LogRow.of(e, phrases, clock.getZone()));
            }
        }
        NewestFirst.add(rows, batch, ROWS_IN_VIEW);
    }

    public void detach() {
        if (server == null) {
            return;
        }
        server.removeListener(listener);
        try {
            stateHandle.close();
        } catch (Exception e) {
            // removing a listener does not fail
        }
        server = null;
    }

    /**
     * Called every pulse with its time stamp: a trickle (a slider moved, the device's schedule) is
     * shown on this very frame; a flood at most every {@link #FLOOD_REFRESH_NANOS}, because
     * nobody reads a log faster and every changed row and counter is text to lay out again, on
     * the thread that also draws the device's LED.
     */
    public void pulse(long nowNanos) {
        if (refreshed && feed.waiting() > TRICKLE && nowNanos - lastRefreshNanos < FLOOD_REFRESH_NANOS) {
            return;
        }
        refreshed = true;
        lastRefreshNanos = nowNanos;
        frame();
    }

    /** Log entries waiting for a frame to show them. */
    int rowsWaiting() {
        return feed.waiting();
    }

    /**
     * Shows what arrived since the last frame (unless paused) and reads the counters. Cheap when
     * nothing happened.
     */
    public void frame() {
        if (!paused.get()) {
            List<LogEntry> entries = feed.drain();
            if (!entries.isEmpty()) {
                List<LogRow> batch = new ArrayList<>(entries.size());
                for (LogEntry e : entries) {
                    batch.add(LogRow.of(e, phrases, clock.getZone()));
                }
                NewestFirst.add(rows, batch, ROWS_IN_VIEW);
            }
        }
        List<SentCommand> sent = sentFeed.drain();
        if (!sent.isEmpty()) {
            NewestFirst.add(commands, sent.stream().map(this::describe).toList(), COMMANDS_IN_VIEW);
        }
        if (pendingRejection != null) {
            LogEntry e = pendingRejection;
            pendingRejection = null;
            messages.warning("server-rejected", texts.format("server.rejected", phrases.rejection(e.rejection()),
                    e.rejection().preview(40), LESSON_EXAMPLE));
        }
        refreshCounters();
    }

    /** Empties the log and zeroes the counters, here and in the server. */
    public void clear() {
        if (server != null) {
            server.clear();
        }
        feed.clear();
        sentFeed.clear();
        rows.clear();
        commands.clear();
        refreshCounters();
    }

    public CompletableFuture<Void> toggleConnection() {
        if (server == null) {
            return CompletableFuture.completedFuture(null);
        }
        return link.onlineProperty().get() ? server.connection().disconnect() : server.connection().connect();
    }

    /**
     * Writes the server's kept log (its newest {@link NightlightServer#LOG_CAPACITY} entries) to a
     * CSV file on the background executor, and says in the message area how it went.
     *
     * @return the number of entries written
     */
    public CompletableFuture<Integer> export(Path file) {
        if (server == null) {
            return CompletableFuture.completedFuture(0);
        }
        var log = server.log();
        return CompletableFuture.supplyAsync(() -> {
            List<LogEntry> entries = log.snapshot();
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                CsvExport.write(entries, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return entries.size();
        }, background).whenCompleteAsync((count, e) -> {
            if (e == null) {
                messages.success("server-export", texts.format("server.export.done", count, file.toString()));
            } else {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                messages.error("server-export", texts.format("server.export.failed", file.toString(),
                        String.valueOf(cause.getMessage())));
            }
        }, fx);
    }

    /** A fresh file name for the export: nightlight-log-&lt;id&gt;-&lt;time&gt;.csv */
    public String exportFileName() {
        String id = server == null ? "nightlight" : server.topics().id();
        return "nightlight-log-" + id + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(clock.instant().atZone(clock.getZone())) + ".csv";
    }

    /** Called once a second: a reconnect countdown counts. */
    public void tick() {
    }

    private void onState(ConnectionState s) {
        link.show(s);
    }

    private void refreshCounters() {
        if (server != null) {
            ServerCounters c = server.counters();
            received.set(c.received());
            accepted.set(c.accepted());
            rejected.set(c.rejected());
            commandsSent.set(c.commandsSent());
        }
        updateShowing();
    }

    private void updateShowing() {
        String key = paused.get() ? "server.showing.paused" : "server.showing";
        showingText.set(texts.format(key, rows.size(), received.get()));
    }

    private CommandRow describe(SentCommand c) {
        String time = TIME.format(c.at().atZone(clock.getZone()));
        String what = texts.get(c.command().ledOn() ? "server.command.on" : "server.command.off");
        String qos = String.valueOf(c.qos().level());
        String details = c.retain() ? texts.format("server.command.qosRetained", qos) : texts.format("server.command.qos", qos);
        return new CommandRow(what, time, details, c.command().ledOn());
    }

    private static int clampThreshold(int value) {
        return Math.max(Telemetry.MIN_LIGHT, Math.min(Telemetry.MAX_LIGHT + 1, value));
    }

    private final class Listener implements ServerListener {
        @Override
        public void logged(LogEntry entry) {
            feed.offer(entry);
            if (entry.rejected()) {
                pendingRejection = entry;
            }
        }

        @Override
        public void commandSent(Command command, LogEntry cause) {
            NightlightServer s = server;
            sentFeed.offer(new SentCommand(clock.instant(), command,
                    s == null ? commandQos.get() : s.commandQos(), s != null && s.retainCommands()));
        }

        @Override
        public void commandFailed(Command command, MqttProblem problem) {
            messages.warning("server-command", texts.format("server.commandFailed", phrases.problem(problem)));
        }
    }
}
