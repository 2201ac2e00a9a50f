-- Articles that mention two given entities (change the two keys).
SELECT a.title, a.published_date, a.copy_count
FROM articles a
WHERE a.article_id IN (SELECT article_id FROM mentions WHERE entity_key = 'Hamas')
  AND a.article_id IN (SELECT article_id FROM mentions WHERE entity_key = 'Russia')
ORDER BY a.published_date;
