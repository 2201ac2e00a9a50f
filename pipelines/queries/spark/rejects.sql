-- Files that did not become copies, and why.
SELECT reason, stage, count(*) AS files, any_value(detail) AS example
FROM rejects
GROUP BY reason, stage
ORDER BY files DESC
