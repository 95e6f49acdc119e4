-- gradcap's tables. Positions come from an auto-increment column: increasing, gaps allowed.
-- Texts compare byte for byte (utf8mb4_bin): stream ids and keys are exact, never case-folded.
CREATE TABLE ${prefix}events (
  position BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  stream_id VARCHAR(200) NOT NULL,
  version BIGINT NOT NULL,
  type VARCHAR(100) NOT NULL,
  payload LONGBLOB NOT NULL,
  actor VARCHAR(100) NOT NULL,
  recorded_at BIGINT NOT NULL,
  idempotency_key VARCHAR(100) NOT NULL,
  CONSTRAINT ${bare}events_stream_version UNIQUE (stream_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}appends (
  idempotency_key VARCHAR(100) NOT NULL PRIMARY KEY,
  stream_id VARCHAR(200) NOT NULL,
  first_version BIGINT NOT NULL,
  last_version BIGINT NOT NULL,
  fingerprint VARBINARY(32) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row, locked by every append so that positions become visible in increasing order.
CREATE TABLE ${prefix}append_lock (
  id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;
INSERT INTO ${prefix}append_lock (id) VALUES (1);

CREATE TABLE ${prefix}snapshots (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  format VARCHAR(100) NOT NULL,
  position BIGINT NOT NULL,
  state LONGBLOB NOT NULL,
  taken_at BIGINT NOT NULL,
  INDEX ${bare}snapshots_name_position (name, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${prefix}evidence (
  sha256 CHAR(64) NOT NULL PRIMARY KEY,
  size BIGINT NOT NULL,
  kind VARCHAR(200) NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  media_type VARCHAR(200) NOT NULL,
  pages INT NOT NULL,
  uploaded_by VARCHAR(200) NOT NULL,
  uploaded_at BIGINT NOT NULL,
  content LONGBLOB NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only for real: the database itself refuses to change or remove an event.
-- (MySQL-family TRUNCATE bypasses triggers; revoke DROP from the application's user for that.)
CREATE TRIGGER ${bare}events_no_update BEFORE UPDATE ON ${prefix}events FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gradcap: events are append-only; rows are never updated or deleted';
CREATE TRIGGER ${bare}events_no_delete BEFORE DELETE ON ${prefix}events FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gradcap: events are append-only; rows are never updated or deleted';
CREATE TRIGGER ${bare}appends_no_update BEFORE UPDATE ON ${prefix}appends FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gradcap: appends are append-only; rows are never updated or deleted';
CREATE TRIGGER ${bare}appends_no_delete BEFORE DELETE ON ${prefix}appends FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'gradcap: appends are append-only; rows are never updated or deleted';
