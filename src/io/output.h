// io/output.h — writing events: JSON Lines, Phoenix-style TSV, PLOVER JSON records.
//
// Schemas are documented in docs/FORMATS.md; keep that file in step with this code.
#pragma once

#include <cstdio>
#include <string>

#include "entente/event.h"

namespace entente::io {

enum class OutputFormat { kJsonl, kTsv, kPlover };

// Appends one formatted event (with a trailing newline) to *out. For kPlover, events without a
// PLOVER type (CAMEO 01/02) produce nothing. `event_id` is a stable id ("docid-s3-e1").
// `trusted_utf8` skips the UTF-8 check for events whose text the coder has validated.
void FormatEvent(const Event& e, const Document* doc, OutputFormat format,
                 const std::string& event_id, std::string* out, bool trusted_utf8 = false);

// The TSV header line (with newline), or "" for formats without one.
std::string FormatHeader(OutputFormat format);

}  // namespace entente::io
