package dev.hero.web.internal.api;

import dev.hero.application.HeroUseCases;
import dev.hero.domain.HeroId;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.UnitOfWork;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The heroes endpoints. Each method receives the request's {@link UnitOfWork} and calls one use
 * case with it; committing, rolling back and mapping errors happen around it.
 */
@Path("/heroes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class HeroResource {

    /** The path parameter's name, as the original service calls it in its errors. */
    public static final String HERO_ID = "hero_id";

    private final HeroUseCases useCases;
    private final HeroDtoMapper mapper = HeroDtoMapper.INSTANCE;

    public HeroResource(HeroUseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    public HeroPublic create(@Context UnitOfWork work, HeroCreate body) {
        return mapper.toPublic(useCases.createHero().create(work, mapper.toNewHero(RequiredBody.of(body))));
    }

    @GET
    public List<HeroPublic> list(
            @Context UnitOfWork work,
            @QueryParam(PageQuery.OFFSET) String offset,
            @QueryParam(PageQuery.LIMIT) String limit) {
        PageRequest page = PageQuery.parse(offset, limit);
        return useCases.listHeroes().list(work, page).stream().map(mapper::toPublic).toList();
    }

    @GET
    @Path("{" + HERO_ID + "}")
    public HeroPublic get(@Context UnitOfWork work, @PathParam(HERO_ID) long id) {
        return mapper.toPublic(useCases.getHero().get(work, HeroId.of(id)));
    }

    @PATCH
    @Path("{" + HERO_ID + "}")
    public HeroPublic update(@Context UnitOfWork work, @PathParam(HERO_ID) long id, HeroUpdate body) {
        return mapper.toPublic(useCases.updateHero().update(work, HeroId.of(id), mapper.toChanges(RequiredBody.of(body))));
    }

    @DELETE
    @Path("{" + HERO_ID + "}")
    public DeleteResult delete(@Context UnitOfWork work, @PathParam(HERO_ID) long id) {
        useCases.deleteHero().delete(work, HeroId.of(id));
        return DeleteResult.OK;
    }
}
