package eltdeck.ui.shell;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The tray icon's four pictures side by side with what each means, drawn by the tray's own code, for the README:
 * {@code java -Djava.awt.headless=true -cp … eltdeck.ui.shell.TrayPicture OUT.png}.
 */
public final class TrayPicture {
    private static final int SIZE = 64;
    private static final int CELL = 150;
    private static final Map<Tray.State, String> MEANS = Map.of(Tray.State.IDLE, "not connected",
            Tray.State.CONNECTING, "connecting", Tray.State.CONNECTED, "connected",
            Tray.State.TROUBLE, "reconnecting, failed");

    private TrayPicture() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: TrayPicture OUT.png");
            System.exit(2);
        }
        BufferedImage base;
        try (InputStream in = TrayPicture.class.getResourceAsStream("/eltdeck/icon.png")) {
            base = ImageIO.read(in);
        }
        Tray.State[] states = Tray.State.values();
        BufferedImage out = new BufferedImage(CELL * states.length, SIZE + 48, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (int i = 0; i < states.length; i++) {
            int x = i * CELL;
            g.drawImage(AwtTray.picture(base, states[i]), x + (CELL - SIZE) / 2, 8, SIZE, SIZE, null);
            String text = MEANS.get(states[i]);
            g.setColor(new Color(0x1f2328));
            g.drawString(text, x + (CELL - g.getFontMetrics().stringWidth(text)) / 2, SIZE + 32);
        }
        g.dispose();
        ImageIO.write(out, "png", Path.of(args[0]).toFile());
    }
}
