# Reference fixtures for src/core/detection: EARS C1/C2/C3 (surveillance::earsC) and
# CUSUM (surveillance::algo.cusum), written as JSON to tests/fixtures/r/.
#
# Run from the repository root:
#   Rscript scripts/r/detection-fixtures.R
# Uses base R and surveillance only (JSON is written by hand, numbers with %.17g).
# If `npx` is on the PATH the files are then passed through prettier, so that
# `npm run format:check` accepts them; numbers are not changed by that step.

suppressPackageStartupMessages(library(surveillance))

out_dir <- file.path("tests", "fixtures", "r")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

source(file.path("scripts", "r", "fixture-json.R")) # arr(), to_json()
deparse1line <- function(x) paste(deparse(x, width.cutoff = 500L), collapse = " ")

versions <- list(
  r = R.version.string,
  surveillance = as.character(packageVersion("surveillance")),
  rng = paste(RNGkind(), collapse = " / "),
  generatedBy = "Rscript scripts/r/detection-fixtures.R"
)

# Runs `setup` then `call` in a fresh environment holding `x`; returns the environment and
# either the result or the error message.
run_case <- function(x, setup, call) {
  env <- new.env(parent = globalenv())
  env$x <- x
  if (!is.null(setup)) eval(parse(text = setup), envir = env)
  result <- tryCatch(eval(parse(text = call), envir = env), error = function(e) e)
  list(env = env, result = result)
}

# ---- EARS ----------------------------------------------------------------------------------
# Reference quantities earsC uses but does not return, recomputed here with base R (mean, sd,
# qnorm, pnorm) following the package code: the window mean, the C value, and the normal p-value.
ears_reference <- function(y, t, method, baseline, minSigma) {
  c2 <- function(s) {
    ref <- y[(s - baseline - 2):(s - 3)]
    (y[s] - mean(ref)) / pmax(sd(ref), minSigma)
  }
  lags <- if (method == "C1") baseline:1 else (baseline + 2):3
  ref <- y[t - lags]
  statistic <- if (method == "C3") {
    pmax(0, c2(t - 2) - 1) + pmax(0, c2(t - 1) - 1)
  } else {
    (y[t] - mean(ref)) / pmax(sd(ref), minSigma)
  }
  # An infinite C value (zero spread) is reported as missing, so its p-value is too.
  pValue <- if (is.finite(statistic)) pnorm(statistic, lower.tail = FALSE) else NA
  c(expected = mean(ref), statistic = statistic, pValue = pValue)
}

ears_case <- function(name, source, counts, control, setup = NULL, object = "sts(observed = x)") {
  call <- sprintf("earsC(%s, control = %s)", object, deparse1line(control))
  run <- run_case(counts, setup, call)
  method <- if (is.null(control$method)) "C1" else control$method
  baseline <- if (is.null(control$baseline)) 7 else control$baseline
  minSigma <- if (is.null(control$minSigma)) 0 else control$minSigma
  alpha <- if (!is.null(control$alpha)) control$alpha else if (method == "C3") 0.025 else 0.001
  # The options as given (range aside): a test passes them on, so R's defaults meet ours.
  options <- control[intersect(names(control), c("method", "baseline", "alpha", "minSigma"))]
  case <- list(name = name, source = source, setup = setup, call = call, options = options,
               counts = arr(counts))
  if (inherits(run$result, "error")) return(c(case, list(error = conditionMessage(run$result))))
  range <- if (is.null(control$range)) {
    first <- switch(method, C1 = baseline + 1, C2 = baseline + 3, C3 = baseline + 5)
    first:length(counts)
  } else eval(control$range, run$env)
  zAlpha <- qnorm(1 - alpha)
  ref <- vapply(range, function(t) ears_reference(counts, t, method, baseline, minSigma), numeric(3))
  c(case, list(
    range = arr(range),
    alpha = alpha,
    zAlpha = zAlpha,
    upper = arr(as.vector(upperbound(run$result))),
    alarm = arr(as.vector(alarms(run$result))),
    expected = arr(ref["expected", ]),
    statistic = arr(ref["statistic", ]),
    pValue = arr(ref["pValue", ])
  ))
}

salm_setup <- paste(
  "data('salmNewport')",
  "salmNewportGermany <- aggregate(salmNewport, by = 'unit')",
  "in2011 <- which(isoWeekYear(epoch(salmNewport))$ISOYear == 2011)",
  sep = "; "
)
salm_env <- new.env(); eval(parse(text = salm_setup), envir = salm_env)
salm_counts <- as.vector(observed(salm_env$salmNewportGermany))

point_setup <- paste(
  "set.seed(20240101)",
  paste0("disProgObj <- sim.pointSource(p = 0.99, r = 0.5, length = 208, A = 1, alpha = 1, beta = 0, ",
         "phi = 0, frequency = 1, state = NULL, K = 1.7)"),
  "stsObj <- disProg2sts(disProgObj)",
  sep = "; "
)
point_env <- new.env(); eval(parse(text = point_setup), envir = point_env)
point_counts <- as.vector(observed(point_env$stsObj))

ex <- "surveillance ?earsC example (sim.pointSource, seed added here)"
pt <- "surveillance tests/testthat/test-earsC.R"
zeros <- c(0, 1, 0, 0, 2, 0, 1, 0, 0, 0, 3, 0, 1, 0, 0, 1, 0, 0, 0, 0, 5, 2, 0, 1, 0, 0, 0, 1, 0, 0)
ties <- c(2, 2, 3, 2, 2, 3, 2, 2, 2, 3, 3, 2, 2, 3, 2, 6, 2, 2, 3, 2, 2, 2)
flat <- c(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 0, 3, 3, 3, 3, 3, 3, 3, 9, 3)
gappy <- c(1, 2, 0, 1, NA, 2, 1, 0, 1, 3, 2, 1, 0, 1, 2, 1, NA, 1, 2, 0, 1, 7, 1, 0, 2, 1)
short13 <- c(1, 0, 2, 1, 3, 0, 1, 2, 1, 0, 4, 2, 1)

ears_cases <- list(
  ears_case("example-C1", ex, point_counts, list(range = quote(20:208), method = "C1"), point_setup, "stsObj"),
  ears_case("example-C3-alpha-0.001", ex, point_counts, list(range = quote(20:208), method = "C3", alpha = 0.001),
            point_setup, "stsObj"),
  ears_case("example-C3-default-alpha", ex, point_counts, list(range = quote(20:208), method = "C3"),
            point_setup, "stsObj"),
  ears_case("test-C2-alpha-0.05", pt, point_counts, list(range = quote(20:208), method = "C2", alpha = 0.05),
            point_setup, "stsObj"),
  ears_case("test-C3-unknown-sigma-ignored", pt, point_counts,
            list(range = quote(20:208), method = "C3", sigma = 0.5), point_setup, "stsObj"),
  ears_case("test-salmNewport-C1-alpha-0.05", pt, salm_counts,
            list(range = quote(in2011), method = "C1", alpha = 0.05), salm_setup, "salmNewportGermany"),
  ears_case("test-salmNewport-C1-baseline-10", pt, salm_counts, list(method = "C1", baseline = 10),
            salm_setup, "salmNewportGermany"),
  ears_case("daily-zeros-C1", "own", zeros, list(method = "C1")),
  ears_case("daily-zeros-C2", "own", zeros, list(method = "C2")),
  ears_case("daily-zeros-C3", "own", zeros, list(method = "C3")),
  ears_case("daily-zeros-C1-minSigma-0.5", "own", zeros, list(method = "C1", minSigma = 0.5)),
  ears_case("ties-C1", "own", ties, list(method = "C1")),
  ears_case("ties-C2-alpha-0.05", "own", ties, list(method = "C2", alpha = 0.05)),
  ears_case("ties-C3", "own", ties, list(method = "C3")),
  ears_case("constant-runs-C1", "own", flat, list(method = "C1")),
  ears_case("constant-runs-C2", "own", flat, list(method = "C2")),
  ears_case("constant-runs-C3", "own", flat, list(method = "C3")),
  ears_case("constant-runs-C1-minSigma-1", "own", flat, list(method = "C1", minSigma = 1)),
  ears_case("constant-runs-C3-minSigma-0.5", "own", flat, list(method = "C3", minSigma = 0.5)),
  ears_case("missing-values-C1", "own", gappy, list(method = "C1")),
  ears_case("missing-values-C3", "own", gappy, list(method = "C3")),
  ears_case("baseline-3-C1-alpha-0.05", "own", ties, list(method = "C1", baseline = 3, alpha = 0.05)),
  ears_case("baseline-14-C2", "own", zeros, list(method = "C2", baseline = 14)),
  ears_case("short-C1-one-row", "own", short13[1:8], list(method = "C1")),
  ears_case("short-C2-one-row", "own", short13[1:10], list(method = "C2")),
  ears_case("short-C3-two-rows", "own", short13, list(method = "C3")),
  ears_case("short-C3-one-row-errors", "own", short13[1:12], list(method = "C3")),
  ears_case("too-short-C1", "own", short13[1:7], list(method = "C1")),
  ears_case("too-short-C3", "own", short13[1:11], list(method = "C3"))
)

# ---- CUSUM ---------------------------------------------------------------------------------
cusum_case <- function(name, source, counts, control, setup = NULL, object = "sts2disProg(sts(observed = x))") {
  call <- sprintf("algo.cusum(%s, control = %s)", object, deparse1line(control))
  run <- run_case(counts, setup, call)
  range <- eval(control$range, run$env)
  # The options as given, with R's range a:b as the 0-based half-open rows [a - 1, b).
  given <- control[intersect(names(control), c("k", "h", "trans"))]
  if (!is.null(control$m)) given$m <- if (length(control$m) == 1) control$m else arr(control$m)
  options <- c(list(start = min(range) - 1, end = max(range)), given)
  case <- list(name = name, source = source, setup = setup, call = call, options = options,
               counts = arr(counts))
  if (inherits(run$result, "error")) return(c(case, list(error = conditionMessage(run$result))))
  res <- run$result
  c(case, list(
    range = arr(range),
    m = arr(res$control$m),
    upper = arr(as.vector(res$upperbound)),
    alarm = arr(as.logical(res$alarm)),
    statistic = arr(as.vector(res$cusum))
  ))
}

cx <- "surveillance ?algo.cusum example"
pois_setup <- "set.seed(321); stsObj <- sts(observed = rpois(500, lambda = 5))"
pois_env <- new.env(); eval(parse(text = pois_setup), envir = pois_env)
pois_counts <- as.vector(observed(pois_env$stsObj))
sim_setup <- paste(
  "set.seed(20240101)",
  paste0("disProgObj <- sim.pointSource(p = 1, r = 1, length = 250, A = 0, alpha = log(5), beta = 0, ",
         "phi = 10, frequency = 10, state = NULL, K = 0)"),
  sep = "; "
)
sim_env <- new.env(); eval(parse(text = sim_setup), envir = sim_env)
sim_counts <- as.vector(sim_env$disProgObj$observed)
outbreak <- c(zeros, 2, 4, 3, 6, 1, 0, 0, 1)
rossi_quirk <- c(rep(5, 10), 12, 12, 12, 12, 0)

cusum_cases <- list(
  cusum_case("example-anscombe", paste(cx, "(run through algo.cusum; cusum() wraps it)"), pois_counts,
             list(range = quote(100:500), trans = "anscombe"), pois_setup, "sts2disProg(stsObj)"),
  cusum_case("example-standard", paste(cx, "(seed added here)"), sim_counts, list(range = quote(200:250)),
             sim_setup, "disProgObj"),
  cusum_case("example-rossi", paste(cx, "(seed added here, trans changed)"), sim_counts,
             list(range = quote(200:250), trans = "rossi"), sim_setup, "disProgObj"),
  cusum_case("daily-outbreak-standard", "own", outbreak, list(range = quote(15:38))),
  cusum_case("daily-outbreak-rossi", "own", outbreak, list(range = quote(15:38), trans = "rossi")),
  cusum_case("daily-outbreak-anscombe", "own", outbreak, list(range = quote(15:38), trans = "anscombe")),
  cusum_case("daily-outbreak-k-0.5-h-4", "own", outbreak, list(range = quote(15:38), k = 0.5, h = 4)),
  cusum_case("fixed-m-scalar", "own", outbreak, list(range = quote(31:38), m = 0.75)),
  cusum_case("fixed-m-vector-rossi", "own", outbreak,
             list(range = quote(31:38), m = c(0.5, 0.5, 1, 1, 1.5, 1.5, 2, 2), trans = "rossi")),
  cusum_case("ties-standard", "own", ties, list(range = quote(8:22))),
  cusum_case("constant-reference-anscombe", "own", flat, list(range = quote(12:26), trans = "anscombe")),
  cusum_case("zero-reference-mean", "own", c(0, 0, 0, 0, 0, 1, 0, 2, 0, 0), list(range = quote(6:10))),
  cusum_case("short-one-reference-value", "own", short13, list(range = quote(2:13))),
  cusum_case("range-from-first-row", "own", short13, list(range = quote(1:13))),
  cusum_case("short-one-monitored-row", "own", short13, list(range = quote(13:13))),
  cusum_case("missing-reference-value", "own", gappy, list(range = quote(6:26))),
  cusum_case("missing-monitored-value", "own", gappy[6:26], list(range = quote(6:21))),
  cusum_case("rossi-upperbound-above-alarmed-count", "own", rossi_quirk, list(range = quote(11:15), trans = "rossi"))
)

# ---- The normal quantile and tail behind the EARS threshold and p-value ----------------------
normal_p <- c(1e-300, 1e-20, 1e-12, 1e-6, 0.001, 0.01, 0.025, 0.05, 0.075, 0.1, 0.3, 0.5, 0.7, 0.925, 0.95,
              0.975, 0.999, 1 - 1e-6)
normal_x <- c(-60, -40, -8, -5.7, -3, -1, -0.66, -0.5, -1e-20, 0, 0.3, 0.66291, 0.7, 1, 2, 3.0902323061678132,
              5.65, 5.66, 8, 20, 37.5, 49.9, 60)
normal_cases <- list(
  list(name = "qnorm", call = "qnorm(p)", p = arr(normal_p), quantile = arr(qnorm(normal_p))),
  list(name = "pnorm-upper", call = "pnorm(x, lower.tail = FALSE)", x = arr(normal_x),
       upperTail = arr(pnorm(normal_x, lower.tail = FALSE)))
)

# ---- Poisson mid-p (src/core/stats/midP.ts) -------------------------------------------------
midp_pairs <- list(
  c(0, 0.1), c(0, 1), c(0, 30), c(1, 0.1), c(1, 1), c(3, 12.5), c(5, 5), c(20, 3.5), c(20, 3.45), c(54, 38),
  c(53, 37), c(2, 30), c(150, 100), c(999, 1000), c(1000, 1000), c(234, 171), c(319, 171), c(6042, 4270),
  c(100, 20), c(1, 0.001), c(7, 0.6), c(0, 700)
)
midp_cases <- lapply(midp_pairs, function(pair) {
  x <- pair[1]; mu <- pair[2]
  upper <- ppois(x, mu, lower.tail = FALSE) + dpois(x, mu) / 2
  lower <- ppois(x - 1, mu) + dpois(x, mu) / 2
  list(name = sprintf("x = %g, mu = %g", x, mu), observed = x, expected = mu,
       call = "ppois(x, mu, lower.tail = FALSE) + dpois(x, mu) / 2; ppois(x - 1, mu) + dpois(x, mu) / 2",
       upper = upper, lower = lower, twoSided = min(1, 2 * min(upper, lower)))
})

write_fixture <- function(file, description, cases) {
  path <- file.path(out_dir, file)
  writeLines(to_json(c(list(description = description), versions, list(cases = cases))), path)
  path
}
written <- c(
  write_fixture("earsC.json", "surveillance::earsC upperbound and alarm per monitored row", ears_cases),
  write_fixture("cusum.json", "surveillance::algo.cusum upperbound, alarm and cusum per monitored row", cusum_cases),
  write_fixture("midP.json", "Poisson mid-p values from stats::ppois and stats::dpois", midp_cases),
  write_fixture("normal.json", "stats::qnorm and stats::pnorm (upper tail), used by the EARS port", normal_cases)
)
if (nzchar(Sys.which("npx"))) system2("npx", c("prettier", "--write", written))
cat("wrote", written, sep = "\n")
