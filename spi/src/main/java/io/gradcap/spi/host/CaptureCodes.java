package io.gradcap.spi.host;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The host's view of CHSI capture codes (R11): the library never reaches CHSI itself. */
public interface CaptureCodes {

  /** The student's status; a student the host does not know holds no code. */
  CaptureCodeStatus status(String studentNumber);

  /** The statuses of many students, in the order asked; hosts may answer this in one query. */
  default Map<String, CaptureCodeStatus> statuses(Collection<String> studentNumbers) {
    Map<String, CaptureCodeStatus> result = new LinkedHashMap<>();
    for (String number : studentNumbers) {
      result.put(number, status(number));
    }
    return result;
  }
}
