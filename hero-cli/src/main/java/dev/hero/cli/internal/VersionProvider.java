package dev.hero.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code hero-cli.properties} at build time. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/hero-cli.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"hero " + properties.getProperty("version", "(unknown version)")};
    }
}
