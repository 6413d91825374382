package dev.hero.web.internal.uow;

import dev.hero.domain.port.UnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import java.util.function.Function;
import org.glassfish.jersey.model.Parameter.Source;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Resolves resource method parameters {@code @Context UnitOfWork work} straight from the request,
 * as dropwizard-auth resolves {@code @Auth} parameters. The request-scoped binding of
 * {@link UnitOfWorkBinder} gives the same unit of work to any other injection point, but looking it
 * up through HK2's request scope on every request cost a tenth of a {@code GET /heroes/{id}}.
 */
final class UnitOfWorkParameters implements ValueParamProvider {

    private final UnitOfWorkFactory units;

    UnitOfWorkParameters(UnitOfWorkFactory units) {
        this.units = units;
    }

    @Override
    public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
        if (parameter.getSource() == Source.CONTEXT && parameter.getRawType() == UnitOfWork.class) {
            return request -> RequestUnitOfWork.of(request, units);
        }
        return null;
    }

    @Override
    public PriorityType getPriority() {
        return Priority.HIGH;
    }
}
