package nl.samenspel.content;

import java.util.List;

/** A perspective in a role envelope: who you play, a short brief and questions to think along. */
public record Role(String id, Text title, Text brief, List<Text> prompts) {
    public Role {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
    }
}
