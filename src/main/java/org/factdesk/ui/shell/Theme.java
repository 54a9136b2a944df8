package org.factdesk.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The light and dark looks: AtlantaFX's Primer themes, with Factdesk's own stylesheet on top. */
public final class Theme {

    private Theme() {
    }

    /** Switches every window of the app; JavaFX thread. */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Factdesk's own rules shared by all panes (fact colours, status bar). */
    public static String workstationStylesheet() {
        return Theme.class.getResource("workstation.css").toExternalForm();
    }
}
