-- Copies per source and crawl date: WARC records by the day they were fetched (WARC-Date, kept apart
-- from the publication date), JSON Lines records and article files on their own rows. days_after_publication
-- is how long after its publication date a page was crawled (median; null where none is dated).
SELECT CASE WHEN fetch_time IS NOT NULL THEN 'warc'
            WHEN record_offset IS NOT NULL THEN 'json lines'
            ELSE 'file' END AS source,
       left(fetch_time, 10) AS crawl_date,
       count(*) AS copies,
       count(DISTINCT article_id) AS articles,
       count(*) FILTER (WHERE is_canonical) AS canonical_copies,
       count(DISTINCT source_path) AS input_files,
       median(CAST(fetch_time AS TIMESTAMP)::DATE - published_date) AS days_after_publication
FROM copies
GROUP BY ALL
ORDER BY source, crawl_date;
