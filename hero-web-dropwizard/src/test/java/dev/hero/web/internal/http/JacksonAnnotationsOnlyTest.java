package dev.hero.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.ws.rs.GET;
import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class JacksonAnnotationsOnlyTest {

    @GET
    @Operation(summary = "documented")
    @JsonView(Object.class)
    void annotated() {
    }

    @GET
    @Operation(summary = "documented")
    void notJackson() {
    }

    private static Annotation[] annotationsOf(String method) throws NoSuchMethodException {
        return JacksonAnnotationsOnlyTest.class.getDeclaredMethod(method).getAnnotations();
    }

    @Test
    void keeps_the_jackson_annotations_and_drops_the_others() throws Exception {
        Annotation[] kept = JacksonAnnotationsOnly.jacksonOnly(annotationsOf("annotated"));

        assertThat(kept).extracting(Annotation::annotationType).containsExactly(JsonView.class);
    }

    @Test
    void leaves_nothing_when_no_annotation_is_jacksons() throws Exception {
        assertThat(JacksonAnnotationsOnly.jacksonOnly(annotationsOf("notJackson"))).isEmpty();
        assertThat(JacksonAnnotationsOnly.jacksonOnly(null)).isEmpty();
    }
}
