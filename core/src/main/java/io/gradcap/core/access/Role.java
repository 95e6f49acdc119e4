package io.gradcap.core.access;

/** The parts people play in the campaign. */
public enum Role {
  /** A graduating student: sees and signs their own record only. */
  STUDENT,
  /** A counsellor or class adviser (辅导员 / 班主任): their classes. */
  COUNSELLOR,
  /** A college's responsible person (负责人) for a task: their college. */
  COLLEGE_RESPONSIBLE,
  /** Academic Affairs Office staff (教务处): everything. */
  OFFICE_STAFF,
  /** The image capture centre: every student it photographs, for capture tasks only. */
  CAPTURE_CENTRE
}
