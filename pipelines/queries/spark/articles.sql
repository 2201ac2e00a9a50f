-- Articles with the most copies: what was syndicated widely, and from where.
SELECT title, agency, published_date, copy_count, sources
FROM articles
ORDER BY copy_count DESC, published_date DESC NULLS LAST
