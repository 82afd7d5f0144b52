package eltdeck.ui.profile;

/** What the profile's views ask of the window around them: connecting, details, a changed host key, a web page. */
public interface ProfileActions {
    /** Connects the selected profile. */
    void connect();

    /** Disconnects the selected profile. */
    void disconnect();

    /** Shows a message with its technical detail. */
    void showDetails(String message, String detail);

    /** Asks before replacing the saved host key with the one the VM now offers. */
    void replaceHostKey(ProfileViewModel vm);

    /** Opens a page in the system browser. */
    void openInBrowser(String url);
}
