#!/usr/bin/env python3
"""bench/gen_corpus.py — a deterministic, news-like JSON Lines corpus for benchmarks.

    python3 bench/gen_corpus.py --sentences 500000 --out build/release/bench/corpus.jsonl

Writes documents in Entente's input schema ({"id", "date", "text"}), 3-12 sentences each and
--sentences sentences in all (~25 words on average). The same --seed and dictionaries always give
the same bytes. Names come from the bundled dictionaries (data/dict): countries.tsv (names,
adjectives, capitals, metonyms), people.tsv (only people whose role covers the document's date),
agents.tsv (nouns and titles), organizations.tsv, gazetteer.tsv, and the event patterns of
verbs.tsv and nouns.tsv (a small built-in list when those files are absent). Sentences come from
many shapes: plain SVO, passive, reported speech, quotes, compound actors, intentions, refusals
and negations, dates, places, filler clauses, datelines and headlines, and sentences with no
event at all. The text is for measuring speed; it is not a gold standard.
"""
import argparse
import datetime
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICT_DIR = os.path.join(ROOT, "data", "dict")  # --dict

MAJOR = ("USA RUS CHN UKR ISR IRN PRK KOR GBR FRA DEU IND TUR SAU SYR BLR JPN PAK AFG EGY "
         "IRQ QAT POL VEN BRA ZAF NGA ETH SDN YEM LBN PSE CAN AUS MEX").split()

BUILTIN_VERBS = [
    ("040", "meet with *"), ("042", "visit *"), ("043", "host *"), ("046", "hold talks with *"),
    ("051", "praise *"), ("057", "sign agreement with *"), ("036", "agree to meet *"),
    ("111", "criticize *"), ("112", "accuse * of"), ("130", "threaten *"), ("163", "sanction *"),
    ("172", "impose restrictions on *"), ("173", "arrest *"), ("190", "attack *"),
    ("193", "shell *"), ("020", "appeal to *"), ("0234", "call on * to"), ("122", "condemn *"),
    ("061", "cooperate with *"), ("071", "provide aid to *"), ("081", "ease sanctions on *"),
    ("1042", "demand that *"), ("050", "welcome *"), ("0831", "release *"),
]
BUILTIN_NOUNS = [
    ("042", "visit to *"), ("046", "talks with *"), ("163", "sanctions on|against *"),
    ("057", "agreement with *"), ("190", "attack on *"), ("071", "aid to *"),
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
AGENCIES = ["Reuters", "AFP", "AP", "Xinhua", "TASS", "Yonhap", "Anadolu", "DPA", "Kyodo",
            "the state news agency", "state television", "local media"]
COMPLEMENTS = ["war crimes", "meddling in its internal affairs", "violating the ceasefire",
               "spreading disinformation", "supporting terrorism", "stalling the negotiations",
               "the deaths of civilians", "a new round of talks", "the release of prisoners",
               "cooperation on energy and trade", "humanitarian access to the region",
               "border security", "the nuclear programme", "an immediate ceasefire"]
FILLER_LEAD = ["In a statement on {weekday}, ", "According to officials, ", "Earlier this week, ",
               "Despite mounting pressure from the opposition, ", "For the first time in {n} years, ",
               "In a move that surprised analysts, ", "After weeks of speculation, ",
               "Amid rising tensions in the region, ", "On the sidelines of the summit, ",
               "Speaking to reporters after a closed-door meeting of the cabinet, ",
               "In a sharp escalation of a dispute that has simmered for {n} months, "]
FILLER_TAIL = [", according to a government statement", ", officials said",
               ", a move welcomed by rights groups", ", the foreign ministry said in a statement",
               ", citing security concerns", " amid growing concern over the humanitarian situation",
               ", in the latest sign of improving ties", ", diplomats familiar with the matter said",
               " after months of stalled negotiations", ", raising fears of a wider conflict",
               ", in a statement posted on the ministry's website late on {weekday}",
               ", two officials said on condition of anonymity because they were not authorised "
               "to speak to the media", ", the latest in a series of incidents along the border",
               ", a spokesman for the ministry told a regular news briefing in the capital",
               " as part of a broader effort to rebuild relations damaged by years of conflict"]
RELATIVE_WHO = [", who took office in {year},", ", who has long been critical of the West,",
                ", speaking at a news conference,", ", who arrived on a two-day visit,",
                ", under pressure at home,", ", whose term ends in {year},"]
RELATIVE_WHICH = [", which has long been critical of the West,", ", under pressure at home,",
                  ", in a rare public statement,", ", which denies any wrongdoing,",
                  ", facing its worst crisis in {n} years,"]
LIGHT_VERBS = {"visit": "paid", "talks": "held", "sanctions": "imposed", "agreement": "signed",
               "attack": "launched", "aid": "provided", "meeting": "held", "deal": "signed",
               "accord": "signed", "treaty": "signed", "strike": "carried out", "appeal": "made",
               "call": "made", "offer": "made", "protest": "lodged", "negotiations": "held"}
MASS_NOUNS = {"aid", "assistance", "support", "cooperation", "pressure", "criticism", "funding"}
NO_EVENT = [
    "Markets in {capital} rose {n} percent on {weekday} as investors awaited new inflation data.",
    "Temperatures in {capital} reached {n} degrees, the highest since records began in {year}.",
    "The central bank kept its benchmark interest rate unchanged at {n} percent for a third month.",
    "Heavy rain caused flooding in several districts of {capital}, and schools were closed.",
    "The report, which runs to {n} pages, will be published in full next month.",
    "Tickets for the festival, which begins in {capital} next week, sold out within hours.",
    "The population of the region has grown by about {n} percent over the past decade.",
    "Analysts expect growth to slow to {n} percent next year as exports weaken.",
    "The ceremony was broadcast live and attended by thousands of people in {capital}.",
    "Officials gave no further details, and it was not immediately clear how long it would last.",
    "Fuel prices have risen sharply since {month} {day}, adding to the cost of living.",
    "The new stadium, built at a cost of {n} million dollars, will open in {year}.",
]
HEADLINES = ["{A} and {B} pledge closer ties", "{A} warns {B} over border incidents",
             "Talks between {A} and {B} end without deal", "{A} protests grow as economy slows",
             "{A} to host regional summit", "UPDATE {n}-{A} says it will respond to {B} sanctions"]


def read_tsv(name):
    """Rows of DICT_DIR/NAME as dicts (comment and blank lines skipped); [] when absent."""
    path = os.path.join(DICT_DIR, name)
    if not os.path.exists(path):
        return []
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                continue
            if len(cells) == len(header):
                rows.append(dict(zip(header, cells)))
    return rows


def split(cell):
    return [x.strip() for x in cell.split(";") if x.strip()]


def parse_date(s):
    try:
        return datetime.date.fromisoformat(s) if s else None
    except ValueError:
        return None


class Inflector:
    """Verb forms: irregular_verbs.tsv, else the regular English rules."""

    def __init__(self):
        self.irregular = {}
        for r in read_tsv("irregular_verbs.tsv"):
            self.irregular[r["lemma"].lower()] = {
                k: r[k].split("/")[0] for k in ("third", "past", "participle", "gerund")}

    def form(self, lemma, kind):
        if lemma in self.irregular:
            return self.irregular[lemma][kind]
        vowels = "aeiou"
        if kind == "third":
            if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
                return lemma + "es"
            if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
                return lemma[:-1] + "ies"
            return lemma + "s"
        if kind in ("past", "participle"):
            if lemma.endswith("e"):
                return lemma + "d"
            if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
                return lemma[:-1] + "ied"
            return lemma + "ed"
        if lemma.endswith("e") and not lemma.endswith("ee"):
            return lemma[:-1] + "ing"
        return lemma + "ing"


class World:
    """Everything the sentence templates draw from, read once from the dictionaries."""

    def __init__(self, rng):
        self.rng = rng
        self.countries = []
        for r in read_tsv("countries.tsv"):
            names = split(r.get("names", ""))
            adjs = split(r.get("adjectives", ""))
            if not names:
                continue
            # Adjectives are listed before their plural demonyms ("Afghan;Afghans").
            adjs = [a for a in adjs if not (a.endswith("s") and a[:-1] in adjs)] or adjs
            metonyms = [m.split("=")[0].strip() for m in split(r.get("metonyms", ""))]
            self.countries.append({
                "code": r["code"], "name": names[0], "alt": names[1:3], "adj": adjs[:1],
                "capital": split(r.get("capitals", ""))[:1], "metonyms": metonyms[:2]})
        if not self.countries:
            sys.exit("gen_corpus: %s/countries.tsv is missing or empty" % DICT_DIR)
        self.by_code = {c["code"]: c for c in self.countries}
        self.country_weights = [6 if c["code"] in MAJOR else 1 for c in self.countries]

        self.agents, self.titles = {}, {}
        for r in read_tsv("agents.tsv"):
            target = self.titles if r.get("kind") == "title" else self.agents
            words = [w for w in split(r.get("words", "")) if "." not in w or len(w) > 4]
            if r.get("sector") != "---":
                target.setdefault(r["sector"], []).extend(words[:25])
        if not self.agents:
            self.agents = {"GOV": ["government", "foreign minister", "president"],
                           "MIL": ["army", "troops", "defence ministry"]}
        self.agent_sectors = list(self.agents)
        self.agent_weights = [8 if s in ("GOV", "MIL") else 3 if s in ("COP", "OPP", "REB") else 1
                              for s in self.agent_sectors]

        self.people = []
        for r in read_tsv("people.tsv"):
            names = split(r.get("names", ""))
            if not names:
                continue
            role = r.get("role", "").split("(")[0].strip()
            self.people.append({
                "name": names[0], "short": (split(r.get("short", "")) or [names[0].split()[-1]])[0],
                "country": r.get("code", "")[:3], "from": parse_date(r.get("from", "")),
                "to": parse_date(r.get("to", "")), "title": role.title()})

        self.orgs = []
        for r in read_tsv("organizations.tsv"):
            names = split(r.get("names", ""))
            if names and r.get("kind") in ("igo", "agency", "alliance", "ngo", "party", "armed"):
                self.orgs.append(names[0])
        self.places = [r["name"] for r in read_tsv("gazetteer.tsv")
                       if r.get("name") and r.get("kind") != "country"]  # (cities, regions, seas)
        self.places = self.places or [c["capital"][0] for c in self.countries if c["capital"]]

        self.inflect = Inflector()
        self.verbs = self._patterns("verbs.tsv", BUILTIN_VERBS)
        self.nouns = self._patterns("nouns.tsv", BUILTIN_NOUNS)

    def _patterns(self, name, builtin):
        out = []
        for r in read_tsv(name):
            p = r.get("pattern", "").split()
            if p and p[0] != "*" and not p[0].startswith("("):
                out.append(p)
        return out or [p.split() for _, p in builtin]

    # --- actors -------------------------------------------------------------------------------
    def country(self):
        return self.rng.choices(self.countries, self.country_weights)[0]

    def country_name(self, c):
        name = c["name"]
        if any(w in name for w in ("United", "Republic", "Kingdom", "Islands", "Emirates",
                                   "Netherlands", "Philippines", "Federation", "Gambia")):
            return "the " + name
        return name

    def actor(self, date, doc):
        """A noun phrase naming an actor; remembers people for later short mentions. Sets
        self.person to whether the phrase names a person (for "who" vs "which" clauses)."""
        rng = self.rng
        self.person = False
        c = self.country()
        roll = rng.random()
        if roll < 0.22:
            return self.country_name(c)
        if roll < 0.40 and c["adj"]:
            sector = rng.choices(self.agent_sectors, self.agent_weights)[0]
            return "the " + c["adj"][0] + " " + rng.choice(self.agents[sector])
        if roll < 0.50:
            sector = rng.choices(self.agent_sectors, self.agent_weights)[0]
            name = self.country_name(c)
            name = name[:1].upper() + name[1:]
            return name + ("'" if name.endswith("s") else "'s") + " " + rng.choice(self.agents[sector])
        if roll < 0.70:
            people = doc["people"]
            if people:
                p = rng.choice(people)
                adj = self.by_code.get(p["country"], {}).get("adj") or [""]
                self.person = True
                if p["name"] in doc["mentioned"]:
                    return p["short"]
                doc["mentioned"].add(p["name"])
                title = p["title"]
                if not title or len(title) > 30 or p["name"].split()[0] in title.split():
                    title = ""  # "Pope Francis", "King Abdullah": the name carries the title
                else:
                    title += " "
                return ((adj[0] + " ") if adj[0] and rng.random() < 0.7 else "") + title + p["name"]
        if roll < 0.80 and self.orgs:
            org = rng.choice(self.orgs)
            return ("the " + org) if org[0].isupper() and " " in org and not org.startswith("the ") else org
        if roll < 0.88 and c["metonyms"]:
            return ("the " if rng.random() < 0.5 else "") + c["metonyms"][0]
        if roll < 0.94 and c["capital"]:
            return c["capital"][0]
        sector = rng.choice(self.agent_sectors)
        return "the " + rng.choice(self.agents[sector]) + " in " + self.country_name(c)


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.w = World(self.rng)

    def fill(self, s, **extra):
        rng = self.rng
        values = {"weekday": rng.choice(WEEKDAYS), "n": rng.randint(2, 95),
                  "year": rng.randint(1995, 2024), "month": rng.choice(MONTHS),
                  "day": rng.randint(1, 28)}
        if "{capital}" in s:
            caps = [c for c in self.w.countries if c["capital"]]
            values["capital"] = rng.choice(caps)["capital"][0]
        values.update(extra)
        return s.format(**values)

    def when(self):
        rng = self.rng
        r = rng.random()
        if r < 0.40:
            return " on " + rng.choice(WEEKDAYS)
        if r < 0.55:
            return " on %s %d" % (rng.choice(MONTHS), rng.randint(1, 28))
        if r < 0.68:
            return " " + rng.choice(["last week", "yesterday", "earlier this month", "last month",
                                     "on Monday evening", "late on Friday", "this week"])
        if r < 0.75:
            return " on %s %d, %d" % (rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2010, 2024))
        return ""

    def where(self):
        r = self.rng.random()
        if r < 0.25:
            return " in " + self.rng.choice(self.w.places)
        if r < 0.32:
            return " during a visit to " + self.rng.choice(self.w.places)
        return ""

    def predicate(self, pattern, form, doc, date):
        """Renders a pattern ("accuse * of") with the verb in `form`; returns (text, target)."""
        rng, w = self.rng, self.w
        head = pattern[0].lower()
        if form == "base":
            verb = head
        elif form == "perfect":
            verb = "has " + w.inflect.form(head, "participle")
        elif form == "progressive":
            verb = "is " + w.inflect.form(head, "gerund")
        else:
            verb = w.inflect.form(head, form)
        words, target = [verb], None
        for piece in pattern[1:]:
            if piece == "*":
                target = w.actor(date, doc)
                words.append(target)
                continue
            optional = piece.startswith("(") and piece.endswith(")")
            if optional:
                piece = piece[1:-1]
                if rng.random() < 0.5:
                    continue
            words.append(rng.choice(piece.split("|")))
        if len(pattern) > 1 and pattern[-1] in ("of", "to", "for", "on", "over", "about", "against",
                                                "with", "in", "that", "from", "at"):
            words.append(rng.choice(COMPLEMENTS))
        return " ".join(words), target

    def noun_event(self, doc, date):
        """A light verb with a noun pattern: "held talks with X", "imposed sanctions on Y"."""
        rng = self.rng
        pattern = rng.choice(self.w.nouns)
        text, _ = self.predicate(["x"] + pattern, "base", doc, date)
        head = pattern[0].lower()
        light = LIGHT_VERBS.get(head) or rng.choice(["announced", "discussed", "welcomed", "held"])
        if head.endswith("s") or head in MASS_NOUNS:
            article = rng.choice(["", "", "new ", "further "])
        else:
            article = rng.choice(["a ", "a ", "a new ", "a rare "])
            if article == "a " and head[:1] in "aeiou":
                article = "an "
        return light + " " + article + text[2:]

    def clause(self, doc, date):
        """A predicate for `src`, in one of many shapes (no subject, no final period)."""
        rng, w = self.rng, self.w
        pattern = rng.choice(w.verbs)
        shape = rng.random()
        if shape < 0.45:
            return self.predicate(pattern, "past", doc, date)[0]
        if shape < 0.60:
            mod = rng.choice(["plans to", "refused to", "did not", "threatened to", "agreed to",
                              "is expected to", "vowed to", "declined to", "could", "would not",
                              "has repeatedly tried to", "is due to"])
            return mod + " " + self.predicate(pattern, "base", doc, date)[0]
        if shape < 0.80:
            return self.noun_event(doc, date)
        return self.predicate(pattern, rng.choice(["perfect", "third", "progressive"]), doc, date)[0]

    def subject(self, doc, date):
        rng, w = self.rng, self.w
        src = w.actor(date, doc)
        if rng.random() < 0.2:
            src = src + " and " + w.actor(date, doc)  # compound actors
        elif rng.random() < 0.3:
            src = src + self.fill(rng.choice(RELATIVE_WHO if w.person else RELATIVE_WHICH))
        return src

    def sentence(self, doc, date):
        rng, w = self.rng, self.w
        r = rng.random()
        if r < 0.10:
            return self.fill(rng.choice(NO_EVENT))
        src = self.subject(doc, date)
        shape = rng.random()
        pattern = rng.choice(w.verbs)
        if shape < 0.12 and len(pattern) == 2 and pattern[1] == "*":
            obj = w.actor(date, doc)
            body = obj + " was " + w.inflect.form(pattern[0].lower(), "participle") + " by " + src
        elif shape < 0.24:
            speaker = rng.choice(["officials", "a spokesman", "the ministry", "state media",
                                  "diplomats", "witnesses", "two sources"] + AGENCIES[:6])
            body = src + " " + self.clause(doc, date) + self.when() + self.where() + ", " + \
                speaker + rng.choice([" said", " reported", " told reporters"])
            if rng.random() < 0.5:
                body += self.fill(rng.choice(FILLER_TAIL))
            return self.finish(body)
        elif shape < 0.34:
            speaker = w.actor(date, doc)
            pred = self.predicate(pattern, rng.choice(["base", "perfect"]), doc, date)[0]
            pred = ("will " + pred) if not pred.startswith("has ") else pred
            return "\u201c" + src[:1].upper() + src[1:] + " " + pred + self.when() + \
                ",\u201d " + speaker + rng.choice([" told reporters", " said", " wrote on X"]) + \
                self.where() + "."
        elif shape < 0.46:
            reporter = w.actor(date, doc)
            body = reporter + rng.choice([" said ", " announced that ", " confirmed that "]) + \
                src + " had " + self.predicate(pattern, "participle", doc, date)[0]
        else:
            body = src + " " + self.clause(doc, date)
        if rng.random() < 0.4:
            lead = self.fill(rng.choice(FILLER_LEAD))
            body = lead + (body[:4].lower() + body[4:] if body.startswith("The ") else body)
        body += self.when() + self.where()
        r = rng.random()
        if r < 0.30:
            body += ", and " + self.clause(doc, date)
        elif r < 0.70:
            body += rng.choice([" after ", " a day after ", " even as ", " while "]) + \
                w.actor(date, doc) + " " + self.clause(doc, date)
        if rng.random() < 0.8:
            body += self.fill(rng.choice(FILLER_TAIL))
        return self.finish(body)

    def finish(self, body):
        return body[:1].upper() + body[1:] + "."

    def document(self, index, n_sentences):
        rng = self.rng
        date = datetime.date(2010, 1, 1) + datetime.timedelta(days=rng.randint(0, 15 * 365))
        covering = [p for p in self.w.people
                    if (p["from"] is None or p["from"] <= date) and (p["to"] is None or date <= p["to"])]
        doc = {"people": rng.sample(covering, min(4, len(covering))) if covering else [],
               "mentioned": set()}
        sentences = []
        k = 0
        if n_sentences >= 4 and rng.random() < 0.2:
            a, b = self.w.country()["name"], self.w.country()["name"]
            sentences.append(self.fill(rng.choice(HEADLINES), A=a, B=b) + "\n\n")
            k = 1
        for i in range(k, n_sentences):
            s = self.sentence(doc, date)
            if i == k and rng.random() < 0.3:
                c = self.w.country()
                place = (c["capital"] or [c["name"]])[0].upper()
                s = "%s, %s %d (%s) - %s" % (place, MONTHS[date.month - 1], date.day,
                                              rng.choice(AGENCIES[:6]), s)
            sep = "\n\n" if rng.random() < 0.25 and i + 1 < n_sentences else " "
            sentences.append(s + (sep if i + 1 < n_sentences else ""))
        return {"id": "bench-%07d" % index, "date": date.isoformat(), "text": "".join(sentences)}


def main():
    global DICT_DIR
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sentences", type=int, default=500000, help="sentences in total")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--out", required=True, help="output .jsonl path ('-' = stdout)")
    ap.add_argument("--dict", default=DICT_DIR, help="dictionary folder (default: data/dict)")
    args = ap.parse_args()
    DICT_DIR = args.dict
    gen = Generator(args.seed)
    out = sys.stdout if args.out == "-" else open(args.out + ".partial", "w", encoding="utf-8")
    left, index, words = args.sentences, 0, 0
    while left > 0:
        n = min(left, gen.rng.randint(3, 12))
        doc = gen.document(index, n)
        words += len(doc["text"].split())
        out.write(json.dumps(doc, ensure_ascii=False) + "\n")
        left -= n
        index += 1
    if out is not sys.stdout:
        out.close()
        os.replace(args.out + ".partial", args.out)
    print("gen_corpus: %d documents, %d sentences, %.1f words/sentence%s" % (
        index, args.sentences, words / max(1, args.sentences),
        "" if read_tsv("verbs.tsv") else " (verbs.tsv absent: built-in verb list)"),
        file=sys.stderr)


if __name__ == "__main__":
    main()
