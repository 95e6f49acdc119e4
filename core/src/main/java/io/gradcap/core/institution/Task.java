package io.gradcap.core.institution;

import io.gradcap.core.ErrorCode;
import io.gradcap.core.GradcapException;
import io.gradcap.core.finding.Message;
import java.util.Locale;

/** The tasks a college names responsible persons for, in the order the notice gives them. */
public enum Task {
  /** 核对签名表: fetch the sign-off sheets, have every student check and sign, return them (R2, R5). */
  SIGN_OFF_SHEETS,
  /** 学籍信息变更申请: collect change requests with their evidence and hand them in (R3). */
  CHANGE_REQUESTS,
  /** 证书收集: fill the certificates template (R7). */
  CERTIFICATES,
  /** 学籍卡: collect record cards per class, sorted, bound into a register (R8). */
  RECORD_CARDS,
  /** 图像采集: order the classes inside the college's capture window and help on site (R9, R14). */
  IMAGE_CAPTURE,
  /** 图像核对: see that students check and confirm their images (R16–R18). */
  IMAGE_CONFIRMATION;

  /** The key used in campaign files: {@code sign-off-sheets}, {@code image-capture}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The task with the given {@link #key()}. */
  public static Task ofKey(String key) {
    for (Task task : values()) {
      if (task.key().equals(key)) {
        return task;
      }
    }
    throw new GradcapException(ErrorCode.UNPARSEABLE_VALUE, key, "未知任务 / unknown task");
  }

  /** The task's name in the locale's language. */
  public String label(Locale locale) {
    return Message.of(Institution.MESSAGES, "task." + key()).format(locale);
  }
}
