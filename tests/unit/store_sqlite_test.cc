// SQLite-only behaviour of the event store: the migration to schema 2 (mention id ranges per
// document instead of a document index) and the in-memory key filter that skips dedup lookups,
// which must stay correct when another connection writes to the same file.
#include <sqlite3.h>

#include <string>
#include <vector>

#include "base/date.h"
#include "store/sqlite_store.h"
#include "test_support.h"

namespace entente::store {
namespace {

using testing_support::TempDir;

Event Ev(const std::string& src, const std::string& tgt, const std::string& cameo, const char* date) {
  Event e;
  e.date = *base::ParseIsoDate(date);
  e.source = Actor{src, src, src, ""};
  e.target = Actor{tgt, tgt, tgt, ""};
  e.cameo = cameo;
  e.plover = "CONSULT";
  e.quad_class = 1;
  e.goldstein = 1.0;
  e.evidence = Evidence{"A sentence.", "met", "verb:meet *", 0, 11};
  return e;
}

struct Coded {
  Document doc;
  std::vector<Event> events;
};

Coded Doc(const std::string& id, const std::string& text, std::vector<Event> events) {
  Coded c;
  c.doc.id = id;
  c.doc.text = text;
  c.doc.date = *base::ParseIsoDate("2025-10-30");
  c.doc.source = "outlet-" + id;
  for (Event& e : events) e.doc_id = id;
  c.events = std::move(events);
  return c;
}

void Ingest(EventStore& s, const std::vector<Coded>& docs, IngestCounts* counts = nullptr) {
  std::vector<CodedDocument> batch;
  for (const Coded& c : docs) batch.push_back({&c.doc, &c.events});
  const Status st = s.Ingest(batch, counts);
  ASSERT_TRUE(st.ok()) << st.message();
}

std::unique_ptr<EventStore> Open(const std::string& path) {
  auto r = OpenSqliteStore(path);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(r.value()) : nullptr;
}

void Sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "") << " in " << sql;
  sqlite3_free(err);
  sqlite3_close(db);
}

int64_t Number(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
  int64_t v = -1;
  if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

// Every mention's document, as "doc_id:mentions" in doc order (what a replace must keep right).
std::string MentionsPerDocument(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db,
                               "SELECT d.doc_id, count(m.id) FROM documents d LEFT JOIN mentions m ON m.document_id = d.id "
                               "GROUP BY d.id ORDER BY d.doc_id",
                               -1, &st, nullptr),
            SQLITE_OK);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW) {
    out += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    out += ":" + std::to_string(sqlite3_column_int64(st, 1)) + " ";
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

TEST(SqliteMigration, VersionOneDatabaseGetsMentionRangesAndReplacesCorrectly) {
  TempDir dir;
  const std::string path = dir.file("v1.db");
  {
    auto s = Open(path);
    ASSERT_TRUE(s);
    Ingest(*s, {Doc("a", "text a", {Ev("RUS", "BLR", "042", "2025-10-28"), Ev("PRK", "RUS", "043", "2025-10-28")}),
                Doc("b", "text b", {Ev("RUS", "BLR", "042", "2025-10-28")}),
                Doc("c", "text c", {Ev("CHN", "RUS", "036", "2025-10-29"), Ev("RUS", "CHN", "036", "2025-10-29"),
                                    Ev("USA", "JPN", "040", "2025-10-29")})});
  }
  // Turn the file back into a version-1 store: no ranges, the document index, version 1.
  Sql(path,
      "ALTER TABLE documents DROP COLUMN mention_lo; ALTER TABLE documents DROP COLUMN mention_hi;"
      "CREATE INDEX mentions_by_document ON mentions (document_id);"
      "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
  ASSERT_EQ(Number(path, "SELECT value FROM meta WHERE key = 'schema_version'"), 1);
  {
    auto s = Open(path);  // migrates
    ASSERT_TRUE(s);
  }
  EXPECT_EQ(Number(path, "SELECT value FROM meta WHERE key = 'schema_version'"), SqliteSchemaVersion());
  EXPECT_EQ(Number(path, "SELECT count(*) FROM sqlite_master WHERE name = 'mentions_by_document'"), 0);
  // The ranges computed by the migration cover exactly each document's mentions.
  EXPECT_EQ(Number(path,
                   "SELECT count(*) FROM documents d WHERE mention_hi - mention_lo + 1 != "
                   "(SELECT count(*) FROM mentions m WHERE m.document_id = d.id)"),
            0);
  EXPECT_EQ(Number(path, "SELECT mention_hi - mention_lo + 1 FROM documents WHERE doc_id = 'c'"), 3);
  // Replacing the middle document removes its mention and nobody else's.
  auto s = Open(path);
  ASSERT_TRUE(s);
  IngestCounts counts;
  Ingest(*s, {Doc("b", "text b, corrected", {Ev("USA", "JPN", "040", "2025-10-29"), Ev("JPN", "USA", "040", "2025-10-29")})},
         &counts);
  EXPECT_EQ(counts.documents_replaced, 1u);
  EXPECT_EQ(counts.mentions_removed, 1u);
  EXPECT_EQ(MentionsPerDocument(path), "a:2 b:2 c:3 ");
  // Replacing again (the new range) and with no events at all.
  Ingest(*s, {Doc("b", "text b, third version", {})}, &counts);
  EXPECT_EQ(counts.mentions_removed, 3u);
  EXPECT_EQ(MentionsPerDocument(path), "a:2 b:0 c:3 ");
  Ingest(*s, {Doc("b", "text b, fourth version", {Ev("RUS", "BLR", "042", "2025-10-28")})}, &counts);
  EXPECT_EQ(MentionsPerDocument(path), "a:2 b:1 c:3 ");
  // b's mention joins the RUS>BLR 042 event of a again: one event with two mentions.
  EXPECT_EQ(Number(path, "SELECT mentions FROM events WHERE source_code = 'RUS' AND target_code = 'BLR'"), 2);
}

TEST(SqliteKeyFilter, EventsWrittenByAnotherConnectionAreStillFound) {
  TempDir dir;
  const std::string path = dir.file("two.db");
  auto first = Open(path);
  auto second = Open(path);
  ASSERT_TRUE(first && second);
  // The first connection has written (so its key filter is built) before the second writes.
  Ingest(*first, {Doc("d1", "one", {Ev("RUS", "BLR", "042", "2025-10-28")})});
  Ingest(*second, {Doc("d2", "two", {Ev("PRK", "RUS", "043", "2025-10-28")})});
  // A report of the second connection's event, through the first: it must join that event.
  IngestCounts counts;
  Ingest(*first, {Doc("d3", "three", {Ev("PRK", "RUS", "043", "2025-10-29")})}, &counts);
  EXPECT_EQ(counts.events_created, 0u);
  EXPECT_EQ(Number(path, "SELECT count(*) FROM events"), 2);
  EXPECT_EQ(Number(path, "SELECT mentions FROM events WHERE source_code = 'PRK'"), 2);
}

TEST(SqliteKeyFilter, ManyDistinctKeysAcrossBatchesStillDeduplicate) {
  // More keys than the smallest filter holds (so it is rebuilt between batches), then a sample
  // of them reported again: each report must join its event.
  TempDir dir;
  const std::string path = dir.file("many.db");
  auto s = Open(path);
  ASSERT_TRUE(s);
  const int kKeys = 100000, kStep = 50;
  auto code = [](int i) { return "A" + std::to_string(i); };
  for (int b = 0; b < kKeys; b += 20000) {
    std::vector<Coded> docs;
    for (int i = b; i < b + 20000; i += 10) {
      std::vector<Event> evs;
      for (int j = i; j < i + 10; ++j) evs.push_back(Ev(code(j), "XYZ", "042", "2025-10-28"));
      docs.push_back(Doc("first-" + std::to_string(i), "t", std::move(evs)));
    }
    Ingest(*s, docs);
  }
  std::vector<Coded> again;
  for (int i = 0; i < kKeys; i += kStep) again.push_back(Doc("again-" + std::to_string(i), "t", {Ev(code(i), "XYZ", "042", "2025-10-29")}));
  IngestCounts counts;
  Ingest(*s, again, &counts);
  EXPECT_EQ(counts.events_created, 0u);
  EXPECT_EQ(Number(path, "SELECT count(*) FROM events"), kKeys);
  EXPECT_EQ(Number(path, "SELECT count(*) FROM events WHERE mentions = 2"), kKeys / kStep);
}

}  // namespace
}  // namespace entente::store
