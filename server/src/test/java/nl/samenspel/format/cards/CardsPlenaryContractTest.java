package nl.samenspel.format.cards;

import io.vertx.core.json.JsonObject;

/** The contract again for a card game played as one group, in free turn order. */
class CardsPlenaryContractTest extends CardsContractTest {

    @Override
    protected JsonObject options() {
        return new JsonObject().put("cards", 40).put("grouping", "plenary").put("turnOrder", "free");
    }
}
