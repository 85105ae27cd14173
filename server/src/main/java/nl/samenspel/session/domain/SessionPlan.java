package nl.samenspel.session.domain;

import java.util.List;
import nl.samenspel.content.RoleSet;
import nl.samenspel.content.Text;
import nl.samenspel.session.domain.agenda.Step;
import nl.samenspel.session.domain.board.Column;

/**
 * Everything a session takes from its content pack and set-up: title, steps, role set, the
 * columns of the flip-overs and the format's own content. Fixed when the session is created.
 */
public record SessionPlan(
        String format,
        String pack,
        String title,
        RoleSet roleSet,
        List<Step> steps,
        Text tableBoardTitle,
        List<Column> tableColumns,
        Text plenaryBoardTitle,
        List<Column> plenaryColumns,
        int maxTableSize,
        int dots,
        boolean tableMayReveal,
        FormatPlan formatPlan) {

    public SessionPlan {
        steps = List.copyOf(steps);
        tableColumns = List.copyOf(tableColumns);
        plenaryColumns = List.copyOf(plenaryColumns);
    }
}
