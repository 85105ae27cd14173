package nl.samenspel.session.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import nl.samenspel.Samenspel;
import nl.samenspel.format.dilemma.DilemmaCommand;
import nl.samenspel.json.Json;
import nl.samenspel.session.domain.Command;
import nl.samenspel.session.view.Audience;
import org.junit.jupiter.api.Test;

/** Every session bus message crosses between nodes and arrives equal, frames byte for byte. */
class BusCodecTest {

    private final ObjectMapper json = new Json(Samenspel.formats().jsonTypes()).records();

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T message) {
        BusCodec<T> codec = BusCodec.of((Class<T>) message.getClass(), json);
        Buffer wire = Buffer.buffer("prefix");
        codec.encodeToWire(wire, message);
        wire.appendString("after");
        return codec.decodeFromWire("prefix".length(), wire);
    }

    @Test
    void everyMessageTypeArrivesEqual() {
        Buffer frame = Buffer.buffer("{\"type\":\"event\",\"text\":\"één ✓\"}");
        List<Object> messages = List.of(
                new ActorMessage.Attach("m1", "tok", 42),
                new ActorMessage.Join("m2", "Anna", null),
                new ActorMessage.Submit("p:abc", "m3", new Command.AddNote("plenary", "ideas", "Een idee ✓", null)),
                new ActorMessage.Submit("f", "m4", new Command.GroupNotes("b", List.of("n1", "n2"), "groep")),
                new ActorMessage.Submit("p:abc", null, new DilemmaCommand.Choose("a", "omdat")),
                new ActorMessage.Submit("f", "m5", new Command.OpenEnvelope()),
                new ActorMessage.Resync("p:abc", 41),
                new ActorMessage.Report("ftok"),
                new ActorMessage.Inspect(null),
                new ActorReply.Attached("p:abc", 9, frame, List.of(frame, Buffer.buffer("x")), true),
                new ActorReply.Accepted(7),
                new ActorReply.Rejected("bad_token", "nee", null),
                new ActorReply.Inspected(new JsonObject().put("a", 1).put("b", new JsonObject().put("c", "d"))),
                new ActorReply.Reported("dilemma", new JsonObject().put("rounds", 3)),
                new ActorReply.Outbound(12, List.of(
                        new ActorReply.Delivery(Audience.all().without("p1"), 11, frame),
                        new ActorReply.Delivery(Audience.participantsAndStaff(Set.of("p2", "p3")), 12, Buffer.buffer()))));
        for (Object m : messages) assertEquals(m, roundTrip(m), m.getClass().getSimpleName());
        assertEquals(ActorMessage.class.getPermittedSubclasses().length + ActorReply.class.getPermittedSubclasses().length,
                messages.stream().map(Object::getClass).distinct().count(), "every message type is covered");
    }

    @Test
    void onlyCommandsAreEverDecoded() {
        BusCodec<ActorMessage.Submit> codec = BusCodec.of(ActorMessage.Submit.class, json);
        // A Submit whose command claims to be some other class: refused before anything is built from it.
        Buffer forged = Buffer.buffer().appendInt(0);
        for (String part : List.of("f", "m", "java.lang.ProcessBuilder", "{}")) {
            forged.appendInt(part.length()).appendString(part);
        }
        forged.setInt(0, forged.length() - 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> codec.decodeFromWire(0, forged));
        assertTrue(e.getMessage().contains("command"), e.getMessage());
    }
}
