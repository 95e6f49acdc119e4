/**
 * gradcap core: the domain of a college's graduation campaign. Pure: no JDBC, no files, no network,
 * no console. Storage and I/O come in through {@code io.gradcap.spi}.
 */
module io.gradcap.core {
  requires transitive io.gradcap.spi;
  requires transitive org.jspecify;
  requires com.google.common;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;

  exports io.gradcap.core;
  exports io.gradcap.core.access;
  exports io.gradcap.core.change;
  exports io.gradcap.core.capture;
  exports io.gradcap.core.capture.plan;
  exports io.gradcap.core.certificate;
  exports io.gradcap.core.cohort;
  exports io.gradcap.core.decision;
  exports io.gradcap.core.finding;
  exports io.gradcap.core.image;
  exports io.gradcap.core.campaign;
  exports io.gradcap.core.institution;
  exports io.gradcap.core.record;
  exports io.gradcap.core.recordcard;
  exports io.gradcap.core.verification;
  exports io.gradcap.core.validation;
  exports io.gradcap.core.signoff;
  exports io.gradcap.core.roster;
  exports io.gradcap.core.print;
  exports io.gradcap.core.journal;
  exports io.gradcap.core.progress;
  exports io.gradcap.core.ports;

  uses io.gradcap.spi.table.TableReaderProvider;
  uses io.gradcap.spi.table.TableWriterProvider;
  uses io.gradcap.spi.table.TableAnnotatorProvider;
  uses io.gradcap.spi.event.EventStoreProvider;
  uses io.gradcap.spi.evidence.EvidenceVaultProvider;
  uses io.gradcap.spi.host.CaptureCodesProvider;
  uses io.gradcap.spi.host.TeachingTimetableProvider;
  uses io.gradcap.core.verification.RecordRule;

  provides jakarta.validation.ConstraintValidator with
      io.gradcap.core.internal.validation.EthnicityValidator,
      io.gradcap.core.internal.validation.GenderValidator,
      io.gradcap.core.internal.validation.IdNumberValidator,
      io.gradcap.core.internal.validation.PersonNameValidator,
      io.gradcap.core.internal.validation.StudentNumberValidator;
}
