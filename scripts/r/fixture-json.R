# A minimal JSON writer shared by the fixture scripts (source it; base R only).
# Atomic vectors of length 1 are scalars unless wrapped in arr(); NA, NaN and +-Inf are written as null.
arr <- function(x) structure(x, class = c("json_array", class(x)))
json_scalar <- function(v) {
  if (is.na(v)) return("null")
  if (is.logical(v)) return(if (v) "true" else "false")
  if (is.numeric(v)) return(if (is.finite(v)) sprintf("%.17g", v) else "null")
  s <- gsub("\\", "\\\\", as.character(v), fixed = TRUE)
  s <- gsub("\"", "\\\"", s, fixed = TRUE)
  s <- gsub("\n", "\\n", s, fixed = TRUE)
  paste0("\"", s, "\"")
}
to_json <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (is.null(x)) return("null")
  if (is.list(x) && !is.null(names(x))) {
    items <- vapply(names(x), function(n) paste0(inner, json_scalar(n), ": ", to_json(x[[n]], inner)), "")
    return(paste0("{\n", paste(items, collapse = ",\n"), "\n", indent, "}"))
  }
  if (is.list(x)) {
    if (length(x) == 0) return("[]")
    items <- vapply(x, function(e) paste0(inner, to_json(e, inner)), "")
    return(paste0("[\n", paste(items, collapse = ",\n"), "\n", indent, "]"))
  }
  v <- unclass(x)
  if (length(v) == 1 && !inherits(x, "json_array")) return(json_scalar(v))
  paste0("[", paste(vapply(seq_along(v), function(i) json_scalar(v[i]), ""), collapse = ", "), "]")
}

# Writes list(description, r, generatedBy, cases) to tests/fixtures/r/<file>; returns the path.
write_fixture <- function(file, description, generated_by, cases) {
  path <- file.path("tests", "fixtures", "r", file)
  header <- list(description = description, r = R.version.string, generatedBy = generated_by)
  writeLines(to_json(c(header, list(cases = cases))), path)
  path
}

# Passes the written files through prettier when npx is available (numbers are not changed).
format_fixtures <- function(paths) {
  if (nzchar(Sys.which("npx"))) system2("npx", c("prettier", "--write", paths))
  cat("wrote", paths, sep = "\n")
}
