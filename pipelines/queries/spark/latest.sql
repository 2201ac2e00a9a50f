-- The archive's latest state as temporary views named after the tables (Spark SQL); run these
-- statements first, then any query here. It reads the archive in 'archive/'; change the paths for
-- another folder. Spark adds each run's folder name as a column, run. See ../latest.sql for the model.
-- Unlike ../latest.sql these views do not filter on _manifest.json (Spark skips files named _*): they also
-- read the folder of a run killed while publishing, until the next run deletes it.
CREATE OR REPLACE TEMPORARY VIEW article_versions AS SELECT * FROM parquet.`archive/articles`;
-- The latest version of every article id, without ids superseded by another.
CREATE OR REPLACE TEMPORARY VIEW articles AS
  SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY article_id ORDER BY version DESC) AS version_rank
                 FROM article_versions)
  WHERE version_rank = 1 AND superseded_by IS NULL;
-- Every copy with its place in its article's latest version.
CREATE OR REPLACE TEMPORARY VIEW copies AS
  SELECT s.article_id, s.is_canonical, s.match_rule, s.canonical_copy_id, s.jaccard_to_canonical,
         s.containment_in_canonical, c.*
  FROM parquet.`archive/copies` c
  JOIN parquet.`archive/assignments` s ON s.copy_id = c.copy_id
  JOIN articles a ON a.article_id = s.article_id AND a.version = s.article_version;
CREATE OR REPLACE TEMPORARY VIEW rejects AS SELECT * FROM parquet.`archive/rejects`;
