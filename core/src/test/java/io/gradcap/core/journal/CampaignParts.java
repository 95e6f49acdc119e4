package io.gradcap.core.journal;

import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.recordcard.Roster;
import io.gradcap.core.recordcard.RosterEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's state as values that compare by content: {@link Roster} compares by identity, so two
 * states folded over starts decoded separately are compared part by part, the roster by its
 * entries.
 */
public final class CampaignParts {

  private CampaignParts() {}

  /** Every part of the state; equal lists, equal campaigns. */
  public static List<Object> of(CampaignState state) {
    return List.of(
        state.signOffs(),
        state.changes(),
        state.captures(),
        state.images(),
        state.recordCards().received(),
        state.recordCards().handovers(),
        entries(state.recordCards().roster()));
  }

  /** The roster's entries, class by class. */
  public static List<RosterEntry> entries(Roster roster) {
    List<RosterEntry> entries = new ArrayList<>();
    for (ClassRef c : roster.classes()) {
      entries.addAll(roster.students(c));
    }
    return entries;
  }
}
