package dev.hero.web.internal.api;

import dev.hero.application.HeroUseCases;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.UnitOfWork;
import dev.hero.web.internal.docs.ErrorSchemas;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/**
 * The heroes endpoints. Each method receives the request's {@link UnitOfWork} and calls one use
 * case with it; committing, rolling back and mapping errors happen around it. Bodies are read and
 * written by {@link HeroJson}, whatever the host's {@code ObjectMapper}. A single hero is
 * answered with its {@link HeroETag}; {@code If-Match} makes PATCH and DELETE conditional (checked
 * by the store in the statement that writes), {@code If-None-Match} lets GET answer 304. The swagger
 * annotations describe the contract in {@code /openapi.json}.
 */
@Path("/" + HeroPaths.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "heroes")
@ApiResponse(responseCode = "422", description = "Validation Error",
        content = @Content(schema = @Schema(implementation = ErrorSchemas.Invalid.class)))
public final class HeroResource {

    /** The path parameter's name, as the original service calls it in its errors. */
    public static final String HERO_ID = "hero_id";

    private static final String NOT_FOUND = "404";

    private final HeroUseCases useCases;
    private final HeroDtoMapper mapper = HeroDtoMapper.INSTANCE;

    public HeroResource(HeroUseCases useCases) {
        this.useCases = useCases;
    }

    @POST
    @Operation(operationId = "createHero", summary = "Create a hero")
    @ApiResponse(responseCode = "200", description = "The stored hero",
            content = @Content(schema = @Schema(implementation = HeroPublic.class)))
    public Response create(@Context UnitOfWork work, @RequestBody(required = true, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HeroCreate.class))) byte[] body) {
        return withETag(useCases.createHero().create(work, mapper.toNewHero(HeroJson.read(body, HeroCreate.class))));
    }

    @GET
    @Operation(operationId = "listHeroes", summary = "List heroes, ordered by id")
    @ApiResponse(responseCode = "200", description = "One page of heroes",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = HeroPublic.class))))
    public Response list(
            @Context UnitOfWork work,
            @Parameter(description = "How many heroes to skip", schema = @Schema(type = "integer", format = "int64", minimum = "0"))
            @QueryParam(PageQuery.OFFSET) String offset,
            @Parameter(description = "How many heroes at most", schema = @Schema(type = "integer", format = "int32", minimum = "0",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
            @QueryParam(PageQuery.LIMIT) String limit) {
        PageRequest page = PageQuery.parse(offset, limit);
        return HeroJson.ok(useCases.listHeroes().list(work, page).stream().map(mapper::toPublic).toList()).build();
    }

    @GET
    @Path("{" + HERO_ID + "}")
    @Operation(operationId = "readHero", summary = "Read one hero")
    @ApiResponse(responseCode = "200", description = "The hero",
            content = @Content(schema = @Schema(implementation = HeroPublic.class)))
    @ApiResponse(responseCode = NOT_FOUND, description = "No hero has this id",
            content = @Content(schema = @Schema(implementation = ErrorSchemas.Message.class)))
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
    @Operation(operationId = "updateHero", summary = "Change the fields present in the body",
            description = "Absent fields keep their value; \"age\": null clears the age.")
    @ApiResponse(responseCode = "200", description = "The updated hero",
            content = @Content(schema = @Schema(implementation = HeroPublic.class)))
    @ApiResponse(responseCode = NOT_FOUND, description = "No hero has this id",
            content = @Content(schema = @Schema(implementation = ErrorSchemas.Message.class)))
    public Response update(@Context UnitOfWork work, @PathParam(HERO_ID) long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HeroUpdate.class))) byte[] body) {
        HeroId heroId = HeroId.of(id);
        return withETag(useCases.updateHero().update(
                work, heroId, mapper.toChanges(HeroJson.read(body, HeroUpdate.class)), HeroETag.expected(ifMatch, heroId)));
    }

    @DELETE
    @Path("{" + HERO_ID + "}")
    @Operation(operationId = "deleteHero", summary = "Delete one hero")
    @ApiResponse(responseCode = "200", description = "Deleted",
            content = @Content(schema = @Schema(implementation = DeleteResult.class)))
    @ApiResponse(responseCode = NOT_FOUND, description = "No hero has this id",
            content = @Content(schema = @Schema(implementation = ErrorSchemas.Message.class)))
    public Response delete(@Context UnitOfWork work, @PathParam(HERO_ID) long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        HeroId heroId = HeroId.of(id);
        useCases.deleteHero().delete(work, heroId, HeroETag.expected(ifMatch, heroId));
        return HeroJson.ok(DeleteResult.OK).build();
    }

    private Response withETag(Hero hero) {
        return HeroJson.ok(mapper.toPublic(hero)).tag(HeroETag.of(hero)).build();
    }
}
