package dev.hero.web.internal.security;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.server.SimpleServerFactory;
import io.dropwizard.jetty.ConnectorFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** Finds the application connectors reachable from other machines: those not bound to a loopback address. */
public final class ExposureCheck {

    private ExposureCheck() {
    }

    /** The bind hosts ({@code "*"} for every interface) of application connectors not on loopback. */
    public static List<String> publicApplicationHosts(ServerFactory server) {
        List<ConnectorFactory> connectors = new ArrayList<>();
        if (server instanceof DefaultServerFactory factory) {
            connectors.addAll(factory.getApplicationConnectors());
        } else if (server instanceof SimpleServerFactory factory) {
            connectors.add(factory.getConnector());
        }
        List<String> hosts = new ArrayList<>();
        for (ConnectorFactory connector : connectors) {
            String host = connector instanceof HttpConnectorFactory http ? http.getBindHost() : null;
            if (!isLoopback(host)) {
                hosts.add(host == null || host.isBlank() ? "*" : host);
            }
        }
        return hosts;
    }

    private static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
