# Reference values for src/core/events/eventWindow.ts and halfLife.ts, computed with base R (mean, sd, qpois,
# qnorm, poisson.test, lm) by date arithmetic. Run from the repository root:
#   Rscript scripts/r/event-fixtures.R
source(file.path("scripts", "r", "fixture-json.R"))
by <- "Rscript scripts/r/event-fixtures.R"

# A daily series with three spikes (one decaying cleanly, one with a missing day after it, one plateau),
# zeros, ties and missing days.
set.seed(20170522)
days <- seq(as.Date("2017-01-01"), as.Date("2017-07-31"), by = "day")
x <- rpois(length(days), 3)
at <- function(date) which(days == as.Date(date))
x[at("2017-03-22") + 0:9] <- c(8, 25, 17, 12, 9, 7, 5, 4, 3, 3)
x[at("2017-05-22") + 0:7] <- c(30, 22, NA, 12, 8, 6, 4, 3)
x[at("2017-06-19") + 0:6] <- c(9, 9, 9, 10, 9, 9, 2)
x[at("2017-02-10") + 0:3] <- NA
x[at("2017-04-20") + 0:4] <- 0

event_case <- function(name, event, pre, guard, post, bound = "poisson", max_missing = 0, conf = 0.95) {
  e <- at(event)
  call <- sprintf("pre %d, guard %d, post %d, bound %s, maxMissing %d", pre, guard, post, bound, max_missing)
  options <- list(pre = pre, guard = guard, post = post, bound = bound, maxMissing = max_missing,
                  confidence = conf)
  case <- list(name = name, eventDate = event, call = call, options = options)
  idx <- (e - guard - pre):(e - guard - 1)
  base <- x[idx[idx >= 1]]
  obs <- base[!is.na(base)]
  if (length(obs) < pre - max_missing)
    return(c(case, list(status = "insufficient-data", need = pre - max_missing, have = length(obs))))
  m <- mean(obs)
  upper <- if (bound == "poisson") qpois(0.95, m) else m + qnorm(0.95) * sd(obs)
  w <- x[e + 0:(post - 1)]
  peak <- which.max(w) - 1 # which.max skips NA and takes the first maximum
  out <- list(status = "ok", expected = m, upper = upper, days = length(obs), total = sum(obs),
              peakDay = peak, peakDate = format(days[e + peak]), peakCount = w[peak + 1],
              peakRatio = w[peak + 1] / m)
  if (any(is.na(w))) {
    out$excessStatus <- "insufficient-data"
  } else {
    s <- sum(w); expect <- post * m
    rr <- poisson.test(c(s, sum(obs)), c(post, length(obs)), conf.level = conf)
    out <- c(out, list(excessStatus = "ok", observedTotal = s, expectedTotal = expect, excess = s - expect,
                       excessLower = poisson.test(s, conf.level = conf)$conf.int[1] - expect,
                       excessUpper = poisson.test(s, conf.level = conf)$conf.int[2] - expect,
                       rateRatio = unname(rr$estimate), rateRatioP = rr$p.value,
                       rateRatioLower = rr$conf.int[1], rateRatioUpper = rr$conf.int[2]))
  }
  after <- peak:(post - 1)
  back <- after[!is.na(w[after + 1]) & w[after + 1] <= upper]
  out$returnDay <- if (length(back) > 0) back[1] else NA
  run <- c()
  for (k in after) { v <- w[k + 1]; if (is.na(v) || v - m <= 0) break; run <- c(run, k) }
  if (length(run) < 3) {
    out$halfLifeStatus <- "insufficient-data"; out$halfLifePoints <- length(run)
  } else {
    k <- run - peak
    fit <- lm(log(w[run + 1] - m) ~ k)
    slope <- unname(coef(fit)[2])
    out <- c(out, list(halfLifeStatus = if (slope < 0) "ok" else "not-decaying", halfLifePoints = length(run),
                       slope = slope, intercept = unname(coef(fit)[1]),
                       halfLife = if (slope < 0) log(2) / -slope else NA))
  }
  c(case, out)
}

cases <- list(
  event_case("clean-decay-pre-28-post-14", "2017-03-22", 28, 0, 14),
  event_case("clean-decay-guard-3-normal", "2017-03-22", 21, 3, 10, bound = "normal"),
  event_case("clean-decay-post-5-conf-0.9", "2017-03-22", 14, 2, 5, conf = 0.9),
  event_case("missing-day-after-peak", "2017-05-22", 28, 0, 8),
  event_case("missing-day-in-baseline", "2017-02-20", 14, 0, 7, max_missing = 4),
  event_case("baseline-too-gappy", "2017-02-20", 14, 0, 7),
  event_case("plateau-earlier-spike-in-baseline", "2017-06-19", 28, 0, 6, max_missing = 1),
  event_case("zeros-in-baseline", "2017-04-26", 7, 0, 7),
  event_case("too-early", "2017-01-10", 28, 0, 7)
)

# ---- Rank claims on the same series (src/core/claims) -------------------------------------------------
highest_case <- function(date) {
  i <- at(date); year <- format(days[i], "%Y"); inyear <- format(days, "%Y") == year
  xs <- x[inyear]; ds <- format(days[inyear])
  if (is.na(x[i])) return(list(name = paste("highest", date), kind = "highestOfYear", date = date, status = "missing-value"))
  r <- rank(-xs, ties.method = "min", na.last = "keep")[ds == date]
  up <- which(!is.na(xs) & xs > x[i]); up <- up[order(-xs[up], ds[up])]
  list(name = paste("highest", date), kind = "highestOfYear", date = date, status = "ok",
       call = "rank(-x[year], ties.method = 'min', na.last = 'keep')", count = x[i], rank = r,
       higherDates = arr(ds[up]), tieDates = arr(ds[!is.na(xs) & xs == x[i] & ds != date]),
       compared = sum(!is.na(xs)), missing = arr(ds[is.na(xs)]))
}
higher_case <- function(date, event, within) {
  window <- as.Date(event) + 0:(within - 1); idx <- match(window, days); w <- x[idx]
  peak <- if (all(is.na(w))) NA else which.max(w)
  list(name = sprintf("higher %s than %s within %d", date, event, within), kind = "higherThanAfter",
       date = date, eventDate = event, within = within, status = "ok",
       call = "max(x[event + 0:(within - 1)], na.rm = TRUE); which.max", count = x[at(date)],
       peakDate = if (is.na(peak)) NA else format(window[peak]), peakCount = if (is.na(peak)) NA else w[peak],
       atLeastAsHigh = arr(format(window[!is.na(w) & w >= x[at(date)]])),
       missing = arr(format(window[!is.na(idx) & is.na(w)])), beyondSeries = sum(is.na(idx)))
}
claims <- list(
  highest_case("2017-05-22"), highest_case("2017-03-23"), highest_case("2017-06-19"), highest_case("2017-01-05"),
  highest_case("2017-05-24"),
  higher_case("2017-05-22", "2017-03-22", 7), higher_case("2017-03-23", "2017-05-22", 3),
  higher_case("2017-06-22", "2017-06-19", 7), higher_case("2017-06-22", "2017-07-28", 10),
  higher_case("2017-04-22", "2017-04-20", 3)
)

format_fixtures(c(
  write_fixture("eventWindow.json", "event windows by base R, per event", by, c(
    list(list(name = "series", dates = arr(format(days)), counts = arr(x))), cases)),
  write_fixture("claims.json", "rank claims on the eventWindow.json series, by base R", by, claims)
))
