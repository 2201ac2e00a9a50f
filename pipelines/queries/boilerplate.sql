-- What was stripped from the copies, per rule (metadata lines and boilerplate blocks).
SELECT rule, sum(n) AS blocks
FROM (SELECT unnest(map_keys(stripped_blocks)) AS rule, unnest(map_values(stripped_blocks)) AS n
      FROM copies)
GROUP BY rule
ORDER BY blocks DESC;
