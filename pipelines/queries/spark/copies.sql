-- Every copy of every article: which copy is canonical, and how the others matched it.
SELECT a.title, c.relative_path, c.format, c.match_rule, c.is_canonical,
       round(c.jaccard_to_canonical, 3) AS jaccard, round(c.containment_in_canonical, 3) AS containment
FROM copies c
JOIN articles a USING (article_id)
ORDER BY a.title, c.is_canonical DESC, c.relative_path
