-- Who the archive talks about: the people mentioned in the most articles.
SELECT entity_key AS person, article_count, mention_count, first_date, last_date
FROM entities
WHERE type = 'PERSON'
ORDER BY article_count DESC, mention_count DESC, person
LIMIT 20;
