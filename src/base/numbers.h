// base/numbers.h — number formatting for output hot paths.
#pragma once

namespace entente::base {

// Writes `v` exactly as std::to_chars(first, last, v) does (the shortest form that reads back as
// `v`) and returns the end of what was written. Values from 0.001 to 100000 in magnitude with
// at most 10 decimals (coordinates, Goldstein scores) take a fast path: the fewest decimals whose
// nearest double is `v`, checked by one exact division; everything else goes to std::to_chars.
// Needs last - first >= 32 for the fast path (std::to_chars handles shorter buffers).
char* ToCharsShortest(char* first, char* last, double v);

}  // namespace entente::base
