-- Articles that mention two given entities (change the two keys).
SELECT a.title, a.published_date, a.copy_count
FROM read_parquet('archive/articles/*.parquet') a
WHERE a.article_id IN (SELECT article_id FROM read_parquet('archive/mentions/*.parquet') WHERE entity_key = 'Hamas')
  AND a.article_id IN (SELECT article_id FROM read_parquet('archive/mentions/*.parquet') WHERE entity_key = 'Russia')
ORDER BY a.published_date;
