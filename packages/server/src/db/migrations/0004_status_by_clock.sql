-- A track's status is decided when it is read: by the clock (its application window) and by its seats,
-- with the SDK's trackStatusAt, the same rule the mock and the widgets apply. The stored column that
-- derived it from the seats alone could not know the time.
ALTER TABLE learning_tracks DROP COLUMN live_status;
