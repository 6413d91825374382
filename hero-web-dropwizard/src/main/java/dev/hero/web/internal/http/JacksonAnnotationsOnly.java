package dev.hero.web.internal.http;

import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.lang.annotation.Annotation;

/**
 * Hands the body reader and writer only the Jackson annotations of the resource method (for the
 * response) or of its body parameter (for the request).
 *
 * <p>Jackson's JAX-RS provider looks up its cached reader or writer by a key that hashes every
 * annotation it is given, on every request. Annotation hash codes are computed reflectively, member
 * by member, each time; the OpenAPI annotations on our resource methods are nested several levels
 * deep, and hashing them was a fifth of the cost of a {@code GET /heroes/{id}}. Jackson only reads
 * its own annotations there ({@code @JsonView}, {@code @JacksonFeatures}), so dropping the others
 * changes no body.
 */
public final class JacksonAnnotationsOnly implements WriterInterceptor, ReaderInterceptor {

    private static final Annotation[] NONE = new Annotation[0];
    private static final String JACKSON_PACKAGE = "com.fasterxml.jackson";

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        context.setAnnotations(jacksonOnly(context.getAnnotations()));
        context.proceed();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setAnnotations(jacksonOnly(context.getAnnotations()));
        return context.proceed();
    }

    static Annotation[] jacksonOnly(Annotation[] annotations) {
        if (annotations == null) {
            return NONE;
        }
        int count = 0;
        for (Annotation annotation : annotations) {
            count += isJackson(annotation) ? 1 : 0;
        }
        if (count == 0) {
            return NONE;
        }
        Annotation[] kept = new Annotation[count];
        int next = 0;
        for (Annotation annotation : annotations) {
            if (isJackson(annotation)) {
                kept[next++] = annotation;
            }
        }
        return kept;
    }

    private static boolean isJackson(Annotation annotation) {
        return annotation.annotationType().getPackageName().startsWith(JACKSON_PACKAGE);
    }
}
