package eltdeck;

/**
 * The face this process serves: ELT Deck runs either as the window or as the command line, never both at once. Hints in
 * messages made by the shared services name what to do in that face: the window's tab or button, or the command to
 * type (a window user is not sent to a terminal for something the window does).
 */
public enum Face {
    WINDOW, COMMAND_LINE;

    private static volatile Face current = COMMAND_LINE;

    /** Called once by the window or the command line as it starts. */
    public static void serve(Face face) {
        current = face;
    }

    public static Face current() {
        return current;
    }

    /** {@code inWindow} when the window is the face, else {@code onCommandLine}. */
    public static String hint(String inWindow, String onCommandLine) {
        return current == WINDOW ? inWindow : onCommandLine;
    }
}
