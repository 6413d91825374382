package dev.hero.web.internal.api;

import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Where the heroes endpoints live: every path whose first segment is {@value #ROOT}. */
public final class HeroPaths {

    /** The first path segment of every heroes endpoint. */
    public static final String ROOT = "heroes";

    private HeroPaths() {
    }

    /** Whether the request is one for the heroes endpoints, matched to a method or not. */
    public static boolean contains(UriInfo uri) {
        List<PathSegment> segments = uri.getPathSegments(true);
        return !segments.isEmpty() && ROOT.equals(segments.get(0).getPath());
    }
}
