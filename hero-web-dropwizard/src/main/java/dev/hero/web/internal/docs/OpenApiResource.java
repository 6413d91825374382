package dev.hero.web.internal.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/** {@code GET /openapi.json}: the OpenAPI document of the given resources. */
@Path("/openapi.json")
public final class OpenApiResource {

    private final String document;

    private OpenApiResource(String document) {
        this.document = document;
    }

    /**
     * The resource serving the document of {@code documentedResources}, built once, now. (A factory
     * rather than a constructor: Jersey inspects a registered resource's constructors and would
     * warn that a {@code Set} parameter is not injectable.)
     *
     * @param documentedResources the resource classes to describe
     * @return the resource
     */
    public static OpenApiResource of(Set<Class<?>> documentedResources) {
        return new OpenApiResource(OpenApiDocument.json(documentedResources));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        return document;
    }
}
