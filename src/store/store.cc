#include "store/store.h"

namespace entente::store {

IngestCounts& IngestCounts::operator+=(const IngestCounts& o) {
  documents_new += o.documents_new;
  documents_replaced += o.documents_replaced;
  documents_unchanged += o.documents_unchanged;
  mentions_added += o.mentions_added;
  mentions_removed += o.mentions_removed;
  events_created += o.events_created;
  return *this;
}

}  // namespace entente::store
