#!/usr/bin/env python3
"""fuzz/damage_cache.py — writes the fuzz_cache regressions: a valid cache with one table damaged.

    build/release/fuzz/fuzz_make_cache_seed fuzz/tiny_dict /tmp/tiny.bin
    python3 fuzz/damage_cache.py /tmp/tiny.bin fuzz/regressions/fuzz_cache

Each output is a cache that CacheIo::Load must refuse (or load and use safely). TABLES mirrors
CacheIo::Save's order and sizeof() of each element for format version 7 (lexicon/lexicon.h);
update it when the layout changes. The script checks itself: after the tables must come the
CAMEO rows (the tiny dictionary has 2).
"""
import struct
import sys

TABLES = [("pool", 1), ("words", 8), ("word_flags", 4), ("hash_slots", 4), ("phrases", 16),
          ("phrase_words", 4), ("senses", 8), ("phrase_index_off", 4), ("phrase_index", 4),
          ("verb_lemma", 4), ("verb_form", 1), ("noun_lemma", 4), ("verb_pat_off", 4),
          ("verb_pat", 4), ("noun_pat_off", 4), ("noun_pat", 4), ("patterns", 48), ("elems", 32),
          ("pattern_words", 4), ("actors", 28), ("persons", 16), ("roles", 36), ("places", 32),
          ("sectors", 8), ("country_codes", 8)]
HEADER = 20  # magic (8), version (4), source hash (8)
FAR = 0x00100000


def parse(b):
    pos, tables = HEADER, {}
    for name, size in TABLES:
        n, = struct.unpack_from("<Q", b, pos)
        pos += 8
        tables[name] = (pos, n, size)
        pos += n * size
    ncameo, = struct.unpack_from("<Q", b, pos)
    if ncameo != 2:
        sys.exit("damage_cache: layout mismatch (TABLES out of date?): %d CAMEO rows" % ncameo)
    return tables


def word_id(b, t, word):
    ppos, pn, _ = t["pool"]
    pool = b[ppos:ppos + pn]
    wpos, wn, _ = t["words"]
    for i in range(wn):
        off, ln = struct.unpack_from("<II", b, wpos + 8 * i)
        if pool[off:off + ln] == word.encode():
            return i
    sys.exit("damage_cache: word %r not in the cache" % word)


def each(b, t, table):
    pos, n, size = t[table]
    return [pos + size * i for i in range(n)]


def main():
    src, out = bytes(open(sys.argv[1], "rb").read()), sys.argv[2]
    t = parse(src)
    damages = {}

    b = bytearray(src)  # CSR offsets: the verb patterns of "meet" run far past verb_pat_
    struct.pack_into("<I", b, t["verb_pat_off"][0] + 4 * (word_id(b, t, "meet") + 1), FAR)
    damages["verb_pattern_offsets_out_of_range"] = b

    b = bytearray(src)  # CSR offsets: the phrases of "russia" run far past phrase_index_
    struct.pack_into("<I", b, t["phrase_index_off"][0] + 4 * (word_id(b, t, "russia") + 1), FAR)
    damages["phrase_index_offsets_out_of_range"] = b

    b = bytearray(src)  # every sense refers to actor/person/place 0x7fffffff
    for p in each(b, t, "senses"):
        struct.pack_into("<I", b, p + 4, 0x7FFFFFFF)
    damages["sense_refs_out_of_range"] = b

    b = bytearray(src)  # no empty slot: looking up an unknown word never ends
    for p in each(b, t, "hash_slots"):
        struct.pack_into("<I", b, p, 1)
    damages["word_hash_table_full"] = b

    b = bytearray(src)  # Pattern::has_target holds 7 (a bool may only hold 0 or 1)
    for p in each(b, t, "patterns"):
        b[p + 12] = 7
    damages["pattern_bool_not_0_or_1"] = b

    b = bytearray(src)  # actor codes point past the character pool
    for p in each(b, t, "actors"):
        struct.pack_into("<II", b, p, FAR, 8)
    damages["actor_code_outside_pool"] = b

    b = bytearray(src)  # a role starting in month 99999999 (DaysFromCivil overflows)
    for p in each(b, t, "roles"):
        struct.pack_into("<iii", b, p, 2012, 99999999, 7)
    damages["role_date_invalid"] = b

    for name, data in damages.items():
        with open("%s/damaged_%s" % (out, name), "wb") as f:
            f.write(data)
    print("damage_cache: wrote %d files to %s" % (len(damages), out))


if __name__ == "__main__":
    main()
