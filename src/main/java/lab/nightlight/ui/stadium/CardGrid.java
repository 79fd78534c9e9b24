package lab.nightlight.ui.stadium;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.TilePane;
import lab.nightlight.ui.Texts;

/**
 * The sensor cards as nodes in their tiled grid. A card costs the FX thread several
 * milliseconds to build and style (mostly CSS: about thirty nodes against the theme's
 * selectors), so ten at once would freeze the window for a moment: new cards wait in a queue
 * and {@link #frame()} builds and styles them for a few milliseconds a frame, in order; the
 * stadium fills up before the class's eyes instead of stalling. The four tooltips are shared by
 * every card.
 */
final class CardGrid {

    /**
     * How long one frame may spend building and styling cards. A card's CSS is most of its cost
     * (measured per card: building 4.6 ms, CSS 15 ms, layout 3 ms), so it is applied here,
     * inside the budget: left to the pulse's own CSS pass it went uncounted, several cards went
     * into one frame, and frames took 50 to 200 ms (StadiumCardsBenchmark). In practice one
     * card a frame.
     */
    static final long BUILD_BUDGET_NANOS = 6_000_000;

    private final TilePane pane;
    private final Texts texts;
    private final Consumer<SensorViewModel> remove;
    private final SensorCard.Tips tips;
    private final ArrayDeque<SensorViewModel> pending = new ArrayDeque<>();
    private final Map<SensorViewModel, SensorCard> shown = new HashMap<>();

    /**
     * @param existing cards the model has already (none unless the view is loaded late)
     */
    CardGrid(TilePane pane, Texts texts, Consumer<SensorViewModel> remove, List<SensorViewModel> existing) {
        this.pane = pane;
        this.texts = texts;
        this.remove = remove;
        tips = new SensorCard.Tips(new Tooltip(texts.get("stadium.card.remove")),
                new Tooltip(texts.get("stadium.card.reading")), new Tooltip(texts.get("stadium.card.commands")),
                new Tooltip(texts.get("stadium.card.noise.hint")));
        pending.addAll(existing);
    }

    /** Follows the model's list: removed cards go at once, added ones join the queue. */
    void changed(ListChangeListener.Change<? extends SensorViewModel> c) {
        while (c.next()) {
            if (c.wasRemoved()) {
                pending.removeAll(c.getRemoved());
                List<SensorCard> gone = new ArrayList<>();
                for (SensorViewModel m : c.getRemoved()) {
                    SensorCard card = shown.remove(m);
                    if (card != null) {
                        card.dispose();
                        gone.add(card);
                    }
                }
                pane.getChildren().removeAll(gone);
            }
            if (c.wasAdded()) {
                pending.addAll(c.getAddedSubList());
            }
        }
    }

    /** Once a frame: builds and styles queued cards for up to {@link #BUILD_BUDGET_NANOS}, at least one. */
    void frame() {
        if (pending.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        do {
            SensorViewModel m = pending.poll();
            SensorCard card = new SensorCard(m, texts, tips, remove);
            shown.put(m, card);
            pane.getChildren().add(card);
            card.applyCss();
        } while (!pending.isEmpty() && System.nanoTime() - start < BUILD_BUDGET_NANOS);
    }

    /**
     * Builds and styles one stand-in card in the grid and lets it go. The first card of a window
     * paid for everything done once: its classes, its lambdas' first links, its nodes' first match
     * against the theme's selectors. That made it a 50-125 ms frame on the first "Add" press, where
     * every later card takes 7-28 ms; after this stand-in (30-45 ms, once) the first real card
     * took 20-66 ms (StadiumCardsBenchmark, the app's JVM options). Call it while the stadium is
     * still empty, once the grid is in the window, so a frame nobody is watching pays instead.
     */
    void warmUp() {
        if (pane.getScene() == null || !shown.isEmpty()) {
            return;
        }
        SensorViewModel standIn = new SensorViewModel(new Sensor("warm-up", 0), texts, () -> { });
        SensorCard card = new SensorCard(standIn, texts, tips, m -> { });
        card.setVisible(false);
        card.setManaged(false);
        pane.getChildren().add(card);
        card.applyCss();
        pane.getChildren().remove(card);
        card.dispose();
    }

    void dispose() {
        pending.clear();
        shown.values().forEach(SensorCard::dispose);
        shown.clear();
        pane.getChildren().clear();
    }
}
