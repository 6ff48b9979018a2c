# Reference values for src/core/stats/rateRatioTest.ts and negativeBinomialTail.ts, from base R's
# poisson.test, pnbinom, var and mean. Run from the repository root:
#   Rscript scripts/r/spike-test-fixtures.R
source(file.path("scripts", "r", "fixture-json.R"))
by <- "Rscript scripts/r/spike-test-fixtures.R"

# ---- poisson.test(c(x1, x2), c(t1, t2)) -----------------------------------------------------
rr_inputs <- list(
  c(20, 1, 546, 156), c(20, 1, 539, 156), c(54, 1, 1140, 30), c(0, 1, 10, 7), c(5, 7, 0, 7), c(3, 1, 100, 28),
  c(6042, 1, 51240, 12), c(1, 1, 1, 1), c(7, 2, 3, 1.5), c(150, 30, 3000, 365), c(1000, 1, 1000, 1),
  c(0, 3, 0, 2), c(12, 1, 2, 10), c(2, 1, 300, 100), c(40, 14, 700, 365)
)
rr_cases <- list()
for (input in rr_inputs) for (alt in c("two.sided", "greater", "less")) for (conf in c(0.95, 0.9)) {
  if (conf == 0.9 && alt == "less") next
  call <- sprintf("poisson.test(c(%g, %g), c(%g, %g), alternative = '%s', conf.level = %g)",
                  input[1], input[3], input[2], input[4], alt, conf)
  res <- tryCatch(eval(parse(text = call)), error = function(e) e)
  case <- list(name = sprintf("%g/%g vs %g/%g %s %g", input[1], input[2], input[3], input[4], alt, conf),
               call = call, count = input[1], time = input[2], baselineCount = input[3],
               baselineTime = input[4], alternative = alt, confidence = conf)
  if (inherits(res, "error")) {
    case$error <- conditionMessage(res)
  } else {
    # Inf (an unbounded interval or a zero baseline) is written as null.
    case <- c(case, list(ratio = unname(res$estimate), pValue = res$p.value,
                         expectedCount = unname(res$parameter),
                         lower = res$conf.int[1], upper = res$conf.int[2]))
  }
  rr_cases[[length(rr_cases) + 1]] <- case
}

# ---- pnbinom(x - 1, size = mu / (phi - 1), mu = mu, lower.tail = FALSE) ---------------------------
nb_inputs <- list(
  c(20, 3.5, 1.5), c(20, 3.5, 3), c(20, 3.5, 10), c(0, 2, 2), c(1, 0.1, 1.2), c(5, 5, 1.001), c(54, 38, 2),
  c(6042, 4270, 20), c(6042, 4270, 1.05), c(3, 12.5, 4), c(100, 20, 50), c(1, 3.5, 1.5), c(2, 30, 2),
  c(150, 100, 1.3), c(4, 3.5, 1.5), c(40, 3.5, 200), c(10, 0.5, 1.0001)
)
nb_cases <- lapply(nb_inputs, function(input) {
  x <- input[1]; mu <- input[2]; phi <- input[3]
  list(name = sprintf("x = %g, mu = %g, phi = %g", x, mu, phi), observed = x, mean = mu, phi = phi,
       call = "pnbinom(x - 1, size = mu / (phi - 1), mu = mu, lower.tail = FALSE)",
       upperTail = pnbinom(x - 1, size = mu / (phi - 1), mu = mu, lower.tail = FALSE))
})

# ---- var(x) / mean(x), NA removed -----------------------------------------------------------------
windows <- list(
  "ordinary-week" = c(3, 5, 2, 4, 6, 1, 3), "zeros" = c(0, 0, 1, 0, 3, 0, 0, 2),
  "with-missing" = c(2, NA, 4, 9, NA, 1, 0, 5), "ties" = c(2, 2, 3, 2, 2, 3, 2, 2),
  "underdispersed" = c(5, 5, 6, 5, 5, 6), "large" = c(4270, 3533, 5605, 4100, 3900, 4400, 3800),
  "constant" = c(2, 2, 2), "all-zero" = c(0, 0, 0, 0), "one-count" = c(5, NA)
)
disp_cases <- lapply(names(windows), function(name) {
  x <- windows[[name]]; y <- x[!is.na(x)]
  m <- mean(y); v <- if (length(y) >= 2) var(y) else NA
  list(name = name, call = "var(x, na.rm = TRUE) / mean(x, na.rm = TRUE)", counts = arr(x), n = length(y),
       mean = m, variance = v, phi = if (!is.na(v) && v > 0) v / m else NA)
})

format_fixtures(c(
  write_fixture("rateRatio.json", "stats::poisson.test with two counts and two time bases", by, rr_cases),
  write_fixture("negativeBinomial.json", "stats::pnbinom upper tails (mu, phi parametrisation)", by, nb_cases),
  write_fixture("dispersion.json", "var(x) / mean(x) of baseline windows, NA removed", by, disp_cases)
))
