// io/petrarch_xml.cc — see petrarch_xml.h.
#include "io/petrarch_xml.h"

#include <unordered_map>

#include "base/strings.h"
#include "io/validation_xml.h"
#include "text/utf8.h"

namespace entente::io {

namespace {

// Splits the validation reader's "path:line: message" back into its parts.
ParseProblem FromSuiteError(const std::string& path, const std::string& e) {
  ParseProblem p;
  const std::string prefix = path + ":";
  if (e.rfind(prefix, 0) == 0) {
    const size_t colon = e.find(": ", prefix.size());
    if (colon != std::string::npos) {
      p.where = e.substr(0, colon);
      p.message = e.substr(colon + 2);
      return p;
    }
  }
  p.where = path;
  p.message = e;
  return p;
}

}  // namespace

std::string ReadParse(const std::string& path, const std::string& body, int first_line, ParsedSentence* out,
                      bool* conllu) {
  out->tokens.clear();
  out->constituents.clear();
  const std::string_view trimmed = base::Trim(body);
  *conllu = !trimmed.empty() && trimmed.front() != '(';
  if (!*conllu) {
    std::string why = ParsePennTree(trimmed, out);
    if (!why.empty()) {
      out->tokens.clear();
      out->constituents.clear();
      return "Penn tree: " + why;
    }
  } else {
    std::vector<ParsedDocument> docs;
    std::vector<ParseProblem> problems;
    ParseConllu(path, body, first_line, &docs, &problems);
    if (!problems.empty()) return "CoNLL-U at " + problems.front().where + ": " + problems.front().message;
    // Several CoNLL-U sentences for one record are read as one token sequence; heads are
    // renumbered into it.
    for (ParsedDocument& d : docs) {
      for (ParsedSentence& s : d.sentences) {
        const int base = static_cast<int>(out->tokens.size());
        for (ParsedToken& t : s.tokens) {
          if (t.head >= 0) t.head += base;
          out->tokens.push_back(std::move(t));
        }
      }
    }
    if (out->tokens.empty()) return "CoNLL-U: no word lines";
  }
  AlignTokens(out->text, &out->tokens);
  return "";
}

void ParsePetrarchXml(const std::string& path, const std::string& data, std::vector<PetrarchStory>* stories,
                      std::vector<ParseProblem>* problems, PetrarchStats* stats) {
  PetrarchStats local;
  if (!stats) stats = &local;
  Suite suite;
  ParseValidationSuite(path, data, &suite);
  for (const std::string& e : suite.errors) problems->push_back(FromSuiteError(path, e));
  std::unordered_map<std::string, size_t> story_index;
  for (Record& rec : suite.records) {
    ++stats->records;
    // Story and sentence ids the way PETRARCH2 splits them.
    const std::string attr = base::ToLower(base::Trim(rec.sentence_attr));
    const size_t dash = rec.id.rfind('-');
    std::string story_id = rec.id, out_id = rec.id;
    if (attr != "false" && dash != std::string::npos && dash > 0 && dash + 1 < rec.id.size()) {
      story_id = rec.id.substr(0, dash);
      out_id = story_id + "_" + rec.id.substr(dash + 1);
    }
    const std::string where = path + ":" + std::to_string(rec.line);
    ParsedSentence sent;
    sent.id = rec.id;
    sent.line = rec.line;
    // PETRARCH reads the text with its line breaks turned into spaces.
    std::string text = base::CollapseWhitespace(rec.text);
    if (const size_t bad = text::FindInvalidUtf8(text); bad != std::string::npos) {
      problems->push_back({where, story_id, rec.id, "invalid UTF-8 at byte " + std::to_string(bad) + " of <Text>; record skipped"});
      continue;
    }
    if (!text::IsAscii(text) && !text::NormalizeNfc(text, &sent.text)) {
      problems->push_back({where, story_id, rec.id, "text refused by Unicode normalisation; record skipped"});
      continue;
    }
    if (sent.text.empty()) sent.text = std::move(text);
    if (!base::Trim(rec.parse).empty()) {
      ++stats->parses;
      bool conllu = false;
      const std::string why = ReadParse(path, rec.parse, rec.parse_line, &sent, &conllu);
      if (!why.empty()) {
        ++stats->bad_parses;
        problems->push_back({path + ":" + std::to_string(rec.parse_line), story_id, rec.id,
                             "<Parse>: " + why + "; parse ignored, the text is still coded"});
      } else {
        ++(conllu ? stats->conllu_parses : stats->penn_trees);
        stats->tokens += sent.tokens.size();
        for (const ParsedToken& t : sent.tokens) stats->tokens_aligned += t.aligned;
      }
    }
    auto [it, fresh] = story_index.emplace(story_id, stories->size());
    if (fresh) {
      PetrarchStory story;
      story.id = story_id;
      story.date = rec.day;
      story.source = rec.source;
      story.line = rec.line;
      stories->push_back(std::move(story));
    }
    PetrarchStory& story = (*stories)[it->second];
    story.sentences.push_back(std::move(sent));
    story.sentence_ids.push_back(std::move(out_id));
  }
}

}  // namespace entente::io
