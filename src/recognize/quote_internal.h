// Internals of the quote recognizer, shared by its .cc files: the lexicon (cue verbs and the
// small word classes of data/quotes/lexicon.tsv), a light word scanner over Analysis::norm that
// pairs quotation marks and cuts sentences outside quotes, and the attribution and speaker
// steps. Nothing here is part of the public API.
//
// DESCRIPTION: Run() scans the normalized text once into QTok tokens (words, punctuation,
// quotation marks, paragraph breaks), pairs the marks with a stack (nesting, French paragraph
// re-opening), finds sentence boundaries outside quotes, then for each top-level quoted span
// looks for a cue verb and speaker after it (inversion), before it, or later in its sentence.
// Indirect speech is found per sentence from cue + que/that, source markers and trailing
// inverted attributions. Interview answers after a speaker's label ("((Name))", "NG:") are
// quotes of their own, replacing what was found inside them. Speakers are resolved in document
// order (pronouns take a subject before them or the previous speaker, "le texte" its
// publisher). Every step is linear in the number of tokens, except the title look-up of
// unresolved speakers (one substring search per such speaker) and the look-back of French
// pronouns, sources and documents to an earlier mention.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "sitrep/record.h"
#include "sitrep/status.h"
#include "base/flat_map.h"
#include "text/analysis.h"

namespace sitrep::recognize::quotes {

// Hash sets and maps keyed by std::string, looked up with std::string_view (no copy).
struct WordHash {
  using is_transparent = void;
  // FNV-1a: words are short, and this beats the library's hash on them.
  size_t operator()(std::string_view s) const {
    uint64_t h = 14695981039346656037ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};
using WordSet = FlatStringSet;
template <typename V>
using WordMap = FlatStringMap<V>;

// Word classes of lexicon.tsv (its `category` column, in this order).
enum class Cat : uint8_t {
  kAux,       // a, ont, has, had
  kPronoun,   // il, elle, he, they
  kDet,       // le, un, the
  kElision,   // l' d' qu': split off the word they lean on
  kThat,      // que, qu', that
  kDocNoun,   // texte, communiqué, statement
  kOrgNoun,   // armée, police, government
  kNpStop,    // words that end a speaker phrase (lors, during, who)
  kSkip,      // adverbs between a cue and its speaker or clause (encore, also, hier)
  kBoundary,  // clause boundaries (et, qui, and, which)
  kAbbrev,    // abbreviations whose period ends no sentence (M., Mr., Gen.)
  kVerbal,    // words never inside a speaker phrase (est, n', has, not)
  kTitle,     // titles before a name, left out of the name (président, Deputy, Mr)
  kPrep,      // prepositions opening a phrase to skip before a clause (on Twitter, à l'AFP)
  kObjectVerb,  // cues whose object comes before the clause ("told reporters he ...")
  kClitic,      // object pronouns between a subject and its verb ("lui a dit")
  kReflAux,     // forms of être after a reflexive "se" ("s'est réjoui", "se sont dits")
  kAnaphor,     // nouns that name a person mentioned before ("l'expert", "the official")
  kSpokes,      // who speaks for an organization unnamed ("porte-parole", "spokesman", "source")
  kPassive,     // auxiliaries of a passive cue whose speaker follows "by" ("was described")
  kClaimInf,    // infinitives a saying verb reports ("a affirmé avoir", "claimed to have")
  kWant,        // cues of wanting or promising: their infinitive is no speech ("souhaite être")
  kConj,        // words making a following que/that a conjunction ("ainsi que", "so that")
  kNameVerb,    // verbs naming their object with quoted words ("called it « ... »")
  kLink,        // prepositions and conjunctions linking two noun phrases ("per", "par", "and")
  kCount,
};

// The word classes of one language, loaded once.
struct LangLexicon {
  WordSet cues;      // reporting-verb forms (lower case)
  WordSet bare;      // English verbs taking a clause without "that"
  std::array<WordSet, static_cast<size_t>(Cat::kCount)> sets;
  std::vector<std::vector<std::string>> markers;  // "selon", "according to" as word sequences
  WordSet weak_markers;   // "pour X, « ... »": only right before a quote
  WordSet null_sources;   // "reports", "rumeurs": a source naming nobody (null speaker)
  std::vector<std::string> suffixes;              // "-t-il": inverted subject pronouns
  std::vector<std::vector<std::string>> skip_phrases;  // "pour sa part", "in a statement"
  std::vector<std::pair<std::string, std::string>> title_synonyms;  // "chef d'etat" -> "président"
  // "pointed out": the verb is a cue only right before its particle.
  std::vector<std::pair<std::string, std::string>> particle_cues;

  // One hash look-up per token: every class a word belongs to, as bits (Cat, then these).
  static constexpr uint32_t kCueBit = 1u << 25;
  static_assert(static_cast<uint32_t>(Cat::kCount) <= 25, "Cat bits run into kCueBit");
  static constexpr uint32_t kMarkerBit = 1u << 26;  // first word of a marker
  WordMap<uint32_t> bits;
  void BuildBits();  // after loading

  bool Has(Cat cat, std::string_view word) const {
    return sets[static_cast<size_t>(cat)].count(word) > 0;
  }
  uint32_t BitsOf(std::string_view word) const {
    auto it = bits.find(word);
    return it == bits.end() ? 0 : it->second;
  }
};

struct Lexicon {
  LangLexicon fr;
  LangLexicon en;
  const LangLexicon& For(std::string_view lang) const { return lang == "fr" ? fr : en; }
};

// Reads cues_fr.txt, cues_en.txt and lexicon.tsv under `dir`. Errors name file and line.
StatusOr<Lexicon> LoadLexicon(const std::string& dir);

enum class QKind : uint8_t { kWord, kPunct, kMark, kBreak };

struct QTok {
  Span span;  // in Analysis::norm
  std::string_view lower;  // into Scan::lower
  QKind kind = QKind::kWord;
  bool cap = false;     // starts with an upper-case letter
  bool acronym = false;  // two upper-case ASCII letters or more, no lower case ("AFP")
  bool inside = false;  // inside a top-level quoted span (marks themselves are outside)
  int sent = 0;         // sentence number, counted outside quotes
  uint32_t bits = 0;    // LangLexicon::bits of the word

  bool Has(Cat cat) const { return ((bits >> static_cast<unsigned>(cat)) & 1u) != 0; }
};

// A top-level pair of quotation marks: tokens open..close; close may be a kBreak token or
// tokens.size() when the quote runs to the end of its paragraph or text unclosed.
struct MarkPair {
  size_t open = 0;
  size_t close = 0;
};

// Tokens view Scan::lower: a Scan is filled in place and never copied or moved.
struct Scan {
  Scan() = default;
  Scan(const Scan&) = delete;
  Scan& operator=(const Scan&) = delete;

  std::vector<QTok> toks;
  std::vector<MarkPair> pairs;  // top-level, in text order
  std::string lower;            // norm lower-cased, same byte offsets (ASCII and Latin-1)
  std::vector<size_t> sent_first;  // first token of each sentence, then toks.size()
};

// Tokenizes `norm` into *scan (empty), pairs quotation marks and numbers sentences.
void ScanText(const std::string& norm, const LangLexicon& lex, Scan* scan);

// What names a speaker, before resolution.
enum class MentionKind : uint8_t { kNone, kName, kPronoun, kPhrase };

struct SpeakerMention {
  MentionKind kind = MentionKind::kNone;
  size_t first = 0;  // tokens [first, last)
  size_t last = 0;
  Span span;         // norm bytes (a pronoun inside "a-t-il" is a sub-span of its token)
};

// A quote found, in norm bytes, before speaker resolution.
struct Candidate {
  Span text;  // norm
  bool direct = true;
  std::optional<size_t> cue;  // token index of the cue verb or source marker
  Span cue_span;
  SpeakerMention speaker;
  bool inherit = false;  // no cue of its own: takes the neighbouring quote's speaker
};

// Attribution of direct quotes (quote_attrib.cc) and indirect speech (quote_indirect.cc).
std::vector<Candidate> FindDirect(const Scan& scan, const LangLexicon& lex);
std::vector<Candidate> FindIndirect(const Scan& scan, const LangLexicon& lex,
                                    const std::vector<Candidate>& direct);

// Interview answers after a speaker's label (quote_interview.cc).
std::vector<Candidate> FindInterview(const Scan& scan);

// Shared grammar helpers (quote_attrib.cc, quote_grammar.cc).
// The mention of tokens [first, last) (last > first), its span from the first to the last.
SpeakerMention MakeMention(const Scan& scan, MentionKind kind, size_t first, size_t last);
bool IsCue(const LangLexicon& lex, const QTok& tok);
// Speaker after an inverted cue at token `cue` ("a déclaré le ministre", "said the UN
// spokesman"), stopping before `end`.
SpeakerMention SpeakerAfter(const Scan& scan, const LangLexicon& lex, size_t cue, size_t end);
// Speaker after a source marker ending at token `marker_last`: SpeakerAfter, else a bare
// lower-case noun phrase up to a comma or the sentence end ("according to organizers,").
SpeakerMention MarkerSpeaker(const Scan& scan, const LangLexicon& lex, size_t marker_last,
                             size_t end);
// Subject before the cue at token `cue` ("Poutine a estimé", "he said"), not before `begin`.
SpeakerMention SpeakerBefore(const Scan& scan, const LangLexicon& lex, size_t cue, size_t begin);
// The pronoun suffix of an inverted verb ("a-t-il"), as a mention; kNone when absent.
SpeakerMention SuffixPronoun(const Scan& scan, const LangLexicon& lex, size_t tok);
// The subject opening the sentence that starts at `begin` (for participle cues: "X a réagi
// en affirmant que", "X said, adding that").
SpeakerMention SentenceSubject(const Scan& scan, const LangLexicon& lex, size_t begin, size_t end);
// "Politico quoted Tim Manning ... as saying": the object of "quoted"/"cited" before the
// participle cue at k that follows "as"; kNone otherwise.
SpeakerMention QuotedAs(const Scan& scan, const LangLexicon& lex, size_t k, size_t begin);
// The subject right after token i, past commas ("Estimant que « ... », il vota").
SpeakerMention SubjectAfter(const Scan& scan, const LangLexicon& lex, size_t i, size_t end);
// One past the capitalized run of a name starting at token i, connectors included ("Mohammad
// bin Salman", "Jean de La Fontaine"), not past `end`.
size_t NameRunEnd(const Scan& scan, size_t i, size_t end);
// True when token j, lower case after a lower-case plural noun and before a determiner, is
// no preposition: a verb ("the stores fill the stock").
bool PluralVerbAt(const Scan& scan, size_t j, size_t end);
// True for a present participle ("affirmant", "adding").
bool IsParticiple(const QTok& tok);
// True for a lower-case word shaped like a manner adverb: French -ment, English -ly
// ("tristement", "publicly"); callers check that a cue follows.
bool IsMannerAdverb(std::string_view lower);
// True when the cue at k is an infinitive ("de dire", "to say").
bool IsInfinitive(const Scan& scan, size_t k, size_t begin);
// True when the cue form at k is a noun after a determiner or a possessive ("the president's
// claims of widespread voter fraud have not"): no reported clause follows it; French
// le/la/les/l'/leur may be object pronouns ("il l'a dit").
bool IsNounUse(const Scan& scan, size_t k, size_t begin);
// Number of tokens of a skip phrase ("pour sa part") starting at i, else 0.
size_t SkipPhraseAt(const Scan& scan, const LangLexicon& lex, size_t i);
// Source marker ("selon", "according to") starting at token i: number of tokens, else 0.
size_t MarkerAt(const Scan& scan, const LangLexicon& lex, size_t i);
// First token of sentence `tok` is in, and one past its last.
size_t SentenceBegin(const Scan& scan, size_t tok);
size_t SentenceEnd(const Scan& scan, size_t tok);

// Resolves speakers in text order and writes record->quotes (quote_speaker.cc).
void EmitQuotes(const text::Analysis& analysis, const Document& doc, const Scan& scan,
                const LangLexicon& lex, std::vector<Candidate> candidates, Record* record);

}  // namespace sitrep::recognize::quotes
