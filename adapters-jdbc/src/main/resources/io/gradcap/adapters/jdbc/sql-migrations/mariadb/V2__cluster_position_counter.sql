-- On a Galera cluster, every append advances this counter and takes its positions from it: the
-- counter row makes appends on different nodes conflict at certification, so positions commit in
-- the cluster's one order. Single servers keep numbering positions with the auto-increment column.
-- The counter starts from the log's head on its first use (GREATEST with MAX(position)).
ALTER TABLE ${prefix}append_lock ADD COLUMN last_position BIGINT NOT NULL DEFAULT 0;
