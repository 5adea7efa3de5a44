// Unit tests for io::ParseJsonlRecord and io::ReadDocuments (JSON Lines and plain text input).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "io/input.h"
#include "test_support.h"

namespace entente::io {
namespace {

// Parses `line`; returns the error message ("" on success).
std::string Parse(std::string_view line, Document* doc) { return ParseJsonlRecord(line, doc); }

TEST(JsonlTest, AcceptsAFullRecord) {
  Document d;
  const std::string err = Parse(
      R"({"id": "s0001", "date": "2019-01-09", "source": "Entente Wire", "url": "https://example.org/x",)"
      R"( "text": "Kim Jong Un met Xi Jinping in Beijing.\nSecond line \u00e9", "extra": [1, 2]})",
      &d);
  ASSERT_EQ(err, "");
  EXPECT_EQ(d.id, "s0001");
  EXPECT_EQ(d.date, (Date{2019, 1, 9}));
  EXPECT_EQ(d.source, "Entente Wire");
  EXPECT_EQ(d.url, "https://example.org/x");
  EXPECT_EQ(d.text, "Kim Jong Un met Xi Jinping in Beijing.\nSecond line \xC3\xA9");
}

TEST(JsonlTest, OptionalFieldsMayBeMissingOrNull) {
  Document d;
  ASSERT_EQ(Parse(R"({"id": "a", "text": "t", "source": null, "url": null, "date": null})", &d), "");
  EXPECT_FALSE(d.date.known());
  EXPECT_EQ(d.source, "");
  Document d2;
  ASSERT_EQ(Parse(R"({"text": "t", "id": "b"})", &d2), "");
  EXPECT_EQ(d2.id, "b");
  EXPECT_FALSE(d2.date.known());
}

TEST(JsonlTest, AcceptsDateTimes) {
  Document d;
  ASSERT_EQ(Parse(R"({"id": "a", "text": "t", "date": "2024-10-28T13:45:00Z"})", &d), "");
  EXPECT_EQ(d.date, (Date{2024, 10, 28}));
  Document d2;
  ASSERT_EQ(Parse(R"({"id": "a", "text": "t", "date": "2024-10-28 13:45"})", &d2), "");
  EXPECT_EQ(d2.date, (Date{2024, 10, 28}));
}

TEST(JsonlTest, RejectsMalformedJson) {
  for (const char* line : {R"({"id": "a", "text": "t")", "not json", "", R"({"id": "a", "text": "t"} x)",
                           R"({'id': 'a'})"}) {
    Document d;
    EXPECT_EQ(Parse(line, &d), "malformed JSON") << line;
  }
  Document d;
  EXPECT_EQ(Parse(R"(["id", "text"])", &d), "expected a JSON object");
  EXPECT_EQ(Parse(R"("just a string")", &d), "expected a JSON object");
}

TEST(JsonlTest, RejectsMissingOrEmptyRequiredFields) {
  Document d;
  EXPECT_EQ(Parse(R"({"text": "t"})", &d), "missing \"id\"");
  EXPECT_EQ(Parse(R"({"id": null, "text": "t"})", &d), "missing \"id\"");
  EXPECT_EQ(Parse(R"({"id": "", "text": "t"})", &d), "empty \"id\"");
  Document d2;
  EXPECT_EQ(Parse(R"({"id": "a"})", &d2), "missing \"text\"");
  EXPECT_EQ(d2.id, "a");  // known id, so the caller can report it
}

TEST(JsonlTest, RejectsNonStringFields) {
  Document d;
  EXPECT_EQ(Parse(R"({"id": 17, "text": "t"})", &d), "\"id\" must be a string");
  EXPECT_EQ(Parse(R"({"id": "a", "text": ["t"]})", &d), "\"text\" must be a string");
  EXPECT_EQ(Parse(R"({"id": "a", "text": "t", "source": 3})", &d), "\"source\" must be a string");
  EXPECT_EQ(Parse(R"({"id": "a", "text": "t", "url": {}})", &d), "\"url\" must be a string");
  EXPECT_EQ(Parse(R"({"id": "a", "text": "t", "date": 20241028})", &d), "\"date\" must be a string");
}

TEST(JsonlTest, RejectsBadDates) {
  for (const char* date : {"2024-13-01", "2023-02-29", "2024-1-01", "28/10/2024", "2024-10-28x",
                           "yesterday", "2024-10"}) {
    Document d;
    const std::string line = std::string(R"({"id": "a", "text": "t", "date": ")") + date + "\"}";
    const std::string err = Parse(line, &d);
    EXPECT_EQ(err, std::string("bad \"date\" '") + date + "' (expected YYYY-MM-DD)") << line;
  }
}

// A key given twice counts with its first value (as simdjson's object lookup finds it); keys
// are compared unescaped; other keys are ignored.
TEST(JsonlTest, FirstValueOfARepeatedKeyCounts) {
  Document d;
  EXPECT_EQ(Parse(R"({"id": "a", "id": 3, "te\u0078t": "t", "text": "u", "extra": [1]})", &d), "");
  EXPECT_EQ(d.id, "a");
  EXPECT_EQ(d.text, "t");
  Document d2;
  EXPECT_EQ(Parse(R"({"id": null, "id": "b", "text": "t"})", &d2), "missing \"id\"");
  Document d3;
  EXPECT_EQ(Parse(R"({"id": "a", "text": "t", "date": 1, "date": "2024-10-28"})", &d3), "\"date\" must be a string");
}

TEST(ReadDocumentsTest, JsonlBatchesAndErrorsWithLineNumbers) {
  testing_support::TempDir dir;
  const std::string path = dir.Write("in.jsonl",
                                     "{\"id\": \"a\", \"text\": \"one\", \"date\": \"2024-10-28\"}\n"
                                     "\n"
                                     "{\"id\": \"b\", \"text\": 5}\n"
                                     "{\"id\": \"c\", \"text\": \"three\"}\n"
                                     "broken\n"
                                     "{\"id\": \"d\", \"text\": \"four\"}");
  std::vector<std::vector<std::string>> batches;
  std::vector<InputError> errors;
  std::vector<Date> dates;
  const Status s = ReadDocuments(
      path, InputFormat::kAuto, Date{2025, 1, 1}, 2,
      [&](std::vector<Document>& docs) {
        batches.emplace_back();
        for (const auto& d : docs) {
          batches.back().push_back(d.id);
          dates.push_back(d.date);
        }
      },
      [&](const InputError& e) { errors.push_back(e); });
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(batches, (std::vector<std::vector<std::string>>{{"a", "c"}, {"d"}}));
  EXPECT_EQ(dates, (std::vector<Date>{{2024, 10, 28}, {2025, 1, 1}, {2025, 1, 1}}));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].where, path + ":3");
  EXPECT_EQ(errors[0].doc_id, "b");
  EXPECT_EQ(errors[0].message, "\"text\" must be a string");
  EXPECT_EQ(errors[1].where, path + ":5");
  EXPECT_EQ(errors[1].message, "malformed JSON");
}

TEST(ReadDocumentsTest, NulByteDoesNotSwallowTheNextLine) {
  testing_support::TempDir dir;
  const std::string path = dir.Write("nul.jsonl", std::string("{\"id\": \"a\", \"text\": \"x\0y\"}\n", 27) +
                                                      "{\"id\": \"b\", \"text\": \"ok\"}\n");
  std::vector<std::string> ids;
  std::vector<std::string> where;
  ASSERT_TRUE(ReadDocuments(
                  path, InputFormat::kJsonl, Date{2025, 1, 1}, 10,
                  [&](std::vector<Document>& docs) {
                    for (const auto& d : docs) ids.push_back(d.id);
                  },
                  [&](const InputError& e) { where.push_back(e.where); })
                  .ok());
  EXPECT_EQ(ids, (std::vector<std::string>{"b"}));
  EXPECT_EQ(where, (std::vector<std::string>{path + ":1"}));
}

TEST(ReadDocumentsTest, PlainTextIsOneDocument) {
  testing_support::TempDir dir;
  const std::string path = dir.Write("story.txt", "Headline\n\nBody one.\nBody two.");
  std::vector<Document> got;
  const Status s = ReadDocuments(
      path, InputFormat::kAuto, Date{2025, 10, 30}, 100,
      [&](std::vector<Document>& docs) { got.insert(got.end(), docs.begin(), docs.end()); },
      [&](const InputError& e) { ADD_FAILURE() << e.message; });
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].id, path);
  EXPECT_EQ(got[0].date, (Date{2025, 10, 30}));
  EXPECT_EQ(got[0].text, "Headline\n\nBody one.\nBody two.\n");
}

TEST(ReadDocumentsTest, MissingFileIsAnError) {
  const Status s = ReadDocuments("/nonexistent/entente/in.jsonl", InputFormat::kJsonl, Date{2025, 1, 1}, 1,
                                 [](std::vector<Document>&) {}, [](const InputError&) {});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/entente/in.jsonl"), std::string::npos);
}

}  // namespace
}  // namespace entente::io
