package eltdeck.ui.deploy;

/** What the deploy tab asks of the window around it: the stack settings dialog, a web page. */
public interface DeployActions {
    /** Opens the stack settings of the profile whose deploy panel this is. */
    void stackSettings(DeployViewModel model);

    /** Opens a page in the system browser. */
    void openInBrowser(String url);
}
