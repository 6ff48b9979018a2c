# Reference fixtures for src/core/detection/farrington: surveillance::farringtonFlexible, written as
# JSON to tests/fixtures/r/farrington.json.
#
# Run from the repository root:
#   Rscript scripts/r/farrington-fixtures.R
# Uses base R and surveillance only (JSON is written by hand, numbers with %.17g).
# If `npx` is on the PATH the file is then passed through prettier; numbers are not changed by that.

suppressPackageStartupMessages(library(surveillance))

out_dir <- file.path("tests", "fixtures", "r")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

source(file.path("scripts", "r", "fixture-json.R")) # arr(), to_json()
deparse1line <- function(x) paste(deparse(x, width.cutoff = 500L), collapse = " ")

versions <- list(
  r = R.version.string,
  surveillance = as.character(packageVersion("surveillance")),
  rng = paste(RNGkind(), collapse = " / "),
  generatedBy = "Rscript scripts/r/farrington-fixtures.R"
)

# ---- farringtonFlexible cases ---------------------------------------------------------------
# `object` is an R expression (evaluated after `setup`) giving the sts; counts and dates are read
# back from it. Options are given as the port takes them: R's range a:b is start = a - 1, end = b.
ported <- c("b", "w", "reweight", "weightsThreshold", "alpha", "trend", "pThresholdTrend", "limit54",
            "powertrans", "noPeriods", "pastWeeksNotIncluded", "thresholdMethod")
ff_case <- function(name, source, control, object, setup = NULL) {
  env <- new.env(parent = globalenv())
  if (!is.null(setup)) eval(parse(text = setup), envir = env)
  stsObj <- eval(parse(text = object), envir = env)
  counts <- as.vector(observed(stsObj))
  dates <- if (stsObj@epochAsDate) format(epoch(stsObj)) else NULL
  freq <- stsObj@freq
  b <- if (is.null(control$b)) 5 else control$b
  w <- if (is.null(control$w)) 3 else control$w
  range <- if (is.null(control$range)) (freq * b + w + 1):length(counts) else eval(control$range, env)
  control$range <- range
  given <- control[intersect(names(control), ported)]
  if (!is.null(given$limit54)) given$limit54 <- arr(given$limit54)
  options <- c(list(freq = freq, start = min(range) - 1, end = max(range)), given)
  call <- sprintf("farringtonFlexible(%s, control = %s)", object, deparse1line(control))
  res <- tryCatch(suppressWarnings(farringtonFlexible(stsObj, control = control)), error = function(e) e)
  case <- list(name = name, source = source, setup = setup, call = call, options = options,
               counts = arr(counts), dates = if (is.null(dates)) NULL else arr(dates))
  if (inherits(res, "error")) return(c(case, list(error = conditionMessage(res))))
  ctl <- res@control
  c(case, list(
    range = arr(range),
    upper = arr(as.vector(upperbound(res))),
    alarm = arr(as.vector(alarms(res))),
    expected = arr(as.vector(ctl$expected)),
    score = arr(as.vector(ctl$score)),
    pvalue = arr(as.vector(ctl$pvalue)),
    phi = arr(as.vector(ctl$phiVector)),
    trend = arr(as.vector(ctl$trendVector))
  ))
}

ex <- "surveillance ?farringtonFlexible example"
pt <- "surveillance tests/testthat/test-farringtonFlexible.R"
agona_setup <- "data('salmonella.agona'); salm <- disProg2sts(salmonella.agona)"
newport_setup <- "data('salmNewport'); salmNewportGermany <- aggregate(salmNewport, by = 'unit')"
control1 <- list(range = quote(282:312), noPeriods = 1, b = 4, w = 3, weightsThreshold = 1,
                 pastWeeksNotIncluded = 3, pThresholdTrend = 0.05, alpha = 0.1)
control2 <- list(range = quote(282:312), noPeriods = 10, b = 4, w = 3, weightsThreshold = 2.58,
                 pastWeeksNotIncluded = 26, pThresholdTrend = 1, alpha = 0.1)

# Own daily series (freq 7: the week is the season). Seeds fixed here.
daily_setup <- paste(
  "set.seed(20240607)",
  "x <- rpois(140, lambda = 2 * (1 + 0.6 * sin(2 * pi * (1:140) / 7)))",
  "dailySts <- sts(observed = x, frequency = 7)",
  sep = "; "
)
zeros_setup <- paste(
  "set.seed(7)",
  "x <- rpois(120, 0.4); x[c(50:61)] <- 0; x[c(95, 97)] <- c(4, 5); x[100:103] <- c(2, 2, 2, 2)",
  "zeroSts <- sts(observed = x, frequency = 7)",
  sep = "; "
)
ties_setup <- paste(
  "x <- rep(c(3, 3, 4, 3, 3, 2, 3), 16); x[c(40, 80)] <- 4; x[105:108] <- c(9, 3, 12, 3)",
  "tieSts <- sts(observed = x, frequency = 7)",
  sep = "; "
)
spike_setup <- paste(
  "set.seed(99)",
  "x <- rpois(150, 1.5); x[130:133] <- c(9, 14, 6, 4)",
  "spikeSts <- sts(observed = x, frequency = 7)",
  sep = "; "
)
gappy_setup <- paste(
  "set.seed(11)",
  "x <- rpois(100, 3); x[c(20, 55, 90)] <- NA",
  "gappySts <- sts(observed = x, frequency = 7)",
  sep = "; "
)
yearly_setup <- paste(
  "set.seed(2016)",
  "d <- seq(as.Date('2012-01-01'), as.Date('2016-03-31'), by = 'day')",
  "x <- rpois(length(d), 2 + as.numeric(format(d, '%m')) / 4)",
  "yearSts <- sts(observed = x, epoch = d, frequency = 365)",
  sep = "; "
)
zero_weekly_setup <- paste(
  "x <- rep(0, 698); x[696] <- 1",
  "zeroWeekly <- sts(observed = x, epoch = seq(as.Date('2001-01-01'), length.out = 698, by = '1 week'))",
  sep = "; "
)
d7 <- list(b = 4, w = 1, trend = FALSE)

cases <- list(
  ff_case("example-agona-control1", ex, control1, "salm", agona_setup),
  ff_case("example-agona-control2", ex, control2, "salm", agona_setup),
  ff_case("agona-control2-nbPlugin", paste(ex, "(threshold changed)"),
          c(control2, list(thresholdMethod = "nbPlugin")), "salm", agona_setup),
  ff_case("agona-control2-muan", paste(ex, "(threshold changed)"),
          c(control2, list(thresholdMethod = "muan")), "salm", agona_setup),
  ff_case("agona-control1-powertrans-1/2", paste(ex, "(powertrans changed)"),
          c(control1, list(powertrans = "1/2")), "salm", agona_setup),
  ff_case("agona-control1-powertrans-none", paste(ex, "(powertrans changed)"),
          c(control1, list(powertrans = "none")), "salm", agona_setup),
  ff_case("newport-defaults", "surveillance salmNewport data, R's default control", list(),
          "salmNewportGermany", newport_setup),
  ff_case("newport-nbPlugin-alpha-0.1", pt, list(thresholdMethod = "nbPlugin", alpha = 0.1),
          "salmNewportGermany", newport_setup),
  ff_case("newport-muan-noPeriods-10", "Noufaily et al. (2013) settings on salmNewport",
          list(thresholdMethod = "muan", noPeriods = 10, pastWeeksNotIncluded = 26, trend = TRUE),
          "salmNewportGermany", newport_setup),
  ff_case("newport-no-trend", "salmNewport", list(trend = FALSE), "salmNewportGermany", newport_setup),
  ff_case("newport-no-reweight", "salmNewport", list(reweight = FALSE), "salmNewportGermany", newport_setup),
  ff_case("newport-no-trend-no-reweight-b3-w2", "salmNewport",
          list(trend = FALSE, reweight = FALSE, b = 3, w = 2), "salmNewportGermany", newport_setup),
  ff_case("test-no-convergence", pt,
          list(noPeriods = 10, alpha = 0.01, b = 5, w = 4, weightsThreshold = 2.58, pastWeeksNotIncluded = 26,
               pThresholdTrend = 1, thresholdMethod = "nbPlugin", limit54 = c(4, 5), range = quote(697:698)),
          "zeroWeekly", zero_weekly_setup),
  ff_case("daily-freq7-b4-w1", "own", d7, "dailySts", daily_setup),
  ff_case("daily-freq7-nbPlugin", "own", c(d7, list(thresholdMethod = "nbPlugin")), "dailySts", daily_setup),
  ff_case("daily-freq7-muan-limit54-3-3", "own", c(d7, list(thresholdMethod = "muan", limit54 = c(3, 3))),
          "dailySts", daily_setup),
  ff_case("daily-freq7-trend-b4", "own", list(b = 4, w = 1, trend = TRUE), "dailySts", daily_setup),
  ff_case("daily-freq7-noPeriods-2-w0", "own", list(b = 4, w = 0, trend = FALSE, noPeriods = 2),
          "dailySts", daily_setup),
  ff_case("daily-zeros", "own", d7, "zeroSts", zeros_setup),
  ff_case("daily-zeros-nbPlugin", "own", c(d7, list(thresholdMethod = "nbPlugin")), "zeroSts", zeros_setup),
  ff_case("daily-ties", "own", d7, "tieSts", ties_setup),
  ff_case("daily-ties-muan", "own", c(d7, list(thresholdMethod = "muan")), "tieSts", ties_setup),
  ff_case("daily-spike", "own", d7, "spikeSts", spike_setup),
  ff_case("daily-spike-nbPlugin-alpha-0.01", "own", c(d7, list(thresholdMethod = "nbPlugin", alpha = 0.01)),
          "spikeSts", spike_setup),
  ff_case("daily-missing-values", "own", d7, "gappySts", gappy_setup),
  ff_case("daily-freq365-dates-leap-day", "own",
          list(b = 3, w = 3, trend = TRUE, range = quote(1501:1551)), "yearSts", yearly_setup)
)

# ---- The distributions behind the thresholds and the trend test -----------------------------
# qnbinom/pnbinom with R's (size = mu / (phi - 1), prob = 1 / phi), qpois/ppois, and 2 * pt(-|t|, df).
nb <- list(c(0.5, 1.2), c(2, 1.0001), c(2, 3), c(7.3, 1.8), c(40, 2.5), c(150, 1.05), c(0.01, 4), c(900, 12))
nb_cases <- lapply(nb, function(pair) {
  mu <- pair[1]; phi <- pair[2]; y <- 0:(ceiling(mu * 3) + 10)
  list(mean = mu, phi = phi, size = mu / (phi - 1), prob = 1 / phi,
       q95 = qnbinom(0.95, mu / (phi - 1), 1 / phi), q99 = qnbinom(0.99, mu / (phi - 1), 1 / phi),
       q05 = qnbinom(0.05, mu / (phi - 1), 1 / phi),
       y = arr(y), upperTail = arr(pnbinom(y - 1, size = mu / (phi - 1), prob = 1 / phi, lower.tail = FALSE)))
})
pois_cases <- lapply(c(1e-9, 0.3, 1, 4.5, 30, 250), function(mu) {
  y <- 0:(ceiling(mu * 2) + 12)
  list(mean = mu, q95 = qpois(0.95, mu), q99 = qpois(0.99, mu), q05 = qpois(0.05, mu), y = arr(y),
       upperTail = arr(ppois(y - 1, mu, lower.tail = FALSE)))
})
t_values <- c(0, 0.5, 1.5, 1.96, 2.1, 3, 6, 40)
t_df <- c(1, 4, 11, 30, 200, 5000)
t_grid <- expand.grid(t = t_values, df = t_df)
distributions <- list(
  list(name = "negative binomial", call = "qnbinom(p, size, prob); pnbinom(y - 1, size, prob, lower.tail = FALSE)",
       cases = nb_cases),
  list(name = "poisson", call = "qpois(p, mu); ppois(y - 1, mu, lower.tail = FALSE)", cases = pois_cases),
  list(name = "student t", call = "2 * pt(-abs(t), df)", t = arr(t_grid$t), df = arr(t_grid$df),
       p = arr(2 * pt(-abs(t_grid$t), t_grid$df)))
)

write_fixture <- function(file, description, cases) {
  path <- file.path(out_dir, file)
  writeLines(to_json(c(list(description = description), versions, list(cases = cases))), path)
  path
}
written <- c(
  write_fixture("farrington.json", "surveillance::farringtonFlexible per monitored row", cases),
  write_fixture("farringtonDistributions.json",
                "stats::qnbinom, pnbinom, qpois, ppois and pt behind the farringtonFlexible port", distributions)
)
if (nzchar(Sys.which("npx"))) system2("npx", c("prettier", "--write", written))
cat("wrote", written, sep = "\n")
