package dev.hero.web.internal.api;

import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.NewHero;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps the API's records to the domain's commands and back. */
@Mapper
public interface HeroDtoMapper {

    HeroDtoMapper INSTANCE = Mappers.getMapper(HeroDtoMapper.class);

    NewHero toNewHero(HeroCreate body);

    HeroChanges toChanges(HeroUpdate body);

    @Mapping(target = "id", source = "id.value")
    HeroPublic toPublic(Hero hero);
}
