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

    public OpenApiResource(Set<Class<?>> documentedResources) {
        this.document = OpenApiDocument.json(documentedResources);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        return document;
    }
}
