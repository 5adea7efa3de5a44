// Unit tests for lexicon/tsv: exact headers, line numbers, malformed lines as warnings.
#include "lexicon/tsv.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace entente::lexicon {
namespace {

namespace fs = std::filesystem;

class TsvTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("entente_tsv_test_" + std::to_string(std::random_device{}()) + "_" +
            std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  const std::vector<std::string> kCameoCols = {"code", "name", "goldstein", "quad_class", "plover"};
  fs::path dir_;
};

TEST_F(TsvTest, ReadsRowsWithLineNumbersAndTrimmedCells) {
  const std::string path = Write("cameo.tsv",
                                 "# comment line\n"
                                 "\n"
                                 "code\tname\tgoldstein\tquad_class\tplover\n"
                                 "042\tMake a visit\t1.9\t1\tCONSULT\n"
                                 "# another comment\n"
                                 "010\t Make statement \t0.0\t1\t\r\n");
  std::string content;
  std::vector<std::string> warnings;
  std::vector<int> lines;
  std::vector<std::vector<std::string>> cells;
  const Status s = ReadTsv(path, kCameoCols, &content, &warnings, [&](const TsvRow& r) {
    lines.push_back(r.line);
    cells.emplace_back(r.cells.begin(), r.cells.end());
  });
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(lines, (std::vector<int>{4, 6}));
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[0], (std::vector<std::string>{"042", "Make a visit", "1.9", "1", "CONSULT"}));
  EXPECT_EQ(cells[1], (std::vector<std::string>{"010", "Make statement", "0.0", "1", ""}));
  EXPECT_FALSE(content.empty());
}

TEST_F(TsvTest, HeaderMismatchIsAnErrorWithFileAndLine) {
  const std::string path = Write("bad_header.tsv",
                                 "# comment\n"
                                 "code\tname\tgoldstein\tquad\tplover\n"
                                 "042\tMake a visit\t1.9\t1\tCONSULT\n");
  std::string content;
  std::vector<std::string> warnings;
  int rows = 0;
  const Status s = ReadTsv(path, kCameoCols, &content, &warnings, [&](const TsvRow&) { ++rows; });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kParseError);
  EXPECT_NE(s.message().find(path + ":2:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("expected header"), std::string::npos) << s.message();
  EXPECT_EQ(rows, 0);
}

TEST_F(TsvTest, HeaderWithTooFewColumnsIsAnError) {
  const std::string path = Write("short_header.tsv", "code\tname\tgoldstein\tquad_class\n");
  std::string content;
  std::vector<std::string> warnings;
  const Status s = ReadTsv(path, kCameoCols, &content, &warnings, [](const TsvRow&) {});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path + ":1:"), std::string::npos) << s.message();
}

TEST_F(TsvTest, WrongColumnCountIsAWarningAndOtherLinesStillLoad) {
  const std::string path = Write("cameo.tsv",
                                 "code\tname\tgoldstein\tquad_class\tplover\n"
                                 "042\tMake a visit\t1.9\t1\tCONSULT\n"
                                 "043\tHost a visit\t2.8\t1\n"
                                 "044\tMeet\t2.5\t1\tCONSULT\textra\n"
                                 "046\tNegotiate\t7.0\t1\tCONSULT\n");
  std::string content;
  std::vector<std::string> warnings;
  std::vector<std::string> codes;
  const Status s = ReadTsv(path, kCameoCols, &content, &warnings,
                           [&](const TsvRow& r) { codes.emplace_back(r.cells[0]); });
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(codes, (std::vector<std::string>{"042", "046"}));
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], path + ":3: expected 5 tab-separated columns, found 4");
  EXPECT_EQ(warnings[1], path + ":4: expected 5 tab-separated columns, found 6");
}

TEST_F(TsvTest, EveryRowHasTheHeaderColumnCount) {
  const std::string path = Write("x.tsv", "a\tb\tc\n1\t\t\n\t\t3\nonly one\n");
  std::string content;
  std::vector<std::string> warnings;
  int rows = 0;
  const Status s = ReadTsv(path, {"a", "b", "c"}, &content, &warnings, [&](const TsvRow& r) {
    ++rows;
    EXPECT_EQ(r.cells.size(), 3u);
  });
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(rows, 2);
  EXPECT_EQ(warnings.size(), 1u);
}

TEST_F(TsvTest, EmptyFileIsAnError) {
  const std::string path = Write("empty.tsv", "# only a comment\n\n");
  std::string content;
  std::vector<std::string> warnings;
  const Status s = ReadTsv(path, kCameoCols, &content, &warnings, [](const TsvRow&) {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kParseError);
  EXPECT_NE(s.message().find(path), std::string::npos);
}

TEST_F(TsvTest, MissingFileIsNotFound) {
  const std::string path = (dir_ / "does_not_exist.tsv").string();
  std::string content;
  std::vector<std::string> warnings;
  const Status s = ReadTsv(path, kCameoCols, &content, &warnings, [](const TsvRow&) {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_NE(s.message().find(path), std::string::npos);
  std::string out;
  EXPECT_EQ(ReadFile(path, &out).code(), StatusCode::kNotFound);
}

TEST_F(TsvTest, ReadFileReturnsExactBytes) {
  const std::string bytes = std::string("a\0b\r\n\xC3\xA9", 7);
  const std::string path = Write("bytes.bin", bytes);
  std::string out;
  ASSERT_TRUE(ReadFile(path, &out).ok());
  EXPECT_EQ(out, bytes);
}

TEST_F(TsvTest, LastLineWithoutNewline) {
  const std::string path = Write("nonl.tsv", "a\tb\nx\ty");
  std::string content;
  std::vector<std::string> warnings;
  std::vector<std::string> seen;
  ASSERT_TRUE(ReadTsv(path, {"a", "b"}, &content, &warnings, [&](const TsvRow& r) {
                seen.emplace_back(r.cells[1]);
              }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"y"}));
}

}  // namespace
}  // namespace entente::lexicon
