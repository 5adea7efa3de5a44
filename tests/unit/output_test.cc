// Unit tests for io::FormatEvent / io::FormatHeader: JSON Lines, Phoenix-style TSV, PLOVER.
#include "io/output.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "base/strings.h"

namespace entente::io {
namespace {

using nlohmann::json;

Event FullEvent() {
  Event e;
  e.doc_id = "s0001";
  e.sentence = 2;
  e.date = Date{2024, 10, 28};
  e.end_date = Date{2024, 10, 30};
  e.source = Actor{"North Korean Foreign Minister Choe Son-hui", "PRKGOV", "PRK", "GOV"};
  e.target = Actor{"Minsk", "BLR", "BLR", ""};
  e.cameo = "042";
  e.plover = "CONSULT";
  e.quad_class = 1;
  e.goldstein = 1.9;
  e.location = Location{"Minsk", "BLR", 53.9045, 27.5615};
  e.evidence = Evidence{"Choe \"visited\"\tMinsk\non Monday.", "visited", "verb:visit * [verbs.tsv:12]", 120, 170};
  return e;
}

Event BareEvent() {
  Event e;
  e.doc_id = "d";
  e.date = Date{2025, 1, 2};
  e.source = Actor{"Russia", "RUS", "RUS", ""};
  e.cameo = "010";
  e.quad_class = 1;
  return e;
}

std::string Format(const Event& e, OutputFormat f, const Document* doc = nullptr) {
  std::string out;
  FormatEvent(e, doc, f, "s0001-s2-e1", &out);
  return out;
}

TEST(OutputTest, JsonlParsesBackWithDocumentedKeys) {
  const std::string line = Format(FullEvent(), OutputFormat::kJsonl);
  ASSERT_FALSE(line.empty());
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1) << "one line per event";
  const json j = json::parse(line);
  EXPECT_EQ(j["event_id"], "s0001-s2-e1");
  EXPECT_EQ(j["doc_id"], "s0001");
  EXPECT_EQ(j["sentence"], 2);
  EXPECT_EQ(j["date"], "2024-10-28");
  EXPECT_EQ(j["end_date"], "2024-10-30");
  for (const char* side : {"source", "target"}) {
    for (const char* key : {"text", "code", "country", "sector"}) {
      EXPECT_TRUE(j[side].contains(key)) << side << "." << key;
    }
  }
  EXPECT_EQ(j["source"]["text"], "North Korean Foreign Minister Choe Son-hui");
  EXPECT_EQ(j["source"]["code"], "PRKGOV");
  EXPECT_EQ(j["source"]["country"], "PRK");
  EXPECT_EQ(j["source"]["sector"], "GOV");
  EXPECT_EQ(j["target"]["code"], "BLR");
  EXPECT_EQ(j["cameo"], "042");
  EXPECT_EQ(j["plover"], "CONSULT");
  EXPECT_EQ(j["quad_class"], 1);
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), 1.9);
  EXPECT_EQ(j["location"]["name"], "Minsk");
  EXPECT_EQ(j["location"]["country"], "BLR");
  EXPECT_DOUBLE_EQ(j["location"]["lat"].get<double>(), 53.9045);
  EXPECT_DOUBLE_EQ(j["location"]["lon"].get<double>(), 27.5615);
  EXPECT_EQ(j["evidence"]["sentence_text"], "Choe \"visited\"\tMinsk\non Monday.");
  EXPECT_EQ(j["evidence"]["verb_text"], "visited");
  EXPECT_EQ(j["evidence"]["rule"], "verb:visit * [verbs.tsv:12]");
  EXPECT_EQ(j["evidence"]["start"], 120);
  EXPECT_EQ(j["evidence"]["end"], 170);
  EXPECT_FALSE(j.contains("doc_source")) << "document fields only when a document is given";
}

TEST(OutputTest, JsonlUsesNullForAbsentParts) {
  const json j = json::parse(Format(BareEvent(), OutputFormat::kJsonl));
  EXPECT_TRUE(j["end_date"].is_null());
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_TRUE(j["plover"].is_null());
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_EQ(j["source"]["sector"], "");
}

TEST(OutputTest, JsonlWithDocumentAddsSourceAndUrl) {
  Document doc;
  doc.source = "Entente Wire";
  const json j = json::parse(Format(FullEvent(), OutputFormat::kJsonl, &doc));
  EXPECT_EQ(j["doc_source"], "Entente Wire");
  EXPECT_TRUE(j["url"].is_null());
}

TEST(OutputTest, JsonlReplacesInvalidUtf8InsteadOfThrowing) {
  Event e = FullEvent();
  e.evidence.sentence_text = "bad \xFF byte";
  std::string line;
  ASSERT_NO_THROW(line = Format(e, OutputFormat::kJsonl));
  const json j = json::parse(line);
  EXPECT_EQ(j["evidence"]["sentence_text"], "bad \xEF\xBF\xBD byte");  // U+FFFD
}

TEST(OutputTest, TsvRowMatchesHeader) {
  const std::string header = FormatHeader(OutputFormat::kTsv);
  ASSERT_FALSE(header.empty());
  ASSERT_EQ(header.back(), '\n');
  const auto columns = base::SplitExact(std::string_view(header).substr(0, header.size() - 1), '\t');
  EXPECT_EQ(columns.size(), 26u);
  EXPECT_EQ(columns.front(), "event_id");
  Document doc;
  doc.url = "https://example.org/a\tb";
  doc.source = "Wire";
  for (const Event& e : {FullEvent(), BareEvent()}) {
    const std::string row = Format(e, OutputFormat::kTsv, &doc);
    ASSERT_EQ(row.back(), '\n');
    EXPECT_EQ(row.find('\n'), row.size() - 1) << "embedded newline in a TSV row";
    const auto fields = base::SplitExact(std::string_view(row).substr(0, row.size() - 1), '\t');
    ASSERT_EQ(fields.size(), columns.size()) << row;
    auto field = [&](std::string_view name) {
      for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == name) return std::string(fields[i]);
      ADD_FAILURE() << "no column " << name;
      return std::string();
    };
    EXPECT_EQ(field("event_id"), "s0001-s2-e1");
    EXPECT_EQ(field("source_full"), e.source.code);
    EXPECT_EQ(field("event_code"), e.cameo);
    EXPECT_EQ(field("event_root"), e.cameo.substr(0, 2));
    EXPECT_EQ(field("urls"), "https://example.org/a b");
    EXPECT_EQ(field("news_sources"), "Wire");
    EXPECT_EQ(field("sentence_id"), e.doc_id + "_" + std::to_string(e.sentence));
  }
  const std::string row = Format(FullEvent(), OutputFormat::kTsv);
  const auto fields = base::SplitExact(std::string_view(row).substr(0, row.size() - 1), '\t');
  ASSERT_EQ(fields.size(), columns.size());
  EXPECT_EQ(fields[1], "20241028");
  EXPECT_EQ(fields[9], "BLR");  // target_full
  EXPECT_EQ(fields[20], "Minsk");  // location_name
}

TEST(OutputTest, OtherFormatsHaveNoHeader) {
  EXPECT_EQ(FormatHeader(OutputFormat::kJsonl), "");
  EXPECT_EQ(FormatHeader(OutputFormat::kPlover), "");
}

TEST(OutputTest, PloverRecord) {
  const json j = json::parse(Format(FullEvent(), OutputFormat::kPlover));
  EXPECT_EQ(j["id"], "s0001-s2-e1");
  EXPECT_EQ(j["event_type"], "CONSULT");
  EXPECT_EQ(j["date"], "2024-10-28");
  EXPECT_EQ(j["actor"], "North Korean Foreign Minister Choe Son-hui");
  EXPECT_EQ(j["actor_code"], "PRKGOV");
  EXPECT_EQ(j["recipient_code"], "BLR");
  ASSERT_TRUE(j["location"].is_array());
  ASSERT_EQ(j["location"].size(), 1u);
  EXPECT_EQ(j["location"][0]["name"], "Minsk");
  EXPECT_EQ(j["cameo"], "042");
}

TEST(OutputTest, PloverSkipsEventsWithoutPloverType) {
  std::string out = "keep";
  FormatEvent(BareEvent(), nullptr, OutputFormat::kPlover, "x", &out);  // CAMEO 010
  EXPECT_EQ(out, "keep");
  Event e = BareEvent();
  e.plover = "CONSULT";
  const json j = json::parse(Format(e, OutputFormat::kPlover));
  EXPECT_EQ(j["recipient"], "");
  EXPECT_TRUE(j["location"].empty());
}

// The escaping fast paths (16 and 8 bytes at a time) against the JSON parser, on strings full of
// quotes, backslashes and control characters at every alignment.
TEST(OutputTest, EscapingRoundTripsEveryByte) {
  std::mt19937 rng(3);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int len = static_cast<int>(rng() % 70);
    for (int i = 0; i < len; ++i) {
      const unsigned r = rng() % 10;
      text.push_back(r == 0 ? '"' : r == 1 ? '\\' : r == 2 ? static_cast<char>(1 + rng() % 31)
                     : static_cast<char>(' ' + rng() % 95));
    }
    Event e = BareEvent();
    e.evidence.sentence_text = text;
    for (bool trusted : {false, true}) {
      std::string out;
      FormatEvent(e, nullptr, OutputFormat::kJsonl, "id", &out, trusted);
      const json j = json::parse(out);
      ASSERT_EQ(j["evidence"]["sentence_text"].get<std::string>(), text);
    }
  }
}

// The JSON string writer's word and 16-byte paths (short strings, overlapping tails) against a
// byte-by-byte escaper: strings of every length up to 80 with no special byte or one at any
// position, in a short field (actor code) and a long one (sentence text).
std::string ReferenceJsonString(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

TEST(OutputTest, StringWriterMatchesByteByByteEscaper) {
  std::mt19937 rng(9);
  const char kSpecials[] = {'"', '\\', '\n', '\t', '\x01', '\x1F', '\r'};
  for (int len = 0; len <= 80; ++len) {
    for (int at = -1; at < len; ++at) {
      std::string text;
      for (int i = 0; i < len; ++i) text.push_back(static_cast<char>(' ' + rng() % 95));
      for (char& c : text) if (c == '"' || c == '\\') c = 'x';
      if (rng() % 3 == 0) text += "\xC3\xA9";  // UTF-8 passes through
      if (at >= 0) text[static_cast<size_t>(at)] = kSpecials[rng() % sizeof kSpecials];
      Event e = BareEvent();
      e.source.code = text;
      e.evidence.sentence_text = text + text;
      std::string out = "prefix";
      FormatEvent(e, nullptr, OutputFormat::kJsonl, "id", &out, /*trusted_utf8=*/true);
      ASSERT_NE(out.find("\"code\":" + ReferenceJsonString(text) + ","), std::string::npos) << out;
      ASSERT_NE(out.find("\"sentence_text\":" + ReferenceJsonString(text + text) + ","), std::string::npos) << out;
      ASSERT_EQ(out.substr(0, 6), "prefix");
      ASSERT_EQ(out.back(), '\n');
    }
  }
}

// Dates are written with a digit-pair table; years outside 0..9999 keep the old digit loop.
TEST(OutputTest, JsonlDatesAreZeroPaddedDigits) {
  const std::pair<Date, std::string> cases[] = {{Date{2024, 10, 28}, "2024-10-28"}, {Date{5, 1, 2}, "0005-01-02"},
                                                {Date{999, 12, 31}, "0999-12-31"}, {Date{9999, 9, 9}, "9999-09-09"},
                                                {Date{12345, 1, 1}, "2345-01-01"}, {Date{2000, 0, 0}, "2000-00-00"}};
  for (const auto& [date, text] : cases) {
    Event e = BareEvent();
    e.date = date;
    e.end_date = date;
    std::string out;
    FormatEvent(e, nullptr, OutputFormat::kJsonl, "id", &out, true);
    EXPECT_NE(out.find("\"date\":\"" + text + "\",\"end_date\":\"" + text + "\","), std::string::npos) << out;
  }
}

TEST(OutputTest, IssuesAppearInEveryFormatThatHasThem) {
  Event e = FullEvent();
  e.issues = {{"STUDENTS", 2}, {"SCHOOLS", 1}};
  const json j = json::parse(Format(e, OutputFormat::kJsonl));
  EXPECT_EQ(j["issues"].get<std::string>(), "STUDENTS,2;SCHOOLS,1");
  EXPECT_FALSE(json::parse(Format(FullEvent(), OutputFormat::kJsonl)).contains("issues"));
  const std::string header = FormatHeader(OutputFormat::kTsv);
  const auto columns = base::SplitExact(std::string_view(header).substr(0, header.size() - 1), '\t');
  const std::string row = Format(e, OutputFormat::kTsv);
  const auto fields = base::SplitExact(std::string_view(row).substr(0, row.size() - 1), '\t');
  ASSERT_EQ(fields.size(), columns.size());
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i] == "issues") {
      EXPECT_EQ(fields[i], "STUDENTS,2;SCHOOLS,1");
    }
  }
  // PETRARCH2's event file: one row per (source, target, code), issues summed over its sentences.
  Event other = e;
  other.sentence = 3;
  other.evidence.start = 200;
  other.issues = {{"SCHOOLS", 1}};
  Document doc{"s0001", "", Date{2024, 10, 28}, "", ""};
  std::string out;
  FormatPetrarchEvents({e, other}, doc, nullptr, &out);
  const auto cells = base::SplitExact(std::string_view(out).substr(0, out.size() - 1), '\t');
  ASSERT_EQ(cells.size(), 8u) << out;
  EXPECT_EQ(cells[4], "STUDENTS,2;SCHOOLS,2") << out;
}

// PETRARCH2's event file keys its rows by the fields as written: codes that differ only by a tab
// or line break against a space share a row, and no field carries a tab or line break.
TEST(OutputTest, PetrarchRowsCompareFieldsAsWritten) {
  Event a = BareEvent();
  a.source.code = "A\tB";
  a.cameo = "042";
  Event b = a;
  b.source.code = "A B";
  b.sentence = 1;
  Event again = a;  // the same sentence again: listed once
  Event c = a;
  c.source.code = "";
  c.sentence = 2;
  Document doc{"s\t1", "", Date{2024, 10, 28}, "", "https://example.org/a\tb\nc"};
  std::string out;
  FormatPetrarchEvents({a, b, again, c}, doc, nullptr, &out);
  EXPECT_EQ(out,
            "20241028\tA B\t---\t042\t\ts 1_0;s 1_1\thttps://example.org/a b c\tNULL\n"
            "20241028\t---\t---\t042\t\ts 1_2\thttps://example.org/a b c\tNULL\n");
}

}  // namespace
}  // namespace entente::io
