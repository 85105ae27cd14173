package nl.samenspel.format.spearheads;

import nl.samenspel.session.domain.Command;

/** The commands of a spearhead session (wire types {@code spearheads.*}, see docs/PROTOCOL.md). */
public sealed interface SpearheadsCommand extends Command.FormatCommand {

    /** The editable fields of an action, as typed. */
    record ActionFields(String spearhead, String what, String who, String whoText, String when, String firstStep,
                        String status) {}

    record Rate(String factor, int score) implements SpearheadsCommand {}

    record RevealThermometer() implements SpearheadsCommand {}

    /** A new action, optionally made from a sticky note ({@code board} + {@code note}). */
    record AddAction(ActionFields fields, String board, String note) implements SpearheadsCommand {}

    record EditAction(String action, ActionFields fields) implements SpearheadsCommand {}

    /** Moves an action before another one, or to the end when {@code before} is null. */
    record MoveAction(String action, String before) implements SpearheadsCommand {}

    record RemoveAction(String action) implements SpearheadsCommand {}

    record LockActions(boolean locked) implements SpearheadsCommand {}

    record SetSummary(String spearhead, String text) implements SpearheadsCommand {}

    record ReviewAction(String action, String status, String note) implements SpearheadsCommand {}

    record AllowActions(String participant, boolean allowed) implements SpearheadsCommand {}
}
