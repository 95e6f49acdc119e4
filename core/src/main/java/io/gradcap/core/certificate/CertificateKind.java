package io.gradcap.core.certificate;

import com.google.common.base.Preconditions;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A certificate the catalogue knows, with its valid levels.
 *
 * @param name its name ({@code 全国计算机等级考试})
 * @param aliases other names colleges write, such as abbreviations ({@code NCRE}, {@code 计算机二级})
 * @param levels its levels; empty if it has none, or only a score
 * @param levelPattern what the level cell holds instead (a score such as {@code [0-9]{3}}), if
 *     anything
 */
public record CertificateKind(
    String name,
    List<String> aliases,
    List<CertificateLevel> levels,
    @Nullable String levelPattern) {
  public CertificateKind {
    Preconditions.checkArgument(!name.isBlank(), "a certificate needs a name");
    aliases = List.copyOf(aliases);
    levels = List.copyOf(levels);
    if (levelPattern != null) {
      Pattern.compile(levelPattern);
    }
  }

  /** The level the text names, if it is one of this certificate's levels. */
  public Optional<CertificateLevel> level(String text) {
    return levels.stream().filter(l -> l.matches(text)).findFirst();
  }

  /** Whether the text is a valid level: one of the levels, or what the pattern allows. */
  public boolean acceptsLevel(String text) {
    if (level(text).isPresent()) {
      return true;
    }
    if (levelPattern != null
        && Pattern.compile(levelPattern).matcher(CertificateCatalogue.fold(text)).matches()) {
      return true;
    }
    return levels.isEmpty() && levelPattern == null;
  }

  /** Every name the certificate goes by, its own first. */
  List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
        .toList();
  }
}
