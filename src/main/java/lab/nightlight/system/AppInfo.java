package lab.nightlight.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app is and what it is made of: its version (from the jar's manifest) and the
 * third-party components it bundles with their licences, read from the same
 * THIRD-PARTY-LICENSES.md the installers ship beside the app.
 */
public final class AppInfo {

    static final String LICENCES = "/lab/nightlight/about/THIRD-PARTY-LICENSES.md";

    /** One row of the components table. */
    public record Component(String name, String version, String licence) {
    }

    private AppInfo() {
    }

    /** The released version, or null when running from classes (a development build). */
    public static String version() {
        return AppInfo.class.getPackage().getImplementationVersion();
    }

    /** The Java runtime the app runs on, e.g. "17.0.15 (Eclipse Adoptium)". */
    public static String javaRuntime() {
        return System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                + System.getProperty("java.vendor", "?") + ")";
    }

    /** The whole licences file, as shipped. */
    public static String licencesText() {
        try (InputStream in = AppInfo.class.getResourceAsStream(LICENCES)) {
            if (in == null) {
                throw new IllegalStateException(LICENCES + " is missing from the class path (see pom.xml, resources)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every component in the file's tables (runtime and libraries), in the file's order. */
    public static List<Component> components() {
        return components(licencesText());
    }

    static List<Component> components(String markdown) {
        List<Component> rows = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("|") || trimmed.startsWith("|---") || trimmed.startsWith("| Component ")) {
                continue;
            }
            String[] cells = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length())
                    .split("\\|");
            if (cells.length == 3) {
                rows.add(new Component(clean(cells[0]), clean(cells[1]), clean(cells[2])));
            }
        }
        return rows;
    }

    /** Table cells use `code` for Maven coordinates; a dialog shows them plain. */
    private static String clean(String cell) {
        return cell.trim().replace("`", "");
    }
}
