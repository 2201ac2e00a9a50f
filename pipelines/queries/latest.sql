-- The archive's latest state, as views named after the tables: run this first, then any query here.
-- pipelines/query.sh defines these views itself for any archive (pipelines/query.sh --archive=DIR articles).
-- With the DuckDB CLI, from the repository root:
--   cat pipelines/queries/latest.sql pipelines/queries/articles.sql | duckdb
--   (echo "SET VARIABLE archive = '/data/archive';"; cat pipelines/queries/latest.sql pipelines/queries/articles.sql) | duckdb
-- (or once into a database file: duckdb newsfold.duckdb < pipelines/queries/latest.sql).
-- The archive folder is the variable 'archive': 'archive' (the default --output) unless set before.
-- An archive holds every run's rows under <table>/run=NNNNNN/: copies and rejects once each, articles
-- as versions (a new one each run that changed the article), assignments per article version,
-- mentions per extracted version, and an entities snapshot per run. The *_versions views keep it all.
SET VARIABLE archive = coalesce(getvariable('archive'), 'archive');
-- A run counts once _manifest.json lists it: the folders of a run killed while publishing are left out.
CREATE OR REPLACE VIEW published_runs AS
  SELECT lpad(CAST(r.run AS VARCHAR), 6, '0') AS run
  FROM (SELECT unnest(runs) AS r FROM read_json_auto(getvariable('archive') || '/_manifest.json'));
CREATE OR REPLACE VIEW article_versions AS
  SELECT * FROM read_parquet(getvariable('archive') || '/articles/*/*.parquet', hive_partitioning = true)
  WHERE run IN (SELECT run FROM published_runs);
-- The latest version of every article id, without ids superseded by another (a re-dated or merged story).
CREATE OR REPLACE VIEW articles AS
  SELECT * EXCLUDE (superseded_by) FROM article_versions
  QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY version DESC) = 1 AND superseded_by IS NULL;
-- Every copy with its place in its article's latest version; run is the run that archived the file.
-- union_by_name: copies written before the record columns (record_id, ...) existed read them as null.
CREATE OR REPLACE VIEW copies AS
  SELECT s.article_id, s.is_canonical, s.match_rule, s.canonical_copy_id, s.jaccard_to_canonical,
         s.containment_in_canonical, c.*
  FROM read_parquet(getvariable('archive') || '/copies/*/*.parquet', hive_partitioning = true, union_by_name = true) c
  JOIN read_parquet(getvariable('archive') || '/assignments/*/*.parquet', hive_partitioning = false) s USING (copy_id)
  JOIN articles a ON a.article_id = s.article_id AND a.version = s.article_version
  WHERE c.run IN (SELECT run FROM published_runs);
-- The mentions in the current body of every article.
CREATE OR REPLACE VIEW mentions AS
  SELECT m.* EXCLUDE (run)
  FROM read_parquet(getvariable('archive') || '/mentions/*/*.parquet', hive_partitioning = true) m
  JOIN published_runs p ON p.run = m.run
  JOIN articles a ON a.article_id = m.article_id AND a.entities_version = m.article_version;
-- The entities snapshot of the latest run that wrote one.
CREATE OR REPLACE VIEW entities AS
  WITH snapshots AS (SELECT * FROM read_parquet(getvariable('archive') || '/entities/*/*.parquet', hive_partitioning = true)
                     WHERE run IN (SELECT run FROM published_runs))
  SELECT * EXCLUDE (run) FROM snapshots WHERE run = (SELECT max(run) FROM snapshots);
-- Every file any run could not archive, and why; run is the run that saw it.
CREATE OR REPLACE VIEW rejects AS
  SELECT * FROM read_parquet(getvariable('archive') || '/rejects/*/*.parquet', hive_partitioning = true)
  WHERE run IN (SELECT run FROM published_runs);
