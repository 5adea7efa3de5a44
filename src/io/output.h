// io/output.h — writing events: JSON Lines, Phoenix-style TSV, PLOVER JSON records.
//
// Schemas are documented in docs/FORMATS.md; keep that file in step with this code.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "entente/event.h"

namespace entente::io {

// kTsv is the Phoenix-style TSV (`--out phoenix`); kPetrarchTsv PETRARCH2's event file
// (`--out tsv`).
enum class OutputFormat { kJsonl, kTsv, kPlover, kPetrarchTsv };

// Appends one formatted event (with a trailing newline) to *out. For kPlover, events without a
// PLOVER type (CAMEO 01/02) produce nothing. `event_id` is a stable id ("docid-s3-e1").
// `trusted_utf8` skips the UTF-8 check for events whose text the coder has validated.
void FormatEvent(const Event& e, const Document* doc, OutputFormat format,
                 std::string_view event_id, std::string* out, bool trusted_utf8 = false);

// The TSV header line (with newline), or "" for formats without one.
std::string FormatHeader(OutputFormat format);

// PETRARCH2's event file (kPetrarchTsv) for one document's events: one row per distinct
// (story date, source, target, CAMEO code), in order of first appearance, columns
// date YYYYMMDD, source, target ("---" when none), code, issues (`CODE,count;...` or empty), ids (the input sentence
// ids of its mentions, joined by ';'), url, source name ("NULL" when none); no header.
// `spans` (may be null or empty) maps sentence offsets to the input's ids (io/input.h); events
// outside them get "DOCID_N" (N the 0-based sentence index). Tabs and newlines become spaces.
struct SentenceSpan;
void FormatPetrarchEvents(const std::vector<Event>& events, const Document& doc,
                          const std::vector<SentenceSpan>* spans, std::string* out);

}  // namespace entente::io
