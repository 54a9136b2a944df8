package org.factdesk.app.cli;

import org.factdesk.logic.about.ProductVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build wrote, as {@link ProductVersion} reads it. Stateless; any thread. */
final class BuildVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"factdesk " + ProductVersion.current()};
    }
}
