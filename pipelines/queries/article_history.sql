-- Every version of every article, newest first: the run that wrote it, its canonical copy and copies,
-- and, for an id that no longer names a story, the id that superseded it.
SELECT article_id, version, run, superseded_by, canonical_copy_id, copy_count, entities_version, title
FROM article_versions
ORDER BY article_id, version DESC;
