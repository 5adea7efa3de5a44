// store/sqlite_store.cc — EventStore on SQLite: batched transactions, prepared statements, WAL.
//
// Deduplication (docs/STORE.md): a mention joins the oldest event with the same source actor
// code, target code and CAMEO code whose anchor (the mention that created it) matches by date:
// the mention's date lies in the anchor's window, or the anchor's date lies in the mention's.
// A window is the stated range ("Oct. 28 to 30"), else the date +- 1 day; ranges are capped at
// kMaxRangeDays for matching. Comparing with the anchor only (not with every mention) keeps
// daily repeated events from chaining into one.
#include "store/sqlite_store.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "base/strings.h"
#include "store/dedup.h"
#include "store/sqlite_db.h"
#include "store/sqlite_schema.h"

namespace entente::store {

int SqliteSchemaVersion() { return sqlite::CurrentSchemaVersion(); }

namespace {

using sqlite::Connection;
using sqlite::Statement;

using dedup::kMaxRangeDays;
using dedup::MentionWindow;
using dedup::Outlet;
using dedup::Window;

int Day(Date d) { return base::DaysFromCivil(d); }

// The WHERE conditions of a query on `events e` (appended after "WHERE 1"). Parameters are
// numbered so each filter binds by position in BindFilters.
std::string FilterSql(const EventQuery& q) {
  std::string sql;
  if (q.from) sql += " AND e.first_day >= ?1";
  if (q.to) sql += " AND e.first_day <= ?2";
  if (!q.actor.empty()) sql += " AND (e.source_country = ?3 OR e.target_country = ?3)";
  if (!q.dyad_a.empty()) {
    sql += " AND ((e.source_country = ?4 AND e.target_country = ?5) OR (e.source_country = ?5 AND e.target_country = ?4))";
  }
  if (!q.cameo_prefix.empty()) sql += " AND substr(e.cameo, 1, length(?6)) = ?6";
  if (!q.plover.empty()) sql += " AND e.plover = ?7";
  if (!q.ids.empty()) {
    sql += " AND e.id IN (";  // integers, written into the SQL text (nothing to escape)
    for (size_t i = 0; i < q.ids.size(); ++i) {
      if (i) sql += ',';
      sql += std::to_string(q.ids[i]);
    }
    sql += ")";
  }
  return sql;
}

// Binds the parameters of FilterSql(q); the query's strings must outlive the statement's steps.
void BindFilters(const EventQuery& q, Statement& st) {
  if (q.from) st.Bind(1, static_cast<int64_t>(Day(*q.from)));
  if (q.to) st.Bind(2, static_cast<int64_t>(Day(*q.to)));
  if (!q.actor.empty()) st.BindText(3, q.actor);
  if (!q.dyad_a.empty()) st.BindText(4, q.dyad_a).BindText(5, q.dyad_b);
  if (!q.cameo_prefix.empty()) st.BindText(6, q.cameo_prefix);
  if (!q.plover.empty()) st.BindText(7, q.plover);
}

// A Bloom filter over the key hashes (source, target, CAMEO) of the stored events. A new mention
// whose key is not in it cannot join an existing event, so the dedup lookup (an index probe that
// was about a fifth of the store's time) is skipped; a false positive only costs that lookup.
// It may hold keys that are no longer stored (rolled back or deleted events): also harmless.
class KeyFilter {
 public:
  bool loaded() const { return !bits_.empty(); }
  void Clear() { bits_.clear(); n_ = 0; }
  // Sizes the filter for `expected` keys (at least 16 bits per key, a power of two).
  void Reset(size_t expected) {
    size_t words = 1 << 14;  // 1 Mbit
    while (words * 64 < expected * 16) words *= 2;
    bits_.assign(words, 0);
    n_ = 0;
  }
  // Over capacity (more than 1 key per 12 bits): the false-positive rate starts to climb.
  bool full() const { return n_ * 12 > bits_.size() * 64; }
  size_t size() const { return n_; }
  void Add(uint64_t key) {
    ++n_;
    ForEachBit(key, [&](size_t w, uint64_t m) { bits_[w] |= m; return true; });
  }
  bool MayContain(uint64_t key) const {
    return ForEachBit(key, [&](size_t w, uint64_t m) { return (bits_[w] & m) != 0; });
  }

 private:
  // Three bits from a remix of the key (key hashes are FNV-1a, whose low bits are weak).
  template <typename F>
  bool ForEachBit(uint64_t key, F&& f) const {
    uint64_t h = key + 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    h ^= h >> 31;
    const size_t mask = bits_.size() * 64 - 1;
    for (int i = 0; i < 3; ++i) {
      const size_t bit = static_cast<size_t>(h >> (i * 21)) & mask;
      if (!f(bit >> 6, uint64_t{1} << (bit & 63))) return false;
    }
    return true;
  }
  std::vector<uint64_t> bits_;
  size_t n_ = 0;
};

class SqliteStore final : public EventStore {
 public:
  SqliteStore(std::unique_ptr<Connection> conn, SqliteOptions options)
      : conn_(std::move(conn)), options_(std::move(options)) {}

  Status PrepareStatements();
  Status Ingest(const std::vector<CodedDocument>& batch, IngestCounts* counts) override;
  Result<std::vector<bool>> Unchanged(const std::vector<Document>& docs) override;
  Status Query(const EventQuery& query, const EventSink& sink, size_t* matched) override;
  Status Scan(const EventQuery& query, const EventRowSink& sink, size_t* matched) override;
  Result<StoreTotals> Totals() override;

 private:
  Status IngestDocument(const Document& doc, const std::vector<Event>& events, IngestCounts* counts);
  Status IngestMention(int64_t document_id, const std::string& outlet, const Event& e, int ordinal,
                       IngestCounts* counts);
  Status IngestInTransaction(const std::vector<CodedDocument>& batch, IngestCounts* counts);

  std::unique_ptr<Connection> conn_;
  SqliteOptions options_;
  Status PrepareKeyFilter();

  Statement find_doc_, insert_doc_, update_doc_, doc_event_ids_, delete_doc_mentions_, set_doc_mentions_;
  Statement data_version_, all_keys_;
  Status Recount(int64_t event_id);

  Statement find_event_, insert_event_, insert_mention_, event_mentions_, recount_event_, delete_empty_event_;
  // Events of this batch whose counts must be recomputed (a mention joined them) or that may
  // have lost all mentions (a changed document); new single-mention events need neither.
  enum : uint8_t { kRecount = 1, kMaybeEmpty = 2 };
  std::unordered_map<int64_t, uint8_t> touched_;
  // Key hashes of the stored events, so most new events skip the dedup lookup (see KeyFilter).
  KeyFilter keys_;
  int64_t data_version_seen_ = -1;  // PRAGMA data_version when keys_ was last known complete
};

Status SqliteStore::PrepareStatements() {
  struct {
    Statement* stmt;
    const char* sql;
  } const all[] = {
      {&find_doc_, "SELECT id, text_hash, mention_lo, mention_hi FROM documents WHERE doc_id = ?1"},
      {&insert_doc_,
       "INSERT INTO documents (doc_id, text_hash, day, source, url, outlet, events) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
      {&update_doc_,
       "UPDATE documents SET text_hash = ?2, day = ?3, source = ?4, url = ?5, outlet = ?6, events = ?7 WHERE id = ?1"},
      // A document's mentions have consecutive ids (written together): a rowid range, no index.
      {&doc_event_ids_, "SELECT DISTINCT event_id FROM mentions WHERE id BETWEEN ?2 AND ?3 AND document_id = ?1"},
      {&delete_doc_mentions_, "DELETE FROM mentions WHERE id BETWEEN ?2 AND ?3 AND document_id = ?1"},
      {&set_doc_mentions_, "UPDATE documents SET mention_lo = ?2, mention_hi = ?3 WHERE id = ?1"},
      {&data_version_, "PRAGMA data_version"},
      {&all_keys_, "SELECT key_hash FROM events"},
      // Candidates have overlapping windows; window_lo is bounded because windows are capped.
      {&find_event_,
       "SELECT id FROM events WHERE key_hash = ?7 AND window_lo BETWEEN ?4 - 31 AND ?5"
       " AND source_code = ?1 AND target_code = ?2 AND cameo = ?3"
       " AND ((?6 BETWEEN window_lo AND window_hi) OR (anchor_day BETWEEN ?4 AND ?5))"},
      {&insert_event_,
       "INSERT INTO events (key_hash, source_code, target_code, cameo, source_country, source_sector,"
       " target_country, target_sector, plover, quad_class, goldstein, anchor_day, window_lo, window_hi,"
       " first_day, last_day, mentions, sources, articles)"
       " VALUES (?15, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?11, ?14, 1, 1, 1)"},
      {&insert_mention_,
       "INSERT INTO mentions (event_id, document_id, ordinal, sentence, start, end, day, end_day, outlet,"
       " source_text, target_text, location_name, location_country, lat, lon, sentence_text, verb_text, rule)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"},
      // Recounting reads the event's mentions and aggregates in C++: count(DISTINCT ...) in SQL
      // builds two temporary b-trees per event, which made ingest with many repeated reports
      // several times slower.
      {&event_mentions_, "SELECT document_id, outlet, day, coalesce(end_day, day) FROM mentions WHERE event_id = ?1"},
      {&recount_event_,
       "UPDATE events SET mentions = ?2, articles = ?3, sources = ?4, first_day = ?5, last_day = ?6 WHERE id = ?1"},
      {&delete_empty_event_,
       "DELETE FROM events WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1)"},
  };
  static_assert(kMaxRangeDays == 31, "keep find_event_'s bound in step with kMaxRangeDays");
  for (const auto& s : all) {
    auto r = conn_->Prepare(s.sql);
    if (!r.ok()) return r.status();
    *s.stmt = std::move(r.value());
  }
  return Status::Ok();
}

// Called inside the batch's write transaction. The filter is (re)built from the events table when
// it is missing, over capacity, or when another connection committed since this one last wrote
// (PRAGMA data_version changes then): its events' keys would be missing from the filter.
Status SqliteStore::PrepareKeyFilter() {
  int rc = data_version_.Step();
  const int64_t version = rc == SQLITE_ROW ? data_version_.Int(0) : -1;
  data_version_.Reset();
  if (rc != SQLITE_ROW) return conn_->Error(rc, "reading the data version");
  if (keys_.loaded() && !keys_.full() && version == data_version_seen_) return Status::Ok();
  keys_.Clear();
  std::vector<uint64_t> keys;
  while ((rc = all_keys_.Step()) == SQLITE_ROW) keys.push_back(static_cast<uint64_t>(all_keys_.Int(0)));
  all_keys_.Reset();
  if (rc != SQLITE_DONE) return conn_->Error(rc, "reading event keys");
  // Room for the stored keys and as many again before the next rebuild.
  keys_.Reset(2 * keys.size() + 65536);
  for (uint64_t k : keys) keys_.Add(k);
  data_version_seen_ = version;
  return Status::Ok();
}

// Sets an event's mentions, articles (distinct documents), sources (distinct outlets) and date
// span from its mentions. Called for events that have at least one mention.
Status SqliteStore::Recount(int64_t event_id) {
  std::vector<int64_t> docs;
  std::vector<std::string> outlets;
  int64_t first = INT64_MAX, last = INT64_MIN;
  event_mentions_.Bind(1, event_id);
  int rc;
  while ((rc = event_mentions_.Step()) == SQLITE_ROW) {
    docs.push_back(event_mentions_.Int(0));
    outlets.emplace_back(event_mentions_.Text(1));
    first = std::min(first, event_mentions_.Int(2));
    last = std::max(last, event_mentions_.Int(3));
  }
  event_mentions_.Reset();
  if (rc != SQLITE_DONE) return conn_->Error(rc, "reading an event's mentions");
  if (docs.empty()) return Status::Ok();
  const auto mentions = static_cast<int64_t>(docs.size());
  std::sort(docs.begin(), docs.end());
  std::sort(outlets.begin(), outlets.end());
  const auto articles = static_cast<int64_t>(std::unique(docs.begin(), docs.end()) - docs.begin());
  const auto sources = static_cast<int64_t>(std::unique(outlets.begin(), outlets.end()) - outlets.begin());
  recount_event_.Bind(1, event_id).Bind(2, mentions).Bind(3, articles).Bind(4, sources).Bind(5, first).Bind(6, last);
  return conn_->Run(recount_event_, "counting mentions");
}

Status SqliteStore::Ingest(const std::vector<CodedDocument>& batch, IngestCounts* counts) {
  if (Status s = conn_->Exec("BEGIN IMMEDIATE", "starting a batch"); !s.ok()) return s;
  IngestCounts local;
  Status s = PrepareKeyFilter();
  if (s.ok()) s = IngestInTransaction(batch, &local);
  if (s.ok() && options_.before_commit) s = options_.before_commit();
  if (s.ok()) s = conn_->Exec("COMMIT", "committing a batch");
  if (!s.ok()) {
    // Roll back everything this batch wrote; the database keeps its previous state.
    if (!sqlite3_get_autocommit(conn_->db())) conn_->Exec("ROLLBACK", "");
    touched_.clear();
    return s;
  }
  if (counts) *counts += local;
  return Status::Ok();
}

Status SqliteStore::IngestInTransaction(const std::vector<CodedDocument>& batch, IngestCounts* counts) {
  touched_.clear();
  for (const CodedDocument& c : batch) {
    if (Status s = IngestDocument(*c.doc, *c.events, counts); !s.ok()) return s;
  }
  // Counts are recomputed once per touched event rather than per mention.
  for (const auto& [id, flags] : touched_) {
    // An event left without mentions (its documents changed) goes; the others are recounted.
    if (flags & kMaybeEmpty) {
      delete_empty_event_.Bind(1, id);
      if (Status s = conn_->Run(delete_empty_event_, "removing an event without mentions"); !s.ok()) return s;
      if (sqlite3_changes(conn_->db()) > 0) continue;
    }
    if (Status s = Recount(id); !s.ok()) return s;
  }
  touched_.clear();
  return Status::Ok();
}

Status SqliteStore::IngestDocument(const Document& doc, const std::vector<Event>& events, IngestCounts* counts) {
  const auto hash = static_cast<int64_t>(base::Fnv1a(doc.text));
  find_doc_.BindText(1, doc.id);
  int rc = find_doc_.Step();
  int64_t document_id = 0, mention_lo = 1, mention_hi = 0;
  bool exists = false;
  if (rc == SQLITE_ROW) {
    exists = true;
    document_id = find_doc_.Int(0);
    mention_lo = find_doc_.Int(2);
    mention_hi = find_doc_.Int(3);
    const bool same = find_doc_.Int(1) == hash;
    find_doc_.Reset();
    if (same) {
      ++counts->documents_unchanged;
      return Status::Ok();
    }
  } else {
    find_doc_.Reset();
    if (rc != SQLITE_DONE) return conn_->Error(rc, "looking up a document");
  }
  const std::string outlet = Outlet(doc);
  const int day = doc.date.known() ? Day(doc.date) : 0;
  if (exists) {
    // Changed text: drop the old mentions (their events are recounted, emptied ones removed).
    doc_event_ids_.Bind(1, document_id).Bind(2, mention_lo).Bind(3, mention_hi);
    while ((rc = doc_event_ids_.Step()) == SQLITE_ROW) touched_[doc_event_ids_.Int(0)] |= kRecount | kMaybeEmpty;
    doc_event_ids_.Reset();
    if (rc != SQLITE_DONE) return conn_->Error(rc, "reading a document's mentions");
    delete_doc_mentions_.Bind(1, document_id).Bind(2, mention_lo).Bind(3, mention_hi);
    if (Status s = conn_->Run(delete_doc_mentions_, "removing a document's mentions"); !s.ok()) return s;
    counts->mentions_removed += static_cast<size_t>(sqlite3_changes(conn_->db()));
    update_doc_.Bind(1, document_id);
    ++counts->documents_replaced;
  } else {
    ++counts->documents_new;
  }
  Statement& st = exists ? update_doc_ : insert_doc_;
  if (!exists) st.BindText(1, doc.id);
  st.Bind(2, hash).Bind(3, static_cast<int64_t>(day)).BindText(4, doc.source).BindText(5, doc.url);
  st.BindText(6, outlet).Bind(7, static_cast<int64_t>(events.size()));
  if (Status s = conn_->Run(st, "storing a document"); !s.ok()) return s;
  if (!exists) document_id = sqlite3_last_insert_rowid(conn_->db());
  int ordinal = 0;
  int64_t first_mention = 0;
  for (const Event& e : events) {
    if (Status s = IngestMention(document_id, outlet, e, ordinal++, counts); !s.ok()) return s;
    if (first_mention == 0) first_mention = sqlite3_last_insert_rowid(conn_->db());
  }
  if (first_mention != 0 || exists) {
    // The mentions just written have consecutive ids (nothing else writes in between).
    const int64_t last_mention = first_mention ? sqlite3_last_insert_rowid(conn_->db()) : 0;
    set_doc_mentions_.Bind(1, document_id).Bind(2, first_mention ? first_mention : 1).Bind(3, last_mention);
    if (Status s = conn_->Run(set_doc_mentions_, "storing a document's mention range"); !s.ok()) return s;
  }
  return Status::Ok();
}

Status SqliteStore::IngestMention(int64_t document_id, const std::string& outlet, const Event& e, int ordinal,
                                  IngestCounts* counts) {
  if (!e.date.known() || !base::IsValid(e.date)) {
    return Status(StatusCode::kInvalidArgument, "event of document " + e.doc_id + " has no valid date");
  }
  const int day = Day(e.date);
  std::optional<int> end_day;
  if (e.end_date && e.end_date->known() && base::IsValid(*e.end_date) && Day(*e.end_date) > day) {
    end_day = Day(*e.end_date);  // a range; an end on or before the start is ignored
  }
  const Window w = MentionWindow(day, end_day);
  static const Actor kNoActor;
  const Actor& target = e.target ? *e.target : kNoActor;

  find_event_.BindText(1, e.source.code).BindText(2, target.code).BindText(3, e.cameo);
  find_event_.Bind(4, static_cast<int64_t>(w.lo)).Bind(5, static_cast<int64_t>(w.hi));
  find_event_.Bind(6, static_cast<int64_t>(day));
  const int64_t key_hash = dedup::KeyHash(e.source.code, target.code, e.cameo);
  find_event_.Bind(7, key_hash);
  // The oldest matching event wins (picked here: ORDER BY would build a sorter per lookup).
  // A key never stored cannot match: no lookup.
  int64_t event_id = 0;
  if (keys_.MayContain(static_cast<uint64_t>(key_hash))) {
    int rc;
    while ((rc = find_event_.Step()) == SQLITE_ROW) {
      const int64_t id = find_event_.Int(0);
      if (event_id == 0 || id < event_id) event_id = id;
    }
    find_event_.Reset();
    if (rc != SQLITE_DONE) return conn_->Error(rc, "looking up an event");
  } else {
    find_event_.Reset();
  }
  if (event_id == 0) {
    Statement& ins = insert_event_;
    ins.BindText(1, e.source.code).BindText(2, target.code).BindText(3, e.cameo);
    ins.BindText(4, e.source.country).BindText(5, e.source.sector).BindText(6, target.country);
    ins.BindText(7, target.sector).BindText(8, e.plover).Bind(9, static_cast<int64_t>(e.quad_class));
    ins.Bind(10, e.goldstein).Bind(11, static_cast<int64_t>(day)).Bind(12, static_cast<int64_t>(w.lo));
    ins.Bind(13, static_cast<int64_t>(w.hi)).Bind(14, static_cast<int64_t>(end_day.value_or(day)));
    ins.Bind(15, key_hash);
    if (Status s = conn_->Run(ins, "storing an event"); !s.ok()) return s;
    event_id = sqlite3_last_insert_rowid(conn_->db());
    keys_.Add(static_cast<uint64_t>(key_hash));
    ++counts->events_created;
  } else {
    touched_[event_id] |= kRecount;
  }

  Statement& m = insert_mention_;
  m.Bind(1, event_id).Bind(2, document_id).Bind(3, static_cast<int64_t>(ordinal));
  m.Bind(4, static_cast<int64_t>(e.sentence)).Bind(5, static_cast<int64_t>(e.evidence.start));
  m.Bind(6, static_cast<int64_t>(e.evidence.end)).Bind(7, static_cast<int64_t>(day));
  if (end_day) m.Bind(8, static_cast<int64_t>(*end_day)); else m.BindNull(8);
  m.BindText(9, outlet).BindText(10, e.source.text).BindText(11, target.text);
  if (e.location) {
    m.BindText(12, e.location->name).BindText(13, e.location->country).Bind(14, e.location->lat);
    m.Bind(15, e.location->lon);
  } else {
    m.BindNull(12).BindNull(13).BindNull(14).BindNull(15);
  }
  m.BindText(16, e.evidence.sentence_text).BindText(17, e.evidence.verb_text).BindText(18, e.evidence.rule);
  if (Status s = conn_->Run(m, "storing a mention"); !s.ok()) return s;
  ++counts->mentions_added;
  return Status::Ok();
}

Result<std::vector<bool>> SqliteStore::Unchanged(const std::vector<Document>& docs) {
  std::vector<bool> out(docs.size(), false);
  for (size_t i = 0; i < docs.size(); ++i) {
    find_doc_.BindText(1, docs[i].id);
    const int rc = find_doc_.Step();
    if (rc == SQLITE_ROW) out[i] = find_doc_.Int(1) == static_cast<int64_t>(base::Fnv1a(docs[i].text));
    find_doc_.Reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return conn_->Error(rc, "looking up a document");
  }
  return out;
}

Status SqliteStore::Query(const EventQuery& q, const EventSink& sink, size_t* matched) {
  if (matched) *matched = 0;
  std::string sql =
      "SELECT e.id, e.source_code, e.target_code, e.source_country, e.source_sector, e.target_country,"
      " e.target_sector, e.cameo, e.plover, e.quad_class, e.goldstein, e.first_day, e.last_day, e.mentions,"
      " e.sources, e.articles, m.sentence, m.start, m.end, m.source_text, m.target_text, m.location_name,"
      " m.location_country, m.lat, m.lon, m.sentence_text, m.verb_text, m.rule, d.doc_id, d.source, d.url"
      " FROM events e JOIN mentions m ON m.event_id = e.id JOIN documents d ON d.id = m.document_id WHERE 1";
  sql += FilterSql(q);
  sql += " ORDER BY e.first_day, e.id, m.id";
  auto prepared = conn_->Prepare(sql);
  if (!prepared.ok()) return prepared.status();
  Statement& st = prepared.value();
  BindFilters(q, st);

  StoredEvent cur;
  bool have = false;
  size_t n = 0;
  auto flush = [&]() -> bool {
    if (!have) return true;
    ++n;
    have = false;
    return sink(cur);
  };
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    const int64_t id = st.Int(0);
    Provenance p;
    p.sentence = static_cast<uint32_t>(st.Int(16));
    p.start = static_cast<uint32_t>(st.Int(17));
    p.end = static_cast<uint32_t>(st.Int(18));
    p.doc_id = st.Text(28);
    p.source = st.Text(29);
    p.url = st.Text(30);
    if (!have || cur.id != id) {
      if (!flush()) {
        if (matched) *matched = n;
        return Status::Ok();
      }
      cur = StoredEvent();
      have = true;
      cur.id = id;
      Event& e = cur.event;
      e.doc_id = p.doc_id;
      e.sentence = p.sentence;
      e.source.code = st.Text(1);
      e.source.country = st.Text(3);
      e.source.sector = st.Text(4);
      e.source.text = st.Text(19);
      if (!st.Text(2).empty()) {
        e.target.emplace();
        e.target->code = st.Text(2);
        e.target->country = st.Text(5);
        e.target->sector = st.Text(6);
        e.target->text = st.Text(20);
      }
      e.cameo = st.Text(7);
      e.plover = st.Text(8);
      e.quad_class = static_cast<int>(st.Int(9));
      e.goldstein = st.Double(10);
      const int first = static_cast<int>(st.Int(11)), last = static_cast<int>(st.Int(12));
      e.date = base::CivilFromDays(first);
      if (last > first) e.end_date = base::CivilFromDays(last);
      cur.mentions = static_cast<int>(st.Int(13));
      cur.sources = static_cast<int>(st.Int(14));
      cur.articles = static_cast<int>(st.Int(15));
      if (!st.IsNull(21)) {
        e.location.emplace();
        e.location->name = st.Text(21);
        e.location->country = st.Text(22);
        e.location->lat = st.Double(23);
        e.location->lon = st.Double(24);
      }
      e.evidence.sentence_text = st.Text(25);
      e.evidence.verb_text = st.Text(26);
      e.evidence.rule = st.Text(27);
      e.evidence.start = p.start;
      e.evidence.end = p.end;
      cur.doc_source = p.source;
      cur.doc_url = p.url;
    }
    cur.provenance.push_back(std::move(p));
  }
  if (rc != SQLITE_DONE) return conn_->Error(rc, "reading events");
  flush();
  if (matched) *matched = n;
  return Status::Ok();
}

Status SqliteStore::Scan(const EventQuery& q, const EventRowSink& sink, size_t* matched) {
  if (matched) *matched = 0;
  // No ORDER BY: without a date range this is a plain table scan. With one, the date index
  // narrows the rows but fetches each in random order (~4x the cost per row of a table scan in
  // our measurements), so it is used only when the range holds under a quarter of the events;
  // counting them on the (covering) index is cheap.
  bool use_index = (q.from || q.to) && q.ids.empty();
  if (use_index) {
    EventQuery range;
    range.from = q.from;
    range.to = q.to;
    auto counted = conn_->Prepare("SELECT (SELECT count(*) FROM events e WHERE 1" + FilterSql(range) +
                                  "), (SELECT count(*) FROM events)");
    if (!counted.ok()) return counted.status();
    Statement& c = counted.value();
    BindFilters(range, c);
    const int rc = c.Step();
    if (rc != SQLITE_ROW) return conn_->Error(rc, "counting events");
    use_index = c.Int(0) * 4 < c.Int(1);
  }
  std::string sql =
      "SELECT e.id, e.source_code, e.target_code, e.source_country, e.target_country, e.cameo, e.plover,"
      " e.quad_class, e.goldstein, e.first_day, e.mentions FROM events e";
  sql += use_index || !q.ids.empty() ? " WHERE 1" : " NOT INDEXED WHERE 1";
  sql += FilterSql(q);
  auto prepared = conn_->Prepare(sql);
  if (!prepared.ok()) return prepared.status();
  Statement& st = prepared.value();
  BindFilters(q, st);
  size_t n = 0;
  int rc;
  EventRow row;
  while ((rc = st.Step()) == SQLITE_ROW) {
    row.id = st.Int(0);
    row.source_code = st.Text(1);
    row.target_code = st.Text(2);
    row.source_country = st.Text(3);
    row.target_country = st.Text(4);
    row.cameo = st.Text(5);
    row.plover = st.Text(6);
    row.quad_class = static_cast<int>(st.Int(7));
    row.goldstein = st.Double(8);
    row.day = static_cast<int>(st.Int(9));
    row.mentions = static_cast<int>(st.Int(10));
    ++n;
    if (!sink(row)) break;
  }
  if (matched) *matched = n;
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) return conn_->Error(rc, "reading events");
  return Status::Ok();
}

Result<StoreTotals> SqliteStore::Totals() {
  auto r = conn_->Prepare(
      "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)");
  if (!r.ok()) return r.status();
  Statement& st = r.value();
  const int rc = st.Step();
  if (rc != SQLITE_ROW) return conn_->Error(rc, "counting rows");
  StoreTotals t;
  t.documents = static_cast<size_t>(st.Int(0));
  t.events = static_cast<size_t>(st.Int(1));
  t.mentions = static_cast<size_t>(st.Int(2));
  return t;
}

}  // namespace

Result<std::unique_ptr<EventStore>> OpenSqliteStore(const std::string& path, const SqliteOptions& options) {
  // Memory statistics take a global mutex on every allocation (~5% of ingest time). This only
  // works before SQLite initialises; if the program already used SQLite it is a harmless no-op.
  static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
  (void)configured;
  const int flags = (options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  auto opened = sqlite::Connection::Open(path, flags);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<Connection> conn = std::move(opened.value());
  sqlite3_busy_timeout(conn->db(), options.busy_timeout_ms);
  if (!options.read_only && sqlite3_db_readonly(conn->db(), "main") == 1) {
    return Status(StatusCode::kIoError, path + ": the database is read-only (cannot store events in it)");
  }
  // Only takes effect when the file is new: bigger pages mean shallower index trees.
  if (!options.read_only) conn->Exec("PRAGMA page_size = 8192", "");
  if (Status s = sqlite::PrepareSchema(*conn, options.read_only); !s.ok()) return s;
  if (!options.read_only) {
    // WAL: readers never block the writer; NORMAL sync is durable at checkpoints and safe
    // against corruption (a crash loses at most the last committed batches, never half a batch).
    // A larger checkpoint interval (64 MiB of WAL) means fewer fsyncs during a long ingest.
    if (Status s = conn->Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384",
                              "setting WAL mode");
        !s.ok()) {
      return s;
    }
  }
  conn->Exec("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY", "");
  auto store = std::make_unique<SqliteStore>(std::move(conn), options);
  if (Status s = store->PrepareStatements(); !s.ok()) return s;
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace entente::store
