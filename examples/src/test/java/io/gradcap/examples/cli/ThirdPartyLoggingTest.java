package io.gradcap.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * On the command line's class path, what POI logs never reaches the console: gradcap prints its own
 * one line.
 */
class ThirdPartyLoggingTest {

  @Test
  void poi_logs_nothing_not_even_a_fatal_parse_error() {
    Logger poi = LogManager.getLogger("org.apache.poi.ooxml.util.XMLHelper");
    assertThat(poi.isFatalEnabled()).isFalse();
    assertThat(poi.isErrorEnabled()).isFalse();
  }
}
