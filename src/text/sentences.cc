#include "text/sentences.h"

#include <algorithm>
#include <cstring>

namespace entente::text {

void AbbreviationSet::Add(std::string_view lower_word) {
  if (!words_.emplace(lower_word).second) return;
  lengths_ |= LengthBit(lower_word.size());
  if (!lower_word.empty()) first_bytes_[static_cast<unsigned char>(lower_word[0]) >> 6] |= FirstBit(lower_word[0]);
  if (!lower_word.empty() && lower_word.size() <= 8) InsertShort(lower_word);
}

uint64_t AbbreviationSet::Pack(std::string_view word) {
  // (Callers pass at most 8 bytes: loaded at once, then 'A'..'Z' lower-cased 8 bytes at a time
  // as base::AsciiLower does one: +0x20 where a byte is 'A'..'Z', no carry between bytes.)
  const uint64_t w = word.size() >= 8 ? [&] {
    uint64_t x;
    std::memcpy(&x, word.data(), 8);
    return x;
  }() : base::LoadTail(word.data(), word.size());
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  const uint64_t h7 = w & ~kHigh;
  const uint64_t ge_a = h7 + kOnes * (0x80 - 'A');  // high bit set where the byte is >= 'A'
  const uint64_t gt_z = h7 + kOnes * (0x7F - 'Z');  // high bit set where the byte is > 'Z'
  return w | (((ge_a & ~gt_z) & ~w & kHigh) >> 2);
}

void AbbreviationSet::InsertShort(std::string_view lower_word) {
  if (2 * (short_count_ + 1) > short_len_.size()) {
    // Grow (doubling) and insert the short words again.
    const size_t size = std::max<size_t>(16, 2 * short_len_.size());
    short_packed_.assign(size, 0);
    short_len_.assign(size, 0);
    short_count_ = 0;
    for (const std::string& w : words_) {
      if (!w.empty() && w.size() <= 8 && w != lower_word) InsertShort(w);
    }
  }
  const uint64_t packed = Pack(lower_word);
  size_t slot = Slot(packed, lower_word.size());
  while (short_len_[slot] != 0) slot = (slot + 1) & (short_len_.size() - 1);
  short_packed_[slot] = packed;
  short_len_[slot] = static_cast<uint8_t>(lower_word.size());
  ++short_count_;
}

bool AbbreviationSet::LookUpFoldingCase(std::string_view word) const {
  if (word.empty() || word.size() > 8) {
    std::string lower(word);
    for (char& c : lower) c = base::AsciiLower(c);
    return words_.count(lower) != 0;
  }
  if (short_len_.empty()) return false;
  // Pack lower-cases, and a word's bytes with its length say exactly which word it is.
  const uint64_t packed = Pack(word);
  for (size_t slot = Slot(packed, word.size()); short_len_[slot] != 0; slot = (slot + 1) & (short_len_.size() - 1)) {
    if (short_packed_[slot] == packed && short_len_[slot] == word.size()) return true;
  }
  return false;
}

namespace {

bool Is(std::string_view text, const Token& t, const char* s) {
  const size_t len = std::strlen(s);
  return t.end - t.begin == len && std::memcmp(text.data() + t.begin, s, len) == 0;
}

std::string_view View(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

// (Inline: it is asked of every punctuation token.)
[[gnu::always_inline]] inline bool IsTerminal(std::string_view text, const Token& t) {
  if (!(t.flags & kPunct)) return false;
  if (t.end - t.begin == 1) {  // (most punctuation)
    const char c = text[t.begin];
    return c == '.' || c == '!' || c == '?';
  }
  return Is(text, t, "\xE2\x80\xA6");
}

bool IsClosing(std::string_view text, const Token& t) {
  return (t.flags & kPunct) && (Is(text, t, "\"") || Is(text, t, "'") || Is(text, t, ")") ||
                                Is(text, t, "]") || Is(text, t, "\xE2\x80\x9D") ||
                                Is(text, t, "\xE2\x80\x99") || Is(text, t, "\xC2\xBB"));
}

bool IsOpening(std::string_view text, const Token& t) {
  return (t.flags & kPunct) && (Is(text, t, "\"") || Is(text, t, "(") || Is(text, t, "[") ||
                                Is(text, t, "\xE2\x80\x9C") || Is(text, t, "\xE2\x80\x98") ||
                                Is(text, t, "\xC2\xAB") || Is(text, t, "'"));
}

bool IsDash(std::string_view text, const Token& t) {
  return (t.flags & kPunct) && !(t.flags & kJoined) &&
         (Is(text, t, "-") || Is(text, t, "\xE2\x80\x94") || Is(text, t, "\xE2\x80\x93"));
}

// Words that start sentences; after "U.S." they signal a boundary.
bool IsSentenceStarter(std::string_view w) {
  static const char* kStarters[] = {"the", "a", "an", "he", "she", "it", "they", "we", "i",
                                    "in", "on", "at", "but", "and", "this", "that", "these",
                                    "those", "his", "her", "its", "their", "there", "however",
                                    "meanwhile", "after", "before", "during", "earlier", "later",
                                    "both", "some", "officials", "according", "while", "when"};
  char buf[16];
  if (w.size() >= sizeof buf) return false;
  for (size_t i = 0; i < w.size(); ++i) buf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i];
  std::string_view lw(buf, w.size());
  for (const char* s : kStarters)
    if (lw == s) return true;
  return false;
}

// A dateline opens a paragraph: an ALL-CAPS place, optional ", Month Day", optional "(Agency)",
// then a dash. Returns the index of the dash token, or 0 when there is none.
size_t FindDateline(std::string_view text, std::span<const Token> tokens, size_t b, size_t e) {
  if (b >= e || !(tokens[b].flags & kAllCaps)) return 0;
  const size_t limit = std::min(e, b + 14);
  for (size_t i = b + 1; i < limit; ++i) {
    const Token& t = tokens[i];
    if (IsDash(text, t) || (Is(text, t, "-") && i + 1 < e && Is(text, tokens[i + 1], "-"))) {
      return Is(text, t, "-") && i + 1 < e && Is(text, tokens[i + 1], "-") ? i + 1 : i;
    }
    if (IsTerminal(text, t) && !(i > b && (tokens[i - 1].flags & kWord))) return 0;
    if (t.flags & kNewlineBefore) return 0;
  }
  return 0;
}

}  // namespace

void SplitSentences(std::string_view text, std::span<const Token> tokens,
                    const AbbreviationSet& abbreviations, std::vector<Sentence>* out) {
  const size_t n = tokens.size();
  size_t start = 0;
  bool paragraph_start = true;
  auto emit = [&](size_t b, size_t e, SentenceKind kind) {
    if (b >= e) return;
    Sentence s;
    s.tok_begin = static_cast<uint32_t>(b);
    s.tok_end = static_cast<uint32_t>(e);
    s.begin = tokens[b].begin;
    s.end = tokens[e - 1].end;
    s.kind = kind;
    out->push_back(s);
  };
  for (size_t i = 0; i < n; ++i) {
    // Words and numbers inside a line, without a final dot (most tokens), neither open a line
    // nor may end a sentence: none of the rules below applies to them.
    if (i > start) {
      // One pointer compare and one flag test per token skipped (a word that ends with a
      // period is flagged by the tokenizer).
      const Token* p = &tokens[i];
      const Token* const last = &tokens[n - 1];
      constexpr uint16_t kStops = kPunct | kNewlineBefore | kFinalPeriod;
      // (Four tokens per test first: most runs of words are longer.)
      while (last - p >= 4 && !((p[0].flags | p[1].flags | p[2].flags | p[3].flags) & kStops)) p += 4;
      while (p < last && !(p->flags & kStops)) ++p;
      i = static_cast<size_t>(p - tokens.data());
    }
    const Token& t = tokens[i];
    // Line structure: a blank line always ends a sentence; a single line break ends one when
    // the previous line looks like a headline or caption (short, no final punctuation).
    if (i > start && (t.flags & kNewlineBefore)) {
      const Token& prev = tokens[i - 1];
      const bool blank = t.flags & kParagraphBefore;
      // Only a whole line that opens a paragraph can be a headline or caption; inside a
      // paragraph a line break is just wrapping.
      const bool line_opens_paragraph = start == 0 || (tokens[start].flags & kParagraphBefore);
      const bool short_line = line_opens_paragraph && prev.end - tokens[start].begin < 160 &&
                              !IsTerminal(text, prev) && !Is(text, prev, ",") &&
                              (t.flags & (kCapitalized | kNumber));
      if (blank || short_line) {
        emit(start, i, out->empty() && !IsTerminal(text, prev) ? SentenceKind::kHeadline
                                                               : SentenceKind::kBody);
        start = i;
        paragraph_start = true;
      }
    }
    if (i == start && (paragraph_start || (t.flags & kParagraphBefore))) {
      paragraph_start = false;
      // Only an ALL-CAPS first token can open a dateline (FindDateline checks it too): the
      // end of the line is looked for only then.
      if (t.flags & kAllCaps) {
        size_t limit = i + 1;
        while (limit < n && !(tokens[limit].flags & kNewlineBefore)) ++limit;
        if (size_t dash = FindDateline(text, tokens, i, limit); dash != 0) {
          emit(i, dash + 1, SentenceKind::kDateline);
          start = dash + 1;
          i = dash;
          continue;
        }
      }
    }
    // Dotted initialism at the end of a sentence: "... sanctions on the U.S. The move ..."
    bool boundary = false;
    size_t end = i + 1;
    if ((t.flags & kWord) && text[t.end - 1] == '.' && t.end - t.begin >= 2 && i + 1 < n &&
        (tokens[i + 1].flags & kCapitalized) && IsSentenceStarter(View(text, tokens[i + 1]))) {
      boundary = true;
    } else if (IsTerminal(text, t)) {
      // The period after an abbreviation ("Gen.", "Oct. 3", "No. 2") does not end a sentence.
      if (Is(text, t, ".") && i > start && (tokens[i - 1].flags & kWord) &&
          tokens[i - 1].end == t.begin) {
        if (abbreviations.ContainsFoldingCase(View(text, tokens[i - 1]))) {
          const bool next_starter = i + 1 < n && (tokens[i + 1].flags & kCapitalized) &&
                                    IsSentenceStarter(View(text, tokens[i + 1]));
          if (!next_starter) continue;
        }
      }
      // Closing quotes and brackets glued to the punctuation belong to this sentence; a quote
      // after a space opens the next one.
      while (end < n && (IsTerminal(text, tokens[end]) || IsClosing(text, tokens[end])) &&
             !(tokens[end].flags & kSpaceBefore)) {
        ++end;
      }
      if (end >= n) {
        boundary = true;
      } else {
        const Token& next = tokens[end];
        boundary = (next.flags & (kCapitalized | kNumber)) || IsOpening(text, next) ||
                   (next.flags & kNewlineBefore);
        if (!(next.flags & kSpaceBefore)) boundary = false;  // "3.5", "e.g.x"
      }
    }
    if (boundary) {
      emit(start, end, SentenceKind::kBody);
      start = end;
      i = end - 1;
    }
  }
  emit(start, n, out->empty() ? SentenceKind::kHeadline : SentenceKind::kBody);
  // A single trailing piece that is the whole text is an ordinary sentence, not a headline.
  if (out->size() == 1 && (*out)[0].kind == SentenceKind::kHeadline) {
    (*out)[0].kind = SentenceKind::kBody;
  }
}

}  // namespace entente::text
