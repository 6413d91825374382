package dev.hero.web.internal.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code X-Content-Type-Options: nosniff} on every response the servlets write, set before they
 * run so that error responses carry it too: browsers then never read a JSON answer as a script or
 * a page. Errors Jetty answers on its own get it from {@code JsonErrorHandler}.
 */
public final class NoSniffFilter implements Filter {

    public static final String HEADER = "X-Content-Type-Options";
    public static final String VALUE = "nosniff";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader(HEADER, VALUE);
        }
        chain.doFilter(request, response);
    }
}
