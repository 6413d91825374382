package dev.hero.web.internal;

import dev.hero.web.internal.api.HeroPaths;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.UriInfo;

/**
 * Which requests the heroes' filters and error answers apply to: only those to the heroes
 * endpoints when the API is mounted in another service (whose own requests keep the host's
 * behaviour), or every request, in the heroes server.
 */
public enum Scope {

    /** Requests whose path starts with the heroes collection. */
    HEROES {
        @Override
        public boolean covers(UriInfo uri) {
            return HeroPaths.contains(uri);
        }
    },

    /** Every request of the application. */
    EVERY_REQUEST {
        @Override
        public boolean covers(UriInfo uri) {
            return true;
        }
    };

    /**
     * Where the heroes' mappers stand among a host's: ahead of mappers of default priority, so
     * that they, and not a host's mapper of the same exception type, answer the heroes' requests.
     */
    public static final int PRIORITY = Priorities.USER - 100;

    /** Whether the request of {@code uri} is in this scope. */
    public abstract boolean covers(UriInfo uri);
}
