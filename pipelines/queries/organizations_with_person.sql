-- Organizations mentioned in the same articles as a person (change the name in the WHERE clause).
SELECT org.entity_key AS organization, count(DISTINCT org.article_id) AS articles
FROM mentions AS person
JOIN mentions AS org ON org.article_id = person.article_id AND org.type = 'ORGANIZATION'
WHERE person.type = 'PERSON' AND person.entity_key = 'Mikhail Bogdanov'
GROUP BY organization
ORDER BY articles DESC, organization;
