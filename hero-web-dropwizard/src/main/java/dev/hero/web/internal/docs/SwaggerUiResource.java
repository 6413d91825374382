package dev.hero.web.internal.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * {@code GET /docs}: Swagger UI, served from the jar. The page and its initializer (pointing at
 * {@code /openapi.json}) are ours; scripts, styles and icons come from the swagger-ui webjar, so
 * the browser loads nothing from the internet.
 */
@Path("/docs")
public final class SwaggerUiResource {

    private static final String OWN_FILES = "/dev/hero/web/docs/";
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png");

    private final List<String> folders = List.of(OWN_FILES, webjarFolder());

    @GET
    public Response page() {
        return file("index.html");
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String name) {
        String type = FILE_NAME.matcher(name).matches() ? TYPES.get(name.substring(name.lastIndexOf('.') + 1)) : null;
        if (type == null) {
            throw new NotFoundException();
        }
        for (String folder : folders) {
            URL file = SwaggerUiResource.class.getResource(folder + name);
            if (file != null) {
                return Response.ok((StreamingOutput) out -> {
                    try (InputStream in = file.openStream()) {
                        in.transferTo(out);
                    }
                }, type).header("Cache-Control", "no-cache").build();
            }
        }
        throw new NotFoundException();
    }

    private static String webjarFolder() {
        try (InputStream in = SwaggerUiResource.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is not on the class path");
            }
            Properties webjar = new Properties();
            webjar.load(in);
            return "/META-INF/resources/webjars/swagger-ui/" + webjar.getProperty("version") + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
