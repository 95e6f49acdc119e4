package io.gradcap.adapters.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gradcap.spi.PortException;
import io.gradcap.spi.StoreRefusedException;
import io.gradcap.spi.StoreRefusedException.Reason;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The allow-list of connection settings: what runs code, loads classes or touches files is refused.
 */
class JdbcUrlsTest {

  private static JdbcUrls.Target checked(String url) {
    return JdbcUrls.checked(url, new Properties(), false);
  }

  private static Properties properties(String key, String value) {
    Properties p = new Properties();
    p.setProperty(key, value);
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'a.sql'|INIT",
        "jdbc:h2:mem:x;init=CALL FILE_WRITE('x', 'out.txt')|init",
        "jdbc:h2:mem:x;Init=SELECT 1|Init",
        "jdbc:h2:./db;DB_CLOSE_DELAY=-1;INIT=CREATE ALIAS EXEC AS 'String e(String c)'|INIT",
        "jdbc:h2:mem:x;TRACE_LEVEL_FILE=3|TRACE_LEVEL_FILE",
        "jdbc:h2:mem:x;AUTO_SERVER=TRUE|AUTO_SERVER",
        "jdbc:h2:mem:x;DATABASE_EVENT_LISTENER=com.example.Listener|DATABASE_EVENT_LISTENER",
        "jdbc:h2:mem:x;JAVA_OBJECT_SERIALIZER=com.example.Serializer|JAVA_OBJECT_SERIALIZER",
        "jdbc:h2:mem:x;IGNORE_UNKNOWN_SETTINGS=TRUE|IGNORE_UNKNOWN_SETTINGS",
        "jdbc:h2:mem:x;RECOVER=TRUE|RECOVER",
        "jdbc:h2:mem:x; INIT=SELECT 1|' INIT'",
        "jdbc:h2:mem:x;IN%49T=SELECT 1|IN%49T",
        "jdbc:postgresql://db/registry?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext|socketFactory",
        "jdbc:postgresql://db/registry?SOCKETFACTORY=x|SOCKETFACTORY",
        "jdbc:postgresql://db/registry?sslfactory=x&user=a|sslfactory",
        "jdbc:postgresql://db/registry?user=a&loggerFile=/tmp/log&loggerLevel=TRACE|loggerFile",
        "jdbc:postgresql://db/registry?sslhostnameverifier=x|sslhostnameverifier",
        "jdbc:postgresql://db/registry?sslpasswordcallback=x|sslpasswordcallback",
        "jdbc:postgresql://db/registry?authenticationPluginClassName=x|authenticationPluginClassName",
        "jdbc:postgresql://db/registry?options=-c%20local_preload_libraries%3Dx|options",
        "jdbc:postgresql://db/registry?sslkey=/etc/key.pk8|sslkey",
        "jdbc:postgresql://db/registry?service=x|service",
        "jdbc:postgresql://db/registry?socket%46actory=x|socket%46actory",
        "jdbc:mariadb://db/registry?allowLocalInfile=true|allowLocalInfile",
        "jdbc:mariadb://db/registry?socketFactory=x|socketFactory",
        "jdbc:mariadb://db/registry?initSql=DROP TABLE x|initSql",
        "jdbc:mariadb://db/registry?sessionVariables=a=1|sessionVariables",
        "jdbc:mariadb://db/registry?createDatabaseIfNotExist=true|createDatabaseIfNotExist",
        "jdbc:mariadb://db/registry?allowMultiQueries=true|allowMultiQueries",
        "jdbc:mariadb://db/registry?tlsSocketType=x|tlsSocketType",
        "jdbc:mysql://db/registry?allowLoadLocalInfile=true|allowLoadLocalInfile",
        "jdbc:mysql://db/registry?autoDeserialize=true|autoDeserialize",
        "jdbc:mysql://db/registry?queryInterceptors=x|queryInterceptors",
        "jdbc:mysql://db/registry?allowUrlInLocalInfile=true|allowUrlInLocalInfile"
      })
  void a_setting_off_the_list_is_refused_and_named(String url, String setting) {
    assertThatThrownBy(() -> checked(url))
        .isInstanceOfSatisfying(
            StoreRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNSAFE_SETTING);
              assertThat(e.subject()).isEqualTo(setting);
              assertThat(e.getMessage()).contains(setting.strip());
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:h2:mem:x;MODE=MySQL\\;INIT=SELECT 1|\\",
        "jdbc:h2:mem:x;LOCK_TIMEOUT=1 CREATE ALIAS|LOCK_TIMEOUT",
        "jdbc:h2:mem:x;MODE=x';RUNSCRIPT|MODE",
        "jdbc:h2:mem:x;ACCESS_MODE_DATA=rw2|ACCESS_MODE_DATA",
        "jdbc:h2:mem:x;SCHEMA=a b|SCHEMA",
        "jdbc:postgresql://db/registry?sslmode=anything|sslmode",
        "jdbc:mariadb://db/registry?connectTimeout=1;x|connectTimeout"
      })
  void a_listed_setting_with_a_value_it_may_not_take_is_refused(String url, String setting) {
    assertThatThrownBy(() -> checked(url))
        .isInstanceOfSatisfying(
            StoreRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.UNSAFE_SETTING);
              assertThat(e.subject()).isEqualTo(setting);
            });
  }

  @Test
  void an_encoded_value_is_checked_as_the_driver_decodes_it() {
    assertThat(checked("jdbc:postgresql://db/registry?sslmode=verify%2Dfull").url())
        .contains("sslmode=verify%2Dfull");
    assertThatThrownBy(
            () -> checked("jdbc:postgresql://db/registry?sslmode=require%26socketFactory%3Dx"))
        .isInstanceOf(StoreRefusedException.class);
    assertThatThrownBy(() -> checked("jdbc:postgresql://db/registry?sslmode=%zz"))
        .isInstanceOf(StoreRefusedException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"INIT|RUNSCRIPT FROM 'a.sql'", "init|SELECT 1", "TRACE_LEVEL_SYSTEM_OUT|3"})
  void the_driver_properties_pass_the_same_list_as_the_url(String key, String value) {
    assertThatThrownBy(() -> JdbcUrls.checked("jdbc:h2:mem:x", properties(key, value), false))
        .isInstanceOfSatisfying(
            StoreRefusedException.class, e -> assertThat(e.subject()).isEqualTo(key));
    assertThatThrownBy(
            () ->
                JdbcUrls.checked("jdbc:postgresql://db/x", properties("socketFactory", "x"), false))
        .isInstanceOf(StoreRefusedException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "jdbc:h2:zip:~/db.zip!/campaign",
        "jdbc:h2:split:./campaign",
        "jdbc:h2:nioMapped:./campaign",
        "jdbc:h2:memFS:campaign",
        "jdbc:h2:async:./campaign"
      })
  void an_h2_file_system_prefix_is_refused(String url) {
    assertThatThrownBy(() -> checked(url))
        .isInstanceOfSatisfying(
            StoreRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNSAFE_SETTING));
  }

  @Test
  void a_server_url_with_settings_inside_its_host_part_is_refused() {
    assertThatThrownBy(
            () ->
                checked(
                    "jdbc:mysql://address=(host=db)(port=3306)(allowLoadLocalInfile=true)/registry"))
        .isInstanceOf(StoreRefusedException.class);
    assertThatThrownBy(() -> checked("jdbc:mariadb://(host=db,initSql=x)/registry"))
        .isInstanceOf(StoreRefusedException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "jdbc:h2:mem:x",
        "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1",
        "jdbc:h2:./campaign",
        "jdbc:h2:~/campaign;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        "jdbc:h2:file:/var/gradcap/campaign;AUTO_RECONNECT=TRUE;AUTO_SERVER=FALSE",
        "jdbc:h2:C:/gradcap/campaign",
        "jdbc:h2:tcp://db:9092/~/campaign;IFEXISTS=TRUE;NON_KEYWORDS=VALUE,KEY",
        "jdbc:h2:mem:x;;user=sa;password=secret;x",
        "jdbc:postgresql://db:5432/registry",
        "jdbc:postgresql://db1:5432,db2:5433/registry?user=gc&password=p%40ss&sslmode=verify-full&targetServerType=primary",
        "jdbc:postgresql:registry",
        "jdbc:mariadb://db/registry?user=root",
        "jdbc:mariadb:sequential://db1,db2,db3/registry?galeraAllowedState=4&transactionReplay=true",
        "jdbc:mysql://db:3306/registry?useSSL=true&serverTimezone=Asia/Shanghai"
      })
  void ordinary_urls_pass_unchanged(String url) {
    if (url.endsWith(";x")) {
      // a setting without a value is not one
      assertThatThrownBy(() -> checked(url)).isInstanceOf(StoreRefusedException.class);
      return;
    }
    assertThat(checked(url).url()).isEqualTo(url);
  }

  @Test
  void a_database_the_adapter_does_not_support_is_a_port_error() {
    assertThatThrownBy(() -> checked("jdbc:sqlite:x.db"))
        .isInstanceOf(PortException.class)
        .isNotInstanceOf(StoreRefusedException.class);
  }

  @Test
  void a_read_only_h2_url_cannot_create_or_write_whatever_the_url_asked() {
    Properties p = properties("IFEXISTS", "FALSE");
    JdbcUrls.Target target =
        JdbcUrls.checked(
            "jdbc:h2:./campaign;ifexists=false;ACCESS_MODE_DATA=rw;MODE=MySQL", p, true);
    assertThat(target.url())
        .isEqualTo("jdbc:h2:./campaign;MODE=MySQL;IFEXISTS=TRUE;ACCESS_MODE_DATA=r");
    assertThat(target.properties()).isEmpty();
  }

  @Test
  void an_h2_url_that_may_not_create_gets_ifexists_but_stays_writable() {
    JdbcUrls.Target target =
        JdbcUrls.checked("jdbc:h2:./campaign;IFEXISTS=FALSE", new Properties(), false, false);
    assertThat(target.url()).isEqualTo("jdbc:h2:./campaign;IFEXISTS=TRUE");
  }

  @Test
  void a_read_only_server_session_is_read_only_whatever_the_url_asked() {
    JdbcUrls.Target pg =
        JdbcUrls.checked(
            "jdbc:postgresql://db/registry?readOnly=false&user=a", new Properties(), true);
    assertThat(pg.url()).isEqualTo("jdbc:postgresql://db/registry?user=a");
    assertThat(pg.properties())
        .containsEntry("readOnly", "true")
        .containsEntry("readOnlyMode", "always");
    JdbcUrls.Target maria =
        JdbcUrls.checked("jdbc:mariadb://db/registry?assureReadOnly=false", new Properties(), true);
    assertThat(maria.url()).isEqualTo("jdbc:mariadb://db/registry");
    assertThat(maria.properties())
        .containsEntry("assureReadOnly", "true")
        .containsEntry("allowLocalInfile", "false");
  }

  @Test
  void a_refused_name_is_shown_escaped_and_cut_short() {
    assertThat(JdbcUrls.shown("IN\u202eIT")).isEqualTo("IN\\u202EIT");
    assertThat(JdbcUrls.shown("K".repeat(100))).hasSize(67);
  }
}
