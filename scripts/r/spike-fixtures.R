# Reference values for the spike statistics (src/core/stats/poisson.ts, spikeTest.ts) and the trailing mean
# (src/core/series/trailingMean.ts), computed with base R's ppois and poisson.test.
# Regenerate: Rscript scripts/r/spike-fixtures.R > tests/fixtures/r/spike.json
num <- function(x) if (is.na(x)) "null" else sprintf("%.17g", x)
cases <- list(
  c(20, 3.5), c(20, 3.45), c(54, 38), c(53, 37), c(0, 1), c(1, 0.1), c(5, 5), c(234, 171), c(319, 171),
  c(6042, 4270), c(3, 12.5), c(100, 20), c(50, 60), c(999, 1000), c(1000, 1000), c(5000, 5100), c(2, 30),
  c(150, 100), c(1, 0.001)
)
rows <- vapply(cases, function(case) {
  x <- case[1]; e <- case[2]
  upper <- ppois(x - 1, e, lower.tail = FALSE)
  lower <- ppois(x, e)
  t95 <- poisson.test(x, 1, conf.level = 0.95)$conf.int
  t90 <- poisson.test(x, 1, conf.level = 0.90)$conf.int
  test <- poisson.test(x, e, alternative = "greater")
  sprintf(
    '    {"observed": %s, "expected": %s, "upperTail": %s, "lowerTail": %s, "poissonTestGreaterP": %s, "count95": [%s, %s], "count90": [%s, %s], "ratio95": [%s, %s]}',
    num(x), num(e), num(upper), num(lower), num(test$p.value), num(t95[1]), num(t95[2]), num(t90[1]), num(t90[2]),
    num(poisson.test(x, e)$conf.int[1]), num(poisson.test(x, e)$conf.int[2])
  )
}, character(1))
ho <- read.csv("data/ho-rra-monthly-ew.csv")
trailing <- vapply(seq_along(ho$count), function(i) if (i <= 12) NA else mean(ho$count[(i - 12):(i - 1)]), numeric(1))
cat("{\n")
cat(sprintf('  "generatedBy": "%s; scripts/r/spike-fixtures.R",\n', R.version.string))
cat('  "spike": [\n', paste(rows, collapse = ",\n"), "\n  ],\n", sep = "")
cat('  "hoTrailingMean12": {"dates": [', paste0('"', ho$date, '"', collapse = ", "), '],\n')
cat('    "expected": [', paste(vapply(trailing, num, character(1)), collapse = ", "), "]}\n")
cat("}\n")
