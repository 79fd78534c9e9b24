package lab.nightlight.ui.packets;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import lab.nightlight.trace.Packet;
import lab.nightlight.trace.Vantage;
import lab.nightlight.ui.Texts;
import lab.nightlight.ui.messages.MessagesViewModel;

/**
 * Binds the packets view to its {@link SequenceModel}: an {@link AnimationTimer} takes a capped
 * number of queued packets per frame (one every {@link #SLOW_NANOS} in slow motion, drawn growing
 * across), redraws only when something changed, and hit-tests clicks to select an arrow.
 * Files are written on the background executor.
 */
public final class PacketsController {

    static final long SLOW_NANOS = 700_000_000L;

    private final SequenceModel model;
    private final Texts texts;
    private Vantage vantage;
    private final Executor background;
    private final Executor fx;
    private final MessagesViewModel messages;
    private final ObservableBooleanValue dark;
    private final Canvas canvas = new Canvas();
    private SequenceRenderer renderer;
    private Map<Lifeline, String> names;
    private AnimationTimer frames;
    private boolean dirty = true;
    private int back;
    private long lastSlow;
    private double progress = 1;

    @FXML
    private Label vantageLabel;
    @FXML
    private ToggleButton packetsPauseButton;
    @FXML
    private Button stepButton;
    @FXML
    private ToggleButton slowButton;
    @FXML
    private CheckBox hidePingsBox;
    @FXML
    private Label statusLabel;
    @FXML
    private Pane canvasHolder;
    @FXML
    private Label detailsFields;
    @FXML
    private Label detailsExplanation;

    public PacketsController(SequenceModel model, Texts texts, Vantage vantage, Executor background, Executor fx,
                             MessagesViewModel messages, ObservableBooleanValue dark) {
        this.model = model;
        this.texts = texts;
        this.vantage = vantage;
        this.background = background;
        this.fx = fx;
        this.messages = messages;
        this.dark = dark;
    }

    @FXML
    private void initialize() {
        names = new EnumMap<>(Lifeline.class);
        names.put(Lifeline.DEVICE, texts.get("packets.lifeline.device"));
        names.put(Lifeline.BROKER, texts.get("packets.lifeline.broker"));
        names.put(Lifeline.SERVER, texts.get("packets.lifeline.server"));
        names.put(Lifeline.OTHER, texts.get("packets.lifeline.other"));
        renderer = new SequenceRenderer(names);
        showVantage(vantage);
        canvasHolder.getChildren().add(canvas);
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.widthProperty().addListener(o -> dirty = true);
        canvas.heightProperty().addListener(o -> dirty = true);
        dark.addListener((o, a, b) -> dirty = true);
        canvas.setOnMouseClicked(e -> {
            int i = SequenceRenderer.hit(e.getY(), model.arrows().size(), canvas.getHeight(), back);
            model.selectedProperty().set(i < 0 ? null : model.arrows().get(i));
        });
        canvas.setOnScroll(e -> {
            int rows = (int) Math.signum(e.getDeltaY()) * 3;
            back = Math.max(0, Math.min(model.arrows().size() - 1, back + rows));
            dirty = true;
        });
        packetsPauseButton.selectedProperty().bindBidirectional(model.pausedProperty());
        stepButton.disableProperty().bind(model.pausedProperty().not());
        slowButton.selectedProperty().bindBidirectional(model.slowMotionProperty());
        hidePingsBox.selectedProperty().bindBidirectional(model.hidePingsProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        model.arrows().addListener((javafx.collections.ListChangeListener<Arrow>) c -> dirty = true);
        model.selectedProperty().addListener((o, a, b) -> {
            showDetails(b);
            dirty = true;
        });
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        frames.start();
    }

    private void frame(long now) {
        if (model.slowMotionProperty().get() && !model.pausedProperty().get()) {
            if (now - lastSlow >= SLOW_NANOS) {
                int before = model.arrows().size();
                model.frame(1);
                if (model.arrows().size() != before || before == SequenceModel.CAPACITY) {
                    lastSlow = now;
                }
            }
            double p = Math.min(1, (now - lastSlow) / (SLOW_NANOS * 0.6));
            if (p != progress) {
                progress = p;
                dirty = true;
            }
        } else {
            model.frame(SequenceModel.PER_FRAME);
            progress = 1;
        }
        if (dirty) {
            dirty = false;
            renderer.draw(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), model.arrows(),
                    model.selectedProperty().get(), back, progress, dark.get());
        }
    }

    private void showDetails(Arrow a) {
        if (a == null) {
            detailsFields.setText(texts.get("packets.details.none"));
            detailsExplanation.setText("");
            return;
        }
        Packet p = a.packet();
        detailsFields.setText(texts.format("packets.details.fields", p.type().name(), p.clientId(),
                names.get(a.from()) + " → " + names.get(a.to()), p.packetId() > 0 ? Integer.toString(p.packetId()) : "-",
                p.qos() >= 0 ? Integer.toString(p.qos()) : "-", Boolean.toString(p.retain()), Boolean.toString(p.dup()),
                p.topic() == null ? "-" : p.topic(), p.preview() == null ? "-" : p.preview(),
                p.detail() == null || p.detail().isEmpty() ? "-" : p.detail(), p.at().toString()));
        detailsExplanation.setText(texts.get(p.type().explanationKey()));
    }

    @FXML
    private void step() {
        model.step();
    }

    @FXML
    private void clear() {
        back = 0;
        model.clear();
    }

    @FXML
    private void exportText() {
        File file = choose("packets.txt", "*.txt");
        if (file == null) {
            return;
        }
        String text = model.asText();
        background.execute(() -> report(file, () -> Files.writeString(file.toPath(), text, StandardCharsets.UTF_8)));
    }

    @FXML
    private void exportPng() {
        File file = choose("packets.png", "*.png");
        if (file == null) {
            return;
        }
        BufferedImage image = SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null);
        background.execute(() -> report(file, () -> ImageIO.write(image, "png", file)));
    }

    private interface Write {
        void run() throws IOException;
    }

    private void report(File file, Write write) {
        try {
            write.run();
            fx.execute(() -> messages.success("packets", texts.format("packets.export.done", file)));
        } catch (IOException e) {
            fx.execute(() -> messages.error("packets", texts.format("packets.export.failed", file, e.getMessage())));
        }
    }

    private File choose(String name, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern, pattern));
        return chooser.showSaveDialog(canvas.getScene().getWindow());
    }

    public void dispose() {
        if (frames != null) {
            frames.stop();
        }
    }

    /** Where the packets are seen: inside the embedded broker, or at the two clients. On the FX thread. */
    public void showVantage(Vantage now) {
        vantage = now;
        vantageLabel.setText(texts.get(now == Vantage.BROKER ? "packets.vantage.broker" : "packets.vantage.client"));
    }
}
