// store/store.h — the event store: coded documents in, deduplicated events with provenance out.
//
// `EventStore` is the repository interface the command line and (later) the server talk to; the
// SQLite adapter (store/sqlite_store.h) implements it today and a PostgreSQL adapter can be added
// behind the same interface. The deduplication rule and the schema are described in
// docs/STORE.md; keep that file in step with this code.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entente/event.h"
#include "entente/status.h"

namespace entente::store {

// One coded document handed to the store: the document and the events the coder found in it
// (possibly none). Both are borrowed for the duration of the call.
struct CodedDocument {
  const Document* doc = nullptr;
  const std::vector<Event>* events = nullptr;
};

// What one Ingest call did.
struct IngestCounts {
  size_t documents_new = 0;        // documents not seen before
  size_t documents_replaced = 0;   // same id, different text: their old mentions were replaced
  size_t documents_unchanged = 0;  // same id and text: nothing was written
  size_t mentions_added = 0;       // event mentions written
  size_t mentions_removed = 0;     // mentions of replaced documents removed
  size_t events_created = 0;       // new deduplicated event rows
  IngestCounts& operator+=(const IngestCounts& o);
};

// Totals of a store (for `entente ingest`'s summary and tests).
struct StoreTotals {
  size_t documents = 0;
  size_t events = 0;
  size_t mentions = 0;
};

// Where one mention of an event comes from.
struct Provenance {
  std::string doc_id;
  uint32_t sentence = 0;
  uint32_t start = 0, end = 0;  // byte offsets of the sentence in the (NFC) document text
  std::string source;           // the document's outlet ("" when unknown)
  std::string url;
};

// One deduplicated event. `event` is the representative mention (the first one stored, so its
// doc_id, sentence, actor text, location and evidence are that mention's), except that `date`
// is the earliest mention date and `end_date` the latest mention end when that is later.
struct StoredEvent {
  int64_t id = 0;
  Event event;
  std::string doc_source, doc_url;  // outlet and url of the representative mention's document
  int mentions = 0;                 // mentions stored for this event
  int sources = 0;                  // distinct outlets among them
  int articles = 0;                 // distinct documents among them
  std::vector<Provenance> provenance;  // every mention, in storage order
};

// Filters for Query; unset fields match everything.
struct EventQuery {
  std::optional<Date> from, to;   // the event date (earliest mention) lies within [from, to]
  std::string actor;              // ISO3: source or target country
  std::string dyad_a, dyad_b;     // country pair, either direction
  std::string cameo_prefix;       // "04" matches 040..046; "042" only 042 (and 042x)
  std::string plover;             // PLOVER type, e.g. "CONSULT"
  std::vector<int64_t> ids;       // only these event ids (e.g. examples picked by an analysis)
};

// Called once per event in (date, id) order; return false to stop early (e.g. a closed pipe).
using EventSink = std::function<bool(const StoredEvent&)>;

// One deduplicated event without its provenance, for analyses that scan many events. The
// string views point into the store's row buffer: valid only during the sink call.
struct EventRow {
  int64_t id = 0;
  std::string_view source_code, target_code;        // actor codes ("" target when none)
  std::string_view source_country, target_country;  // ISO3 or ""
  std::string_view cameo, plover;
  int quad_class = 0;
  double goldstein = 0;
  int day = 0;       // the event date (earliest mention), days since 1970-01-01
  int mentions = 0;  // mentions stored for the event
};
using EventRowSink = std::function<bool(const EventRow&)>;

// The repository interface. An EventStore is used from one thread at a time.
class EventStore {
 public:
  virtual ~EventStore() = default;

  // Stores a batch of coded documents in one transaction: either all of it is stored or, on
  // error, none of it (the previous state is kept). Documents already stored with the same id
  // and text are skipped; with a different text their old mentions are replaced. Each event
  // becomes a mention attached to a matching deduplicated event or to a new one. Documents are
  // processed in the given order; the outcome depends only on the sequence of documents ingested.
  // Adds what was done to *counts when counts is not null.
  virtual Status Ingest(const std::vector<CodedDocument>& batch, IngestCounts* counts) = 0;

  // For each document, whether it is already stored with the same id and text (so Ingest would
  // skip it): lets callers avoid coding it again. Only reads; Ingest checks again itself.
  virtual Result<std::vector<bool>> Unchanged(const std::vector<Document>& docs) = 0;

  // Streams matching events with their provenance to `sink`, ordered by date then id.
  // Sets *matched (when given) to the number of events passed to the sink.
  virtual Status Query(const EventQuery& query, const EventSink& sink, size_t* matched) = 0;

  // Like Query, but streams EventRows (no provenance, no mention join: much cheaper per event)
  // in no particular order (for aggregation: a sort, or index order, costs more than the scan).
  // Sets *matched (when given) to the number of rows passed to the sink.
  virtual Status Scan(const EventQuery& query, const EventRowSink& sink, size_t* matched) = 0;

  virtual Result<StoreTotals> Totals() = 0;
};

}  // namespace entente::store
