package io.gradcap.core.capture.plan;

import com.google.common.base.Preconditions;

/**
 * A capture station: a room with cameras working in parallel at a throughput each. It serves one
 * class at a time.
 *
 * @param name a stable name, unique in a problem
 * @param room where students go (the notice's 教103)
 * @param cameras cameras working together, at least one
 * @param throughput each camera's rate
 */
public record Station(String name, String room, int cameras, Throughput throughput) {

  public Station {
    Preconditions.checkArgument(!name.isBlank(), "station name is blank");
    Preconditions.checkArgument(cameras >= 1, "a station has at least one camera");
  }

  /** Seconds {@code headcount} students take here, rounded up. */
  public long seconds(long headcount) {
    return throughput.seconds(headcount, cameras);
  }

  public Station withThroughput(Throughput other) {
    return new Station(name, room, cameras, other);
  }

  public Station withCameras(int n) {
    return new Station(name, room, n, throughput);
  }

  @Override
  public String toString() {
    return name + "@" + room + " " + cameras + "×" + throughput;
  }
}
