package io.gradcap.core.certificate;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * A valid level or grade of a certificate, and the other ways colleges write it.
 *
 * @param name the level as the catalogue names it ({@code 二级})
 * @param aliases other spellings accepted for it ({@code 2级})
 */
public record CertificateLevel(String name, List<String> aliases) {
  public CertificateLevel {
    Preconditions.checkArgument(!name.isBlank(), "a level needs a name");
    aliases = List.copyOf(aliases);
  }

  public static CertificateLevel of(String name, String... aliases) {
    return new CertificateLevel(name, List.of(aliases));
  }

  /** Whether the text, without spaces, is this level. */
  public boolean matches(String text) {
    String t = CertificateCatalogue.fold(text);
    return CertificateCatalogue.fold(name).equals(t)
        || aliases.stream().anyMatch(a -> CertificateCatalogue.fold(a).equals(t));
  }
}
