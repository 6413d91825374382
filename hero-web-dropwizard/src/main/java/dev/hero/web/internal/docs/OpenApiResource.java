package dev.hero.web.internal.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** {@code GET /openapi.json}: the OpenAPI document of the given resources. */
@Path("/openapi.json")
public final class OpenApiResource {

    private final Set<Class<?>> documentedResources;
    private volatile String document;

    private OpenApiResource(Set<Class<?>> documentedResources) {
        this.documentedResources = Set.copyOf(documentedResources);
    }

    /**
     * The resource serving the document of {@code documentedResources}, built once, when first
     * asked for: reading the annotations takes a tenth of the server's start-up. (A factory
     * rather than a constructor: Jersey inspects a registered resource's constructors and would
     * warn that a {@code Set} parameter is not injectable.)
     *
     * @param documentedResources the resource classes to describe
     * @return the resource
     */
    public static OpenApiResource of(Set<Class<?>> documentedResources) {
        return new OpenApiResource(documentedResources);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        String built = document;
        if (built == null) {
            synchronized (this) {
                built = document;
                if (built == null) {
                    built = OpenApiDocument.json(documentedResources);
                    document = built;
                }
            }
        }
        return built;
    }
}
