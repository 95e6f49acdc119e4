package io.gradcap.core.journal;

import static io.gradcap.core.journal.CampaignScenario.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.gradcap.core.decision.CampaignEvent;
import io.gradcap.core.recordcard.ClassRef;
import io.gradcap.core.signoff.SignOff;
import io.gradcap.core.signoff.SignOffEvent;
import io.gradcap.core.signoff.SignOffState;
import io.gradcap.core.testing.InMemoryEventStore;
import io.gradcap.spi.event.StoredEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FoldTest {

  @Test
  void sign_offs_folded_row_by_row_are_what_sign_off_evolve_makes_of_each_class() {
    InMemoryEventStore store = new InMemoryEventStore();
    CampaignJournal journal = CampaignScenario.journal(store).start(START).build();
    journal.open();
    CampaignScenario.run(journal);

    Fold fold = Fold.of(START);
    Map<ClassRef, SignOffState> expected = new LinkedHashMap<>(START.signOffs());
    int signOffEvents = 0;
    for (StoredEvent stored : store.readAll(1, Integer.MAX_VALUE).events()) {
      CampaignEvent event = JournalCodec.instance().decode(stored);
      fold.accept(stored, event);
      if (event instanceof SignOffEvent e) {
        signOffEvents++;
        ClassRef sheet =
            expected.entrySet().stream()
                .filter(s -> s.getValue().outcomes().containsKey(e.student()))
                .findFirst()
                .orElseThrow()
                .getKey();
        expected.put(sheet, SignOff.evolve(expected.get(sheet), e));
        // Asking for the state between events gathers the rows so far; folding goes on from there.
        if (signOffEvents % 2 == 0) {
          assertThat(fold.state().signOffs()).isEqualTo(expected);
        }
      }
    }
    assertThat(signOffEvents).isGreaterThan(3);
    assertThat(fold.state().signOffs()).isEqualTo(expected);
    assertThat(fold.state()).isEqualTo(journal.state());
  }
}
