package cn.fengqiao.patrol.domain.planning;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Who fills a slot: one officer or auxiliary, or two volunteers together. Pairs are values of their
 * own, so a volunteer can never be planned alone — not even for a moment of the solver's search.
 */
public record Crew(String code, List<PatrollerFact> members) {

    public static Crew of(PatrollerFact person) {
        return new Crew(person.code(), List.of(person));
    }

    public static Crew pair(PatrollerFact first, PatrollerFact second) {
        return new Crew(first.code() + "+" + second.code(), List.of(first, second));
    }

    public boolean includes(PatrollerFact person) {
        return members.contains(person);
    }

    public String names() {
        return members.stream().map(PatrollerFact::code).collect(Collectors.joining(" + "));
    }
}
