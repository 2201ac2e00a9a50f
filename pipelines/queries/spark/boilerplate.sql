-- What was stripped from the copies, per rule (metadata lines and boilerplate blocks).
SELECT rule, sum(n) AS blocks
FROM (SELECT explode(stripped_blocks) AS (rule, n) FROM copies)
GROUP BY rule
ORDER BY blocks DESC
