package eltdeck.ui.shell;

import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tray through AWT's {@link SystemTray}: the app's icon with a coloured dot for the state. Every AWT call runs on
 * the AWT event thread, every menu action on the FX thread.
 */
final class AwtTray implements Tray {
    private static final Map<State, Color> DOTS = new EnumMap<>(Map.of(State.IDLE, new Color(0x8c959f),
            State.CONNECTING, new Color(0xd4a72c), State.CONNECTED, new Color(0x2da44e), State.TROUBLE, new Color(0xcf222e)));
    private static final Logger LOG = LoggerFactory.getLogger(AwtTray.class);

    private final Map<State, BufferedImage> pictures = new EnumMap<>(State.class);
    private TrayIcon icon;
    private Runnable activate = () -> { };

    private AwtTray(BufferedImage base) {
        DOTS.forEach((state, colour) -> pictures.put(state, withDot(base, colour)));
    }

    /** The tray of this desktop; empty where there is none (headless, or a desktop without a tray). Off the FX thread. */
    static Optional<Tray> ifSupported() {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.empty();
        }
        try (InputStream in = AwtTray.class.getResourceAsStream("/eltdeck/icon.png")) {
            BufferedImage base = ImageIO.read(in);
            boolean[] supported = {false};
            EventQueue.invokeAndWait(() -> supported[0] = SystemTray.isSupported());
            return supported[0] ? Optional.of(new AwtTray(base)) : Optional.empty();
        } catch (IOException | InvocationTargetException | RuntimeException e) {
            LOG.warn("No system tray: {}", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The picture for {@code state}: the app's icon with the state's dot (package-wide for the README's tray picture). */
    static BufferedImage picture(BufferedImage base, State state) {
        return withDot(base, DOTS.get(state));
    }

    private static BufferedImage withDot(BufferedImage base, Color colour) {
        BufferedImage picture = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.drawImage(base, 0, 0, null);
        int d = base.getWidth() / 2;
        g.setColor(Color.WHITE);
        g.fillOval(base.getWidth() - d, base.getHeight() - d, d, d);
        g.setColor(colour);
        int rim = Math.max(1, d / 8);
        g.fillOval(base.getWidth() - d + rim, base.getHeight() - d + rim, d - 2 * rim, d - 2 * rim);
        g.dispose();
        return picture;
    }

    @Override
    public void show(State state, String tooltip, List<Item> menu) {
        EventQueue.invokeLater(() -> {
            PopupMenu popup = new PopupMenu();
            for (Item item : menu) {
                MenuItem entry = new MenuItem(item.label());
                entry.addActionListener(e -> Platform.runLater(item.action()));
                popup.add(entry);
            }
            activate = menu.get(0).action();
            if (icon == null) {
                icon = new TrayIcon(pictures.get(state), tooltip, popup);
                icon.setImageAutoSize(true);
                icon.addActionListener(e -> Platform.runLater(activate));
                try {
                    SystemTray.getSystemTray().add(icon);
                } catch (java.awt.AWTException e) {
                    LOG.warn("Could not put the icon in the system tray: {}", e.getMessage());
                }
            } else {
                icon.setImage(pictures.get(state));
                icon.setToolTip(tooltip);
                icon.setPopupMenu(popup);
            }
        });
    }

    @Override
    public void remove() {
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
                icon = null;
            }
        });
    }
}
