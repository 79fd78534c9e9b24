package lab.nightlight.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import lab.nightlight.ui.connection.ConnectionBarController;
import lab.nightlight.ui.device.DevicePaneController;
import lab.nightlight.ui.server.ServerPaneController;

/** The window's frame: holds the panes' controllers so the window can stop them on close. */
public final class MainViewController {

    @FXML
    private ConnectionBarController connectionBarController;
    @FXML
    private DevicePaneController devicePaneController;
    @FXML
    private ServerPaneController serverPaneController;
    @FXML
    private TabPane views;
    @FXML
    private Tab packetsTab;
    @FXML
    private Tab stadiumTab;

    /** Brings the packets view to the front. */
    void showPackets() {
        views.getSelectionModel().select(packetsTab);
    }

    /** Brings the stadium to the front. */
    void showStadium() {
        views.getSelectionModel().select(stadiumTab);
    }

    /** Fills the packets tab the first time it is chosen. */
    void loadPacketsWhenChosen(java.util.function.Supplier<javafx.scene.Node> view) {
        Views.onFirst(packetsTab.selectedProperty(), () -> packetsTab.setContent(view.get()));
    }

    /** Stops every timer and animation of the panes. */
    void dispose() {
        connectionBarController.dispose();
        devicePaneController.dispose();
        serverPaneController.dispose();
    }
}
