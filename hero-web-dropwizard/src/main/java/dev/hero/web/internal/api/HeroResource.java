package dev.hero.web.internal.api;

import dev.hero.application.HeroUseCases;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.UnitOfWork;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The heroes endpoints. Each method receives the request's {@link UnitOfWork} and calls one use
 * case with it; committing, rolling back and mapping errors happen around it. A single hero is
 * answered with its {@link HeroETag}; {@code If-Match} makes PATCH and DELETE conditional (checked
 * by the store in the statement that writes), {@code If-None-Match} lets GET answer 304.
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
    public Response create(@Context UnitOfWork work, HeroCreate body) {
        return withETag(useCases.createHero().create(work, mapper.toNewHero(RequiredBody.of(body))));
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
    public Response get(@Context UnitOfWork work, @PathParam(HERO_ID) long id,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Hero hero = useCases.getHero().get(work, HeroId.of(id));
        if (HeroETag.matchesNoneMatch(ifNoneMatch, hero)) {
            return Response.notModified(HeroETag.of(hero)).build();
        }
        return withETag(hero);
    }

    @PATCH
    @Path("{" + HERO_ID + "}")
    public Response update(@Context UnitOfWork work, @PathParam(HERO_ID) long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, HeroUpdate body) {
        HeroId heroId = HeroId.of(id);
        return withETag(useCases.updateHero().update(
                work, heroId, mapper.toChanges(RequiredBody.of(body)), HeroETag.expected(ifMatch, heroId)));
    }

    @DELETE
    @Path("{" + HERO_ID + "}")
    public DeleteResult delete(@Context UnitOfWork work, @PathParam(HERO_ID) long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        HeroId heroId = HeroId.of(id);
        useCases.deleteHero().delete(work, heroId, HeroETag.expected(ifMatch, heroId));
        return DeleteResult.OK;
    }

    private Response withETag(Hero hero) {
        return Response.ok(mapper.toPublic(hero)).tag(HeroETag.of(hero)).build();
    }
}
