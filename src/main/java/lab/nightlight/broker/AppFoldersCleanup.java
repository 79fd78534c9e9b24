package lab.nightlight.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lab.nightlight.system.AppFolders;

/** Removes the broker's working folder, never failing a start or stop because of it. */
final class AppFoldersCleanup {

    private AppFoldersCleanup() {
    }

    static void delete(Path folder) {
        try {
            AppFolders.deleteTree(folder);
        } catch (RuntimeException e) {
            // Leftovers are removed by the next start's sweep.
        }
    }

    /** Removes folders of brokers whose process is gone (a killed app cannot clean up after itself). */
    static void sweepLeftovers(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            children.filter(p -> p.getFileName().toString().startsWith("broker-")).forEach(p -> {
                String[] parts = p.getFileName().toString().split("-");
                try {
                    long pid = Long.parseLong(parts[1]);
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        return;
                    }
                } catch (RuntimeException e) {
                    return;
                }
                delete(p);
            });
        } catch (IOException e) {
            // Best effort only.
        }
    }
}
