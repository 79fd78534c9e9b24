package lab.nightlight.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import lab.nightlight.ui.connection.ConnectionBarController;
import lab.nightlight.ui.device.DevicePaneController;
import lab.nightlight.ui.packets.PacketsController;
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
    private PacketsController packetsViewController;
    @FXML
    private TabPane views;
    @FXML
    private Tab packetsTab;

    /** Brings the packets view to the front. */
    void showPackets() {
        views.getSelectionModel().select(packetsTab);
    }

    /** Stops every timer and animation of the panes. */
    void dispose() {
        connectionBarController.dispose();
        devicePaneController.dispose();
        serverPaneController.dispose();
        packetsViewController.dispose();
    }
}
