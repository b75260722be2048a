// EmitQuotes(): resolves each candidate's speaker mention to a name and kind, in text order
// (pronouns and "le texte" take the previous speaker), and writes record->quotes in original
// bytes. A mention covered by an entity takes the entity's canonical name; otherwise a title
// ("le chef d'Etat russe") is looked up where the article names its holder ("le président
// russe Vladimir Poutine"), and a surname is expanded to the full name used earlier.
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "base/ascii.h"
#include "recognize/quote_internal.h"

namespace sitrep::recognize::quotes {
namespace {

// Lower-case words completing a title before the comma and the name ("malien par intérim").
constexpr size_t kMaxTitleTail = 4;
// Adjectives after a definite role that still names the previous speaker ("le dirigeant
// conservateur").
constexpr size_t kMaxRoleAdjectives = 2;
// Sentences before a French subject pronoun searched for its antecedent subject.
constexpr int kMaxAntecedentSentences = 3;
// Lower-case words between a determiner and the name it gives a gender to.
constexpr size_t kMaxGenderWords = 3;
// Tokens after a name searched for an English "his"/"her" of the same sentence.
constexpr size_t kMaxPossessiveDistance = 12;

struct Resolved {
  std::string name;
  std::string kind;
};

class SpeakerResolver {
 public:
  SpeakerResolver(const text::Analysis& analysis, const Scan& scan, const LangLexicon& lex,
                  const Record& record)
      : analysis_(analysis), scan_(scan), lex_(lex), record_(record) {
    IndexNames();
  }

  // Fills name and kind of the mention; `text` and `span` come from the mention itself.
  std::optional<Resolved> Resolve(const SpeakerMention& m) {
    std::optional<Resolved> r;
    switch (m.kind) {
      case MentionKind::kNone: return std::nullopt;
      case MentionKind::kPronoun: r = Pronoun(m); break;
      case MentionKind::kName: r = Name(m); break;
      case MentionKind::kPhrase: r = Phrase(m); break;
    }
    if (r) {
      // "researchers" for "the report": a group of people, whatever named it.
      const bool group = PluralPhrase(m) || GroupName(r->name);
      if (r->kind != "person" || group) last_group_ = *r;
      Remember(*r, group);
      last_end_ = m.span.end;
      if (r->kind == "person") last_person_end_ = m.span.end;
    }
    return r;
  }

  std::optional<Resolved> Last() const { return last_; }

  // A quote with no cue opening its own sentence right after a sentence whose subject can
  // speak and is newer than the last speaker (« Contacté, l'avocat Pierre Martin ne souhaite
  // pas s'exprimer. « Je suis tenu au secret ... » »): that subject, else kNone.
  SpeakerMention SubjectBeforeQuote(Span quote) const {
    const auto& toks = scan_.toks;
    auto it = std::lower_bound(toks.begin(), toks.end(), quote.start,
                               [](const QTok& t, size_t p) { return t.span.start < p; });
    const size_t q = static_cast<size_t>(it - toks.begin());
    if (q >= toks.size() || toks[q].sent <= 0) return {};
    const size_t s = static_cast<size_t>(toks[q].sent);
    if (scan_.sent_first[s] + 1 < q) return {};  // words before the quote in its sentence
    const size_t begin = scan_.sent_first[s - 1];
    const size_t end = scan_.sent_first[s];
    if (begin >= end || toks[begin].span.start < last_end_) return {};
    const SpeakerMention subject = SentenceSubject(scan_, lex_, begin, end);
    if (subject.kind == MentionKind::kNone || toks[subject.first].inside) return {};
    if (subject.kind == MentionKind::kPronoun) {
      const std::string_view p = scan_.lower.substr(subject.span.start, subject.span.size());
      return p == "il" || p == "elle" || p == "he" || p == "she" ? subject : SpeakerMention{};
    }
    return CanSpeak(subject) ? subject : SpeakerMention{};
  }

 private:
  bool IsPlural(const SpeakerMention& m) const {
    const std::string_view p = scan_.lower.substr(m.span.start, m.span.size());
    return p == "ils" || p == "elles" || p == "they" || p == "on" || p == "we" || p == "eux" ||
           p == "them";
  }

  // "des analystes", "plusieurs associations croates", "certains wikipédiens", "the
  // protesters": a group of people, whom a later "ils"/"they" names.
  bool PluralPhrase(const SpeakerMention& m) const {
    if (m.kind == MentionKind::kName && m.last == m.first + 1) {
      // "Researchers said ...", "Officials said" opening a sentence: a plural role noun.
      const std::string_view w = scan_.toks[m.first].lower;
      if (w.size() < 4 || w.back() != 's') return false;
      const std::string_view stem = w.substr(0, w.size() - 1);
      return lex_.Has(Cat::kAnaphor, stem) || lex_.Has(Cat::kTitle, stem) ||
             lex_.Has(Cat::kSpokes, w) || lex_.Has(Cat::kOrgNoun, w);
    }
    if (m.kind != MentionKind::kPhrase || m.last <= m.first + 1) return false;
    const std::string_view det = scan_.toks[m.first].lower;
    if (!scan_.toks[m.first].Has(Cat::kDet)) return false;
    for (std::string_view one : {"le", "la", "l'", "un", "une", "du", "ce", "cet", "cette", "son",
                                 "sa", "a", "an", "this", "that", "its", "his", "her", "one"}) {
      if (det == one) return false;
    }
    for (size_t k = m.first + 1; k < m.last; ++k) {
      const std::string_view w = scan_.toks[k].lower;
      if (!w.empty() && (w.back() == 's' || w.back() == 'x')) return true;
    }
    return false;
  }

  // A lower-case plural noun as a name ("researchers", "officials"): a group of people.
  static bool GroupName(std::string_view name) {
    if (name.size() < 4 || name.back() != 's' || name[name.size() - 2] == 's') return false;
    for (char c : name) {
      if (std::isupper(static_cast<unsigned char>(c))) return false;
    }
    return true;
  }

  // The plural subject opening the sentence before token `tok`: "D'autres orateurs ne
  // cèdent pas", "Des analystes jugent", "The protesters said".
  std::optional<Resolved> PluralSubjectBefore(size_t tok) const {
    const auto& toks = scan_.toks;
    const int s = toks[tok].sent;
    if (s <= 0 || static_cast<size_t>(s) >= scan_.sent_first.size()) return std::nullopt;
    size_t k = scan_.sent_first[static_cast<size_t>(s - 1)];
    if (k >= toks.size() || (!toks[k].Has(Cat::kDet) && !toks[k].Has(Cat::kElision))) {
      return std::nullopt;
    }
    const std::string_view det = toks[k].lower;
    bool plural = false;
    for (std::string_view d : {"les", "des", "d'", "plusieurs", "certains", "certaines",
                               "quelques", "ces", "the", "these", "those", "several", "many",
                               "some"}) {
      plural = plural || det == d;
    }
    if (!plural) return std::nullopt;
    const size_t first = k + 1;
    size_t end = first;  // after the last plural noun followed by a verb: "autres orateurs"
    for (k = first; k + 1 < toks.size() && k < first + 3 && toks[k].sent == s - 1; ++k) {
      const QTok& w = toks[k];
      if (w.kind != QKind::kWord || w.cap || w.Has(Cat::kNpStop) || IsOf(w.lower) ||
          IsCue(lex_, w)) {
        break;
      }
      const bool plural_noun = w.lower.back() == 's' || w.lower.back() == 'x';
      if (plural_noun && (VerbLike(k + 1) || IsCue(lex_, toks[k + 1]))) end = k + 1;
    }
    if (end == first) return std::nullopt;
    k = end;
    return Resolved{Text(TokSpan(first, k)), "person"};
  }

  // A group of people ("des conclusions d'analyses", "the protesters") is no antecedent of a
  // singular "il"/"lui"/"he".
  void Remember(const Resolved& r, bool group) {
    last_ = r;
    if (r.kind != "person") {
      last_other_ = r;
    } else if (!group) {
      last_person_ = r;
    }
  }

  // The last person entity before `norm` (norm bytes), titles without a holder left out.
  const Entity* LatestPerson(size_t norm) const {
    const Span orig = analysis_.ToOriginal(Span{norm, norm});
    const Entity* latest = nullptr;
    for (const Entity& e : record_.entities) {
      if (e.kind == "person" && e.span.end <= orig.start && !Unresolved(e) &&
          (latest == nullptr || e.span.start > latest->span.start)) {
        latest = &e;
      }
    }
    return latest;
  }

  // A pronoun takes the previous speaker; the first speaker of an article, the last person
  // named before it (outside quotes).
  std::optional<Resolved> Pronoun(const SpeakerMention& m) const {
    const std::string_view p = std::string_view(scan_.lower).substr(m.span.start, m.span.size());
    if (p == "she") {
      if (std::optional<Resolved> woman = WomanBefore(m.first)) return woman;
    }
    if (p == "il" || p == "elle" || p == "ils" || p == "elles" || p == "lui" || p == "eux") {
      const bool plural = p == "ils" || p == "elles" || p == "eux";
      const bool feminine = p == "elle" || p == "elles";
      if (std::optional<Resolved> subject = SubjectAntecedent(m.first, feminine, plural, false)) {
        return subject;
      }
    }
    if (p == "il" || p == "elle" || p == "he" || p == "she") {
      if (std::optional<Resolved> named = NamedSubjectBefore(m.span.start)) return named;
    }
    // "ils", "they": a group of people opening the sentence before ("D'autres orateurs ne
    // cèdent pas ... Il est, disent-ils, ..."), else the last group or organization that
    // spoke, not the last single person.
    if (IsPlural(m)) {
      if (std::optional<Resolved> group = PluralSubjectBefore(m.first)) return group;
      if (last_group_) return last_group_;
    }
    const bool single = p == "il" || p == "elle" || p == "he" || p == "she";
    if (std::optional<Resolved> prev = Previous(!IsPlural(m))) {
      if (!single || prev->kind == "person") return prev;  // "he" is no broadcaster
    }
    const Entity* latest = LatestPerson(m.span.start);
    std::optional<Span> run;
    for (const Span& r : runs_) {
      const Entity* named = r.end <= m.span.start ? EntityAt(r) : nullptr;
      if (r.end <= m.span.start && (named == nullptr || named->kind == "person")) run = r;
    }
    if (run && (latest == nullptr || analysis_.ToOriginal(*run).start > latest->span.start)) {
      return EntityOrText(*run, "person");
    }
    if (latest != nullptr) return Resolved{latest->name, latest->kind};
    return std::nullopt;
  }

  // French « il », « elle », « ils », « elles » name an organization or a group as well as a
  // person, by the grammatical gender of its noun (« Le ministère a démenti. « ... », a-t-il
  // affirmé », « La police a ouvert une enquête. « ... », a-t-elle assuré »): the subject
  // opening one of the kMaxAntecedentSentences sentences before token `tok`, newer than the
  // last speaker, that can speak and agrees in gender and number is the antecedent. With
  // `organization`, only a subject that is no person (« leur porte-parole »).
  std::optional<Resolved> SubjectAntecedent(size_t tok, bool feminine, bool plural,
                                            bool organization) const {
    if (feminine && !plural && !organization) {
      if (std::optional<Resolved> woman = WomanBefore(tok)) return woman;
    }
    const int s = scan_.toks[tok].sent;
    for (int back = 1; back <= kMaxAntecedentSentences && s - back >= 0; ++back) {
      const size_t begin = scan_.sent_first[static_cast<size_t>(s - back)];
      const size_t end = scan_.sent_first[static_cast<size_t>(s - back + 1)];
      if (begin >= end || scan_.toks[begin].span.start < last_end_) break;
      const SpeakerMention subject = SentenceSubject(scan_, lex_, begin, end);
      if (subject.kind != MentionKind::kName && subject.kind != MentionKind::kPhrase) continue;
      if (scan_.toks[subject.first].inside || !Agrees(subject, feminine, plural, organization) ||
          !CanSpeak(subject)) {
        continue;
      }
      const std::optional<Resolved> r =
          subject.kind == MentionKind::kName ? Name(subject) : Phrase(subject);
      if (!r) continue;
      // « Le Parti populaire a exclu Antoni Pastor. ... il vota »: a person named after an
      // organization subject is the likelier antecedent of a pronoun.
      const Entity* named = EntityAt(subject.span);
      if (!organization && (named == nullptr || named->kind != "person") &&
          PersonBetween(subject.span.end, scan_.toks[tok].span.start)) {
        return std::nullopt;
      }
      if (!organization || r->kind != "person" || subject.kind == MentionKind::kPhrase) return r;
    }
    return std::nullopt;
  }

  // « elle »: the latest person named outside quotes since the last speaker, within the
  // kMaxAntecedentSentences sentences before token `tok`, whom the article names as a woman
  // (« François Hollande a reçu Angela Merkel » after « la chancelière allemande Angela
  // Merkel »).
  std::optional<Resolved> WomanBefore(size_t tok) const {
    const int s = scan_.toks[tok].sent;
    const size_t from_tok = scan_.sent_first[static_cast<size_t>(std::max(0, s - kMaxAntecedentSentences))];
    const size_t from = std::max(last_end_, scan_.toks[from_tok].span.start);
    const Span window = analysis_.ToOriginal(Span{from, scan_.toks[tok].span.start});
    const Entity* best = nullptr;
    for (const Entity& e : record_.entities) {
      if (e.kind != "person" || Unresolved(e) || e.span.start < window.start ||
          e.span.end > window.end || (best != nullptr && e.span.start < best->span.start)) {
        continue;
      }
      auto end = std::lower_bound(orig_starts_.begin(), orig_starts_.end(), e.span.end);
      const size_t last = static_cast<size_t>(end - orig_starts_.begin());
      if (last == 0 || scan_.toks[last - 1].inside || NameGender(last - 1) <= 0) continue;
      best = &e;
    }
    if (best == nullptr) return std::nullopt;
    return Resolved{best->name, best->kind};
  }

  // True when a person entity is named outside quotes in [from, to) (norm bytes).
  bool PersonBetween(size_t from, size_t to) const {
    const Span window = analysis_.ToOriginal(Span{from, to});
    for (const Entity& e : record_.entities) {
      if (e.kind != "person" || Unresolved(e) || e.span.start < window.start ||
          e.span.end > window.end) {
        continue;
      }
      auto it = std::lower_bound(orig_starts_.begin(), orig_starts_.end(), e.span.start);
      if (it != orig_starts_.end() && !scan_.toks[static_cast<size_t>(it - orig_starts_.begin())].inside) {
        return true;
      }
    }
    return false;
  }

  // True when a French subject agrees with a pronoun: a name is singular, of either gender; a
  // phrase takes gender and number from its determiner (« le », « la », « les »; « l' » and
  // possessives tell no gender); `any_gender` checks the number alone.
  bool Agrees(const SpeakerMention& subject, bool feminine, bool plural, bool any_gender) const {
    if (subject.kind == MentionKind::kName) {
      if (plural) return false;
      const int gender = any_gender ? 0 : NameGender(subject.last - 1);
      return gender == 0 || (gender > 0) == feminine;
    }
    const std::string_view det = scan_.toks[subject.first].lower;
    bool det_plural = false;
    for (std::string_view d : {"les", "des", "ces", "leurs", "ses", "plusieurs", "certains",
                               "certaines", "quelques", "d'autres", "nos", "vos"}) {
      det_plural = det_plural || det == d;
    }
    if (det_plural != plural) return false;
    if (any_gender) return true;
    if (det == "le" || det == "un" || det == "ce" || det == "cet" || det == "du" || det == "au") {
      return !feminine;
    }
    if (det == "la" || det == "une" || det == "cette" || det == "sa") return feminine;
    return true;
  }

  // The gender the article gives the person whose name ends with token `last`: each mention
  // of that last name preceded by « Mme », « M. » or a determiner and up to kMaxGenderWords
  // lower-case words (« la chancelière allemande Angela Merkel », « le député Jean Lassalle »)
  // votes; 1 feminine, -1 masculine, 0 unknown or split.
  int NameGender(size_t last) const {
    const auto& toks = scan_.toks;
    int votes = 0;
    for (size_t t = 0; t < toks.size(); ++t) {
      if (toks[t].lower != toks[last].lower || !toks[t].cap || toks[t].inside) continue;
      const auto civility = [](std::string_view w) {
        return w == "mme" || w == "madame" || w == "mlle" || w == "m" || w == "monsieur" ||
               w == "mrs" || w == "ms" || w == "miss" || w == "mr";
      };
      // "Warren announced her endorsement": the first his/her after the name in its sentence.
      // Not past a clause boundary: "Barry Comden, whom she divorced".
      for (size_t k = t + 1; k < toks.size() && k <= t + kMaxPossessiveDistance &&
                             toks[k].kind == QKind::kWord && !toks[k].inside &&
                             !toks[k].Has(Cat::kBoundary) && toks[k].lower != "whom";
           ++k) {
        if (toks[k].lower == "her" || toks[k].lower == "she") {
          ++votes;
          break;
        }
        if (toks[k].lower == "his" || toks[k].lower == "he") {
          --votes;
          break;
        }
      }
      size_t k = t;
      while (k > 0 && toks[k - 1].kind == QKind::kWord && toks[k - 1].cap &&
             !toks[k - 1].Has(Cat::kDet) && !civility(toks[k - 1].lower)) {
        --k;
      }
      if (k > 1 && toks[k - 1].lower == "." && civility(toks[k - 2].lower)) --k;  // « M. Hollande »
      if (k > 0 && civility(toks[k - 1].lower)) {
        const std::string_view c = toks[k - 1].lower;
        votes += c == "m" || c == "monsieur" || c == "mr" ? -1 : 1;
        continue;
      }
      for (size_t n = 0; k > 0 && n <= kMaxGenderWords; ++n, --k) {
        const QTok& w = toks[k - 1];
        if (w.kind != QKind::kWord || w.sent != toks[t].sent) break;
        const std::string_view d = w.lower;
        if (d == "la" || d == "une" || d == "sa" || d == "cette") {
          ++votes;
          break;
        }
        if (d == "le" || d == "un" || d == "son" || d == "ce" || d == "du") {
          --votes;
          break;
        }
        if (w.cap || IsOf(d) || w.Has(Cat::kPrep) || w.Has(Cat::kDet) || w.Has(Cat::kVerbal) ||
            w.Has(Cat::kAux) || IsCue(lex_, w)) {
          break;
        }
      }
    }
    return votes > 0 ? 1 : (votes < 0 ? -1 : 0);
  }

  // A subject that can speak: a person, organization or armed group the entity recognizer
  // knows, a name of two words or more, or a phrase headed by a title, a role, an
  // organization, a spokesperson or a document (« le parquet », « le porte-parole »).
  bool CanSpeak(const SpeakerMention& subject) const {
    if (const Entity* e = EntityAt(subject.span)) {
      if (!IsPlace(*e)) return true;
    }
    if (subject.kind == MentionKind::kName) return subject.last - subject.first >= 2;
    const QTok& head = scan_.toks[Head(subject)];
    return head.cap || head.Has(Cat::kTitle) || head.Has(Cat::kAnaphor) ||
           head.Has(Cat::kOrgNoun) || head.Has(Cat::kSpokes) || head.Has(Cat::kDocNoun) ||
           IsTitlePhrase(Head(subject));
  }

  // A person named as a subject since the last speaker, before `pos`: "X revient ...", the
  // latest of a capitalized run before a verb and a person entity opening a clause; with
  // `entities_only`, runs that are no person entity are passed over.
  std::optional<Resolved> NamedSubjectBefore(size_t pos, bool entities_only = false) const {
    const Entity* subject = SubjectSince(pos);
    const size_t subject_at = subject != nullptr ? subject->span.start : 0;
    for (auto it = subjects_.rbegin(); it != subjects_.rend(); ++it) {
      if (it->end > pos) continue;
      if (it->start < last_end_) break;
      if (subject != nullptr && analysis_.ToOriginal(*it).start < subject_at) break;
      if (const Entity* e = EntityAt(*it)) {
        if (e->kind != "person") continue;  // "il"/"he" is no country or organization
        return Resolved{e->name, e->kind};
      }
      if (entities_only) continue;  // "Leulumoega District hospital were made ..."
      return Resolved{Text(*it), "person"};
    }
    if (subject != nullptr) return Resolved{subject->name, subject->kind};
    return std::nullopt;
  }

  // The last person entity opening a clause ("Turkish president Erdoğan called ...", after a
  // sentence start or a comma, past titles and capitalized words) between the last speaker
  // mention and `pos`, outside quotes.
  const Entity* SubjectSince(size_t pos) const {
    const Span window = analysis_.ToOriginal(Span{last_person_end_, pos});
    const Entity* found = nullptr;
    for (const Entity& e : record_.entities) {
      if (e.kind != "person" || Unresolved(e) || e.span.start < window.start ||
          e.span.end > window.end) {
        continue;
      }
      auto it = std::lower_bound(orig_starts_.begin(), orig_starts_.end(), e.span.start);
      if (it == orig_starts_.end() || *it != e.span.start) continue;
      size_t k = static_cast<size_t>(it - orig_starts_.begin());
      if (scan_.toks[k].inside) continue;
      while (k > 0 && scan_.toks[k - 1].kind == QKind::kWord &&
             (scan_.toks[k - 1].cap || scan_.toks[k - 1].Has(Cat::kTitle)) &&
             scan_.toks[k - 1].sent == scan_.toks[k].sent) {
        --k;
      }
      const bool opens = k == 0 || scan_.toks[k - 1].sent != scan_.toks[k].sent ||
                         scan_.toks[k - 1].kind == QKind::kBreak ||
                         (scan_.toks[k - 1].kind == QKind::kPunct && scan_.toks[k - 1].lower == ",");
      auto after = std::lower_bound(orig_starts_.begin(), orig_starts_.end(), e.span.end);
      const size_t v = static_cast<size_t>(after - orig_starts_.begin());
      size_t v_word = v;  // "Michael Bloomberg, appelle"
      if (v + 1 < scan_.toks.size() && scan_.toks[v].lower == ",") v_word = v + 1;
      const std::string_view rel = v_word < scan_.toks.size() ? scan_.toks[v_word].lower : "";
      const bool verb_next = VerbLike(v_word) || (v_word > v && (rel == "who" || rel == "qui"));
      if (opens && verb_next && (found == nullptr || e.span.start > found->span.start)) found = &e;
    }
    return found;
  }

  // A lower-case word that is no determiner, preposition or conjunction: likely a verb.
  bool VerbLike(size_t v) const {
    return v < scan_.toks.size() && scan_.toks[v].kind == QKind::kWord && !scan_.toks[v].cap &&
           !scan_.toks[v].Has(Cat::kNpStop) && !scan_.toks[v].Has(Cat::kDet) &&
           !scan_.toks[v].Has(Cat::kBoundary) && !IsOf(scan_.toks[v].lower);
  }

  std::optional<Resolved> Previous(bool person) const {
    if (person && last_person_) return last_person_;
    return last_;
  }

  // A title the entity recognizer could not give a holder ("président" named "President",
  // "First Minister of Scotland Nicola Sturgeon" where only "Minister" is an entity) names
  // nobody.
  bool Unresolved(const Entity& e) const {
    if (e.kind != "person") return false;
    const std::string lower = AsciiLower(e.name);
    // "French Minister" for "ministre de l'Économie": a title ends the name.
    const size_t space = lower.rfind(' ');
    if (lex_.Has(Cat::kTitle, space == std::string::npos ? lower : lower.substr(space + 1))) {
      return true;
    }
    if (space != std::string::npos) {
      // A title in the text that no dictionary entry names, holding capitalized words of its
      // own ("ministre de l'Économie Pierre Moscovici ..."): a generic label ("French
      // Minister") sharing no word with the text names nobody.
      if (e.id || e.text.empty() || !std::islower(static_cast<unsigned char>(e.text[0]))) return false;
      const std::string text = AsciiLower(e.text);
      for (size_t from = 0; from < lower.size();) {
        size_t to = lower.find(' ', from);
        if (to == std::string::npos) to = lower.size();
        if (to - from > 2 && text.find(lower.substr(from, to - from)) != std::string::npos) return false;
        from = to + 1;
      }
      for (size_t k = 1; k < e.text.size(); ++k) {
        const bool word_start = e.text[k - 1] == ' ' || e.text[k - 1] == '\'';
        if (word_start && static_cast<unsigned char>(e.text[k]) >= 0x80) return true;  // "Économie"
        if (word_start && std::isupper(static_cast<unsigned char>(e.text[k]))) return true;
      }
      return false;
    }
    for (char c : e.text) {
      if (std::isupper(static_cast<unsigned char>(c))) return false;
    }
    return true;
  }

  // The entity at `norm` (EntityAt), else the words as written, taken as a `kind`.
  Resolved EntityOrText(Span norm, const char* kind) const {
    if (const Entity* e = EntityAt(norm)) return Resolved{e->name, e->kind};
    return Resolved{Text(norm), kind};
  }

  // The entity overlapping `norm` (original bytes compared), preferring one that covers it,
  // then persons.
  const Entity* EntityAt(Span norm) const {
    const Span orig = analysis_.ToOriginal(norm);
    const Entity* best = nullptr;
    int best_score = -1;
    for (const Entity& e : record_.entities) {
      if (!e.span.Overlaps(orig) || Unresolved(e)) continue;
      const int score = (e.span.Contains(orig) ? 4 : 0) + (e.kind == "person" ? 2 : 0) +
                        (e.kind == "organization" || e.kind == "armed_group" ? 1 : 0);
      if (score > best_score) {
        best = &e;
        best_score = score;
      }
    }
    return best;
  }

  std::string Lower(Span s) const { return scan_.lower.substr(s.start, s.size()); }

  std::string Text(Span s) const { return analysis_.norm.substr(s.start, s.size()); }

  // First token of the name in [first, last) after any title ("Deputy Governor Oleg Klimov"
  // -> "Oleg Klimov"); at least one token is left.
  size_t AfterTitles(size_t first, size_t last) const {
    size_t start = first;
    for (size_t k = first; k + 1 < last; ++k) {
      const std::string_view w = scan_.toks[k].lower;
      const bool possessive = w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0 &&
                              scan_.toks[last - 1].cap;
      if (lex_.Has(Cat::kTitle, w) || scan_.toks[k].kind != QKind::kWord || possessive ||
          lex_.Has(Cat::kBoundary, w) || lex_.Has(Cat::kNpStop, w) || lex_.Has(Cat::kSkip, w)) {
        start = k + 1;
      }
    }
    return start;
  }

  Span TokSpan(size_t first, size_t last) const {
    return Span{scan_.toks[first].span.start, scan_.toks[last - 1].span.end};
  }

  // Remembers, for the last word of each capitalized run of two words or more (titles left
  // out), the first such run: "Poutine" -> "Vladimir Poutine".
  void IndexNames() {
    const auto& toks = scan_.toks;
    orig_starts_.reserve(toks.size());
    for (const QTok& t : toks) orig_starts_.push_back(analysis_.ToOriginal(t.span).start);
    for (size_t i = 0; i < toks.size();) {
      if (!toks[i].cap || toks[i].Has(Cat::kDet)) {
        ++i;
        continue;
      }
      const size_t j = std::max(i + 1, NameRunEnd(scan_, i, toks.size()));
      const size_t start = AfterTitles(i, j);
      if (j - start >= 2) {
        full_names_.emplace(std::string(toks[j - 1].lower), TokSpan(start, j));
        first_names_.emplace(std::string(toks[start].lower), TokSpan(start, j));
        const bool apposition = i > 0 && toks[i - 1].lower == "," && j < toks.size() &&
                                toks[j].lower == ",";
        if (!toks[i].inside && !apposition && !IsOrganizationName(start, j)) {
          runs_.push_back(TokSpan(start, j));
          const bool after_det = start > 0 && toks[start - 1].Has(Cat::kDet);
          const std::string_view tail = toks[j - 1].lower;
          const bool possessive = tail.size() > 2 && tail.compare(tail.size() - 2, 2, "'s") == 0;
          size_t from = j;  // "Crown Prince Mohammad bin Salman of Saudi Arabia accepted"
          if (from + 1 < toks.size() && (toks[from].lower == "of" || toks[from].lower == "from") &&
              toks[from + 1].cap && toks[from + 1].kind == QKind::kWord) {
            size_t k = from + 1;
            while (k < toks.size() && toks[k].kind == QKind::kWord && toks[k].cap) ++k;
            if (k < toks.size() && VerbLike(k)) from = k;
          }
          if (from > j && !possessive) {
            subjects_.push_back(TokSpan(start, j));
          } else if (!after_det && !possessive && j < toks.size() && toks[j].kind == QKind::kWord &&
              !toks[j].cap && !(start > 0 && IsOf(toks[start - 1].lower)) &&
              !toks[j].Has(Cat::kNpStop) && !toks[j].Has(Cat::kDet) &&
              !toks[j].Has(Cat::kBoundary) && !IsOf(toks[j].lower) &&
              toks[j].lower != "for" && toks[j].lower != "pour") {  // "Center for Astrophysics"
            subjects_.push_back(TokSpan(start, j));  // followed by a verb, likely
          } else if (j < toks.size() && (toks[j].lower == "," || toks[j].lower == "(") &&
                     (i == 0 || toks[i - 1].kind == QKind::kBreak ||
                      toks[i - 1].sent != toks[i].sent ||
                      (toks[i - 1].kind == QKind::kPunct &&
                       (toks[i - 1].lower == "." || toks[i - 1].lower == "-")))) {
            // "Myriam Martinet, de la CGT, a relevé"; "2012. - Marc Guillemot (Safran), qui"
            subjects_.push_back(TokSpan(start, j));
          }
        }
      }
      i = j + 1;
    }
  }

  bool IsOrganizationName(size_t first, size_t last) const {
    if (scan_.toks[last - 1].Has(Cat::kOrgNoun)) return true;
    const std::string_view text = std::string_view(analysis_.norm).substr(
        scan_.toks[first].span.start, scan_.toks[last - 1].span.end - scan_.toks[first].span.start);
    size_t letters = 0;
    for (char c : text) {
      if (std::islower(static_cast<unsigned char>(c))) return false;
      letters += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
    }
    return letters >= 2;
  }

  std::optional<Resolved> Name(const SpeakerMention& m) const {
    const Entity* e = EntityAt(m.span);
    if (e != nullptr && e->kind != "person") {
      // "United Nations Nikki Haley", "U.S. Attorney Bash": the name after the organization.
      const size_t end = analysis_.ToOriginal(m.span).end;
      size_t k = m.first;
      while (k < m.last && analysis_.ToOriginal(scan_.toks[k].span).start < e->span.end) ++k;
      if (k < m.last && e->span.end < end) {
        const size_t start = AfterTitles(k, m.last);
        const Entity* named = EntityAt(TokSpan(start, m.last));
        if (named != nullptr && named->kind == "person") return Resolved{named->name, named->kind};
        if (!scan_.toks[start].Has(Cat::kTitle)) return NameOfRun(start, m.last);
      }
    }
    if (e != nullptr && !(IsPlace(*e) && !e->span.Contains(analysis_.ToOriginal(m.span)))) {
      return Resolved{e->name, e->kind};  // "Météo France" is not France
    }
    return NameOfRun(m.first, m.last);
  }

  static bool IsPlace(const Entity& e) {
    return e.kind == "state" || e.kind == "place";
  }

  std::optional<Resolved> NameOfRun(size_t first, size_t last) const {
    if (IsOrganizationName(first, last)) return Resolved{Text(TokSpan(first, last)), "organization"};
    if (std::optional<Resolved> holder = TitleAlone(first, last)) return holder;
    const size_t start = AfterTitles(first, last);
    auto it = full_names_.find(scan_.toks[last - 1].lower);
    // "Princess Ubolratana" after "Princess Ubolratana Mahidol": a given name used alone.
    if (it == full_names_.end() && last - start == 1 && start > first &&
        scan_.toks[start - 1].Has(Cat::kTitle)) {
      it = first_names_.find(scan_.toks[start].lower);
      if (it == first_names_.end()) it = full_names_.end();
    }
    if (last - start == 1 && it != full_names_.end()) {
      Span full = it->second;
      const Entity* e = EntityAt(full);
      if (e != nullptr && IsPlace(*e) && e->span.end < analysis_.ToOriginal(full).end) {
        // "Chief Executive of Hong Kong Carrie Lam ... Lam said": the name after the place.
        auto after = std::lower_bound(orig_starts_.begin(), orig_starts_.end(), e->span.end);
        const size_t k = static_cast<size_t>(after - orig_starts_.begin());
        if (k < scan_.toks.size() && scan_.toks[k].span.start < full.end) {
          full = Span{scan_.toks[k].span.start, full.end};
          e = EntityAt(full);
        }
      }
      if (e != nullptr && !IsPlace(*e)) return Resolved{e->name, e->kind};
      return Resolved{Text(full), "person"};
    }
    return Resolved{Text(TokSpan(start, last)), "person"};
  }

  // A title entity the dictionaries give its office holder, right after "ex-", "ancien" or
  // "former" (« l'ex-Président sénégalais », "the former president"): a former holder, not
  // the one the dictionaries name; nullptr then, else `e`.
  const Entity* FormerTitle(const Entity* e) const {
    if (e == nullptr || e->kind != "person") return e;
    const std::string& text = record_.doc.text;  // original bytes, as entity spans are
    size_t at = std::min(e->span.start, text.size());
    if (at >= 1 && text[at - 1] == '-') --at;  // "ex-"
    while (at > 0 && text[at - 1] == ' ') --at;
    size_t from = at;
    while (from > 0 && std::isalpha(static_cast<unsigned char>(text[from - 1]))) --from;
    const std::string before = AsciiLower(text.substr(from, at - from));
    const bool former = before == "ex" || before == "ancien" || before == "ancienne" || before == "former";
    return former ? nullptr : e;
  }

  // First word of the phrase after its determiners ("le texte" -> "texte").
  size_t Head(const SpeakerMention& m) const {
    size_t h = m.first;
    while (h + 1 < m.last && scan_.toks[h].Has(Cat::kDet) &&
           !IsOf(scan_.toks[h + 1].lower)) {
      ++h;
    }
    const std::string_view w = scan_.toks[h].lower;
    if (h + 1 < m.last && (w == "même" || w == "same" || w == "ancien" || w == "ancienne" ||
                           w == "former")) {
      ++h;  // "le même chercheur", "the former president"
    }
    return h;
  }

  std::optional<Resolved> Phrase(const SpeakerMention& m) const {
    // "according to reports", "the reports", « selon des rumeurs »: nobody is named
    // ("eyewitness reports" name eyewitnesses).
    if (lex_.null_sources.count(scan_.toks[m.last - 1].lower) > 0 &&
        !(m.last >= m.first + 2 && scan_.toks[m.last - 2].Has(Cat::kTitle))) {
      return std::nullopt;
    }
    // « selon les projections », « selon des conclusions d'analyses »: a source noun with no
    // name after it (« les estimations de l'ONU » names the UN).
    if (const size_t h = Head(m); lex_.null_sources.count(scan_.toks[h].lower) > 0) {
      bool named = false;
      for (size_t k = h + 1; k < m.last; ++k) named = named || scan_.toks[k].cap;
      if (!named) return std::nullopt;
    }
    if (std::optional<Resolved> org = ForOrganization(m)) return org;
    if (std::optional<Resolved> named = ApposedName(m.last)) return named;
    if (std::optional<Resolved> owned = OwnedNoun(m)) return owned;
    const Entity* e = FormerTitle(EntityAt(m.span));
    const size_t head = Head(m);
    // "le chef de l'État" that the dictionaries give an office holder: the person the article
    // names for that title ("le président malien par intérim, Dioncounda Traoré") comes first.
    if (e != nullptr && e->kind == "person" && !scan_.toks[head].cap && IsTitlePhrase(head)) {
      if (std::optional<Resolved> holder = TitleHolder(m, head)) return holder;
    }
    if (e != nullptr && e->span.Contains(analysis_.ToOriginal(m.span))) return Resolved{e->name, e->kind};
    const std::string_view word = scan_.toks[head].lower;
    const Span rest{scan_.toks[head].span.start, m.span.end};
    // "study co-author Ted Scambos of CU Boulder's ...": a name after a role is who speaks,
    // before any document noun of the role ("study").
    if (std::optional<Resolved> named = NameAfterRole(m)) return named;
    if (std::optional<Resolved> author = DocumentAuthor(m, head)) return author;
    if (lex_.Has(Cat::kDocNoun, word)) {
      if (e != nullptr && e->kind != "person") return Resolved{e->name, "organization"};
      if (head + 1 < m.last && IsOf(scan_.toks[head + 1].lower)) {
        return Resolved{Complement(m, head + 1), "organization"};
      }
      if (std::optional<Resolved> a = Antecedent(head)) return a;  // "Le documentaire d'Al Jazeera"
      // "Facebook released a statement which read": the subject of the verb whose object the
      // document is.
      const size_t begin = SentenceBegin(scan_, m.first);
      if (m.first > begin + 1 && scan_.toks[m.first - 1].kind == QKind::kWord &&
          !scan_.toks[m.first - 1].cap && !IsOf(scan_.toks[m.first - 1].lower) &&
          !scan_.toks[m.first - 1].Has(Cat::kPrep) && !scan_.toks[m.first - 1].Has(Cat::kDet)) {
        const SpeakerMention subject = SentenceSubject(scan_, lex_, begin, m.first - 1);
        if (subject.kind == MentionKind::kName && subject.last == m.first - 1 &&
            scan_.toks[subject.first].lower != "i") {  // "I published a study which showed"
          return Name(subject);
        }
      }
      if (std::optional<Resolved> publisher = EarlierPublisher(head)) return publisher;
      if (last_other_) return last_other_;
      if (last_) return last_;
      return Resolved{Text(rest), "document"};
    }
    if (scan_.toks[head].cap && scan_.toks[m.last - 1].cap) return NameOfRun(head, m.last);
    size_t run = m.last;  // "le président de l'Assemblée Claude Bartolone": the name
    while (run > head + 1 && scan_.toks[run - 1].cap) --run;
    if (m.last - run >= 2) {
      const Entity* named = EntityAt(TokSpan(run, m.last));
      if (named != nullptr && named->kind == "person") return Resolved{named->name, named->kind};
      return NameOfRun(run, m.last);
    }
    // « le leader du Front de gauche »: the organization completes a role held by a person.
    const bool role_of = e != nullptr && e->kind != "person" &&
                         analysis_.ToOriginal(scan_.toks[head].span).end <= e->span.start &&
                         DefiniteRole(m, head);
    if (e != nullptr && !IsPlace(*e) && !role_of) return Resolved{e->name, e->kind};
    const bool bare = head + 1 == m.last && head > m.first;  // "l'expert", "the official"
    if (bare && lex_.Has(Cat::kAnaphor, word)) {
      if (std::optional<Resolved> a = Antecedent(head)) return a;
      // "l'expert" is someone named before; "son avocate" someone else.
      const std::string_view det = scan_.toks[m.first].lower;
      if (det == "le" || det == "la" || det == "l'" || det == "the") {
        // « Le député Jean Lassalle a entamé une grève. « ... », a confié l'élu »: a person
        // named as a subject since the last speaker comes first.
        if (std::optional<Resolved> named = NamedSubjectBefore(m.span.start, true)) return named;
        if (last_person_) return last_person_;
        // « D'après le chercheur » after « l'astronome suisse Michel Mayor ... Alpha Centauri
        // B »: a role noun names a person the entity recognizer knows, not any capitalized run.
        if (const Entity* person = LatestPerson(m.span.start)) {
          return Resolved{person->name, person->kind};
        }
        return Pronoun(m);
      }
    }
    if (lex_.Has(Cat::kOrgNoun, word)) {
      const std::string org = OrgName(word, rest);
      if (bare && org == Text(rest)) {
        if (std::optional<Resolved> a = Antecedent(head)) return a;  // "l'agence" -> Moody's
      }
      return Resolved{org, "organization"};
    }
    if (std::optional<Span> name = NameAfter(m.span.end)) {  // "le ministre, Jean Dupont,"
      const Entity* named = EntityAt(*name);
      if (named != nullptr) return Resolved{named->name, named->kind};
      if (name->size() > 0 && Text(*name).find(' ') != std::string::npos) {
        return Resolved{Text(*name), "person"};
      }
    }
    if (std::optional<Resolved> holder = TitleHolder(m, head)) return holder;
    if (const Entity* apposed = ApposedEntity(m.last)) {  // "One of these groups, the SDF,"
      return Resolved{apposed->name, apposed->kind};
    }
    if (DefiniteRole(m, head)) {
      // "Mitt Romney a critiqué Barack Obama. « ... », a lancé le candidat républicain": a
      // person named as a subject since the last speaker, else the last person speaker.
      if (std::optional<Resolved> named = NamedSubjectBefore(m.span.start, true)) return named;
      if (last_person_) return last_person_;
    }
    return Resolved{Text(rest), "person"};
  }

  // "un porte-parole de la police", "the UN spokesman", "an Interior Ministry spokeswoman",
  // "a spokesperson for the company", "une source au ministère": an unnamed spokesperson or
  // source speaks for the organization, unless the article names them ("le porte-parole de
  // l'armée, X,").
  std::optional<Resolved> ForOrganization(const SpeakerMention& m) const {
    const auto& toks = scan_.toks;
    size_t spokes = m.last;
    for (size_t k = m.first; k < m.last && spokes == m.last; ++k) {
      if (toks[k].Has(Cat::kSpokes)) spokes = k;
    }
    if (spokes == m.last) return std::nullopt;
    if (m.last - m.first >= 2 && toks[m.last - 1].cap && toks[m.last - 2].cap &&
        !toks[m.last - 1].acronym) {
      return std::nullopt;  // "Police spokesman Mariusz Ciarka": the name
    }
    if (std::optional<Span> name = NameAfter(m.span.end)) {
      const Entity* named = EntityAt(*name);
      if (named != nullptr && named->kind == "person") return Resolved{named->name, named->kind};
      if (named == nullptr && Text(*name).find(' ') != std::string::npos) {
        return Resolved{Text(*name), "person"};  // "the UN spokesman, Jens Laerke"
      }
    }
    size_t end = m.last;  // the complement: "de la police", "for the company", "au ministère"
    if (end < toks.size() && toks[end].kind == QKind::kWord &&
        (IsOf(toks[end].lower) || toks[end].lower == "for" || toks[end].lower == "au" ||
         toks[end].lower == "aux" || toks[end].lower == "at" || toks[end].lower == "auprès")) {
      const size_t from = end++;
      while (end < toks.size() && end - from <= 6 && toks[end].kind == QKind::kWord &&
             !toks[end].Has(Cat::kVerbal) && !toks[end].Has(Cat::kBoundary) &&
             !IsCue(lex_, toks[end])) {
        ++end;
      }
    }
    const std::string_view det = toks[m.first].lower;
    const bool definite = det == "le" || det == "la" || det == "l'" || det == "the";
    // "Le porte-parole de l'armée a ajouté" after "Le porte-parole de l'armée, le colonel Ahmed
    // Ali,": the person the article names for that role.
    if (definite && m.last > spokes + 1) {
      if (std::optional<Resolved> holder = HolderOf({Lower(TokSpan(spokes, m.last))}, m.span)) {
        return holder;
      }
    }
    const Span orig = analysis_.ToOriginal(TokSpan(m.first, end));
    for (const Entity& e : record_.entities) {
      if (e.span.Overlaps(orig) && (e.kind == "organization" || e.kind == "armed_group")) {
        return Resolved{e.name, "organization"};
      }
    }
    // Capitalized words before the spokes noun ("Interior Ministry spokeswoman"), then an
    // organization noun ("de la police", "au ministère de l'Intérieur"), then capitals after.
    if (std::optional<Resolved> org = CapitalsIn(m.first, spokes)) return org;
    for (size_t k = m.first; k < end; ++k) {
      if (toks[k].Has(Cat::kOrgNoun) && k != spokes) {
        const std::string org = OrgName(toks[k].lower, TokSpan(k, end));
        if (org == Text(TokSpan(k, end)) && k + 1 == end) {
          if (std::optional<Resolved> a = Antecedent(k)) return a;  // "du groupe" -> Samsung
        }
        return Resolved{org, "organization"};
      }
    }
    if (std::optional<Resolved> org = CapitalsIn(spokes + 1, end)) return org;
    bool complement = end > m.last;  // "de la police" after the mention, or inside it
    for (size_t k = spokes + 1; k < m.last; ++k) {
      complement = complement || (!toks[k].Has(Cat::kSkip) &&
                                  (toks[k].cap || toks[k].kind != QKind::kWord ||
                                   IsOf(toks[k].lower) || toks[k].Has(Cat::kPrep)));
    }
    if (complement) return std::nullopt;
    // "a précisé la source", « la même source », "the spokesperson added": the organization an
    // earlier mention of the noun gives it (« une source au ministère de la Défense »), else
    // the one whose spokesperson spoke before.
    const bool same = spokes == m.first + 2 && (toks[m.first + 1].lower == "même" ||
                                                toks[m.first + 1].lower == "same");
    if (definite && (spokes == m.first + 1 || same)) {
      if (std::optional<Resolved> earlier = EarlierSpokes(spokes)) return earlier;
      if (last_other_) return last_other_;
    }
    // « a déclaré leur porte-parole », "its spokesman": the organization or group the
    // sentences before have as their subject.
    const bool possessive = det == "son" || det == "sa" || det == "leur" || det == "its" ||
                            det == "their";
    if (possessive && spokes == m.first + 1) {
      return SubjectAntecedent(m.first, false, det == "leur" || det == "their", true);
    }
    // « a affirmé un porte-parole militaire », "a source said": an unnamed one, not the holder
    // of the title the article names elsewhere; the organization the sentences before have as
    // their subject speaks.
    if (det == "un" || det == "une" || det == "a" || det == "an") {
      if (std::optional<Resolved> org = SubjectAntecedent(m.first, false, false, true)) return org;
      return Resolved{Text(TokSpan(spokes, m.last)), "person"};
    }
    return std::nullopt;
  }

  // « Le gouvernement a publié un communiqué. « ... », ajoute le communiqué »: the subject of
  // the sentence that first mentions the document noun at `head`, when it can speak.
  std::optional<Resolved> EarlierPublisher(size_t head) const {
    const auto& toks = scan_.toks;
    for (size_t t = head; t-- > 0;) {
      if (toks[t].inside || toks[t].lower != toks[head].lower) continue;
      const size_t begin = SentenceBegin(scan_, t);
      if (t < begin + 2) return std::nullopt;
      const SpeakerMention subject = SentenceSubject(scan_, lex_, begin, t);
      if ((subject.kind != MentionKind::kName && subject.kind != MentionKind::kPhrase) ||
          subject.last > t || toks[Head(subject)].Has(Cat::kDocNoun) || !CanSpeak(subject)) {
        return std::nullopt;
      }
      return subject.kind == MentionKind::kName ? Name(subject) : Phrase(subject);
    }
    return std::nullopt;
  }

  // The organization of the nearest earlier mention of the spokesperson noun at `spokes` that
  // names one ("une source au ministère de la Défense"), else nullopt.
  std::optional<Resolved> EarlierSpokes(size_t spokes) const {
    const auto& toks = scan_.toks;
    for (size_t t = spokes; t-- > 0;) {
      if (toks[t].inside || toks[t].lower != toks[spokes].lower) continue;
      const size_t first = t > 0 && toks[t - 1].Has(Cat::kDet) ? t - 1 : t;
      const size_t next = t + 1;
      const bool named = next < toks.size() && toks[next].kind == QKind::kWord &&
                         (toks[next].cap || IsOf(toks[next].lower) || toks[next].lower == "au" ||
                          toks[next].lower == "aux" || toks[next].lower == "for" ||
                          toks[next].lower == "at" || toks[next].lower == "auprès");
      if (!named) continue;
      const SpeakerMention earlier{MentionKind::kPhrase, first, t + 1, TokSpan(first, t + 1)};
      return ForOrganization(earlier);
    }
    return std::nullopt;
  }

  std::optional<Resolved> CapitalsIn(size_t first, size_t last) const {
    const auto& toks = scan_.toks;
    for (size_t k = first; k < last; ++k) {
      if (!toks[k].cap || toks[k].Has(Cat::kDet) || toks[k].Has(Cat::kTitle)) continue;
      size_t j = k;
      while (j < last && toks[j].kind == QKind::kWord && toks[j].cap) ++j;
      const Entity* place = EntityAt(TokSpan(k, j));
      if (place != nullptr && IsPlace(*place)) {  // "German sources": a nationality
        k = j;
        continue;
      }
      return Resolved{Text(TokSpan(k, j)), "organization"};
    }
    return std::nullopt;
  }

  // An earlier mention of the same noun with its name: "le documentaire d'Al Jazeera",
  // "l'agence américaine Moody's", "son complice de toujours, Jean-Michel Larqué".
  std::optional<Resolved> Antecedent(size_t head) const {
    const auto& toks = scan_.toks;
    for (size_t t = head; t-- > 0;) {
      if (toks[t].lower != toks[head].lower || toks[t].inside) continue;
      // « Me Dupond-Moretti, l'avocat de la famille, a réagi »: the name the noun is apposed to.
      if (t >= 3 && (toks[t - 1].Has(Cat::kDet) || toks[t - 1].Has(Cat::kElision)) &&
          toks[t - 2].kind == QKind::kPunct && toks[t - 2].lower == "," &&
          toks[t - 3].kind == QKind::kWord && toks[t - 3].cap &&
          !lex_.Has(Cat::kOrgNoun, toks[head].lower) && !lex_.Has(Cat::kDocNoun, toks[head].lower)) {
        size_t first = t - 3;
        while (first > 0 && toks[first - 1].kind == QKind::kWord && toks[first - 1].cap &&
               !toks[first - 1].Has(Cat::kDet)) {
          --first;
        }
        const Span name = TokSpan(AfterTitles(first, t - 2), t - 2);
        if (const Entity* e = EntityAt(name)) return Resolved{e->name, e->kind};
        return Resolved{Text(name), "person"};
      }
      size_t k = t + 1;
      for (int skipped = 0; k < toks.size() && skipped < 3; ++skipped, ++k) {
        const QTok& w = toks[k];
        const bool filler = w.kind == QKind::kWord && !w.cap && !w.Has(Cat::kVerbal) &&
                            !w.Has(Cat::kBoundary) && !w.Has(Cat::kAux) && !IsCue(lex_, w);
        if (!filler && !(w.kind == QKind::kPunct && w.lower == ",")) break;
      }
      if (k >= toks.size() || toks[k].kind != QKind::kWord || !toks[k].cap) continue;
      size_t j = k;
      while (j < toks.size() && toks[j].kind == QKind::kWord && toks[j].cap) ++j;
      const Span name = TokSpan(k, j);
      if (const Entity* e = EntityAt(name)) return Resolved{e->name, e->kind};
      const std::string_view n = toks[head].lower;
      const bool org = lex_.Has(Cat::kOrgNoun, n) || lex_.Has(Cat::kDocNoun, n);
      if (!org && j - k < 2) continue;
      return Resolved{Text(name), org ? "organization" : "person"};
    }
    return std::nullopt;
  }

  static bool IsOf(std::string_view w) {
    return w == "de" || w == "du" || w == "des" || w == "d'" || w == "of" || w == "from";
  }

  // "un communiqué de l'armée" -> the words after "de l'": "armée".
  std::string Complement(const SpeakerMention& m, size_t from) const {
    size_t k = from;
    while (k + 1 < m.last &&
           (IsOf(scan_.toks[k].lower) || scan_.toks[k].Has(Cat::kDet))) {
      ++k;
    }
    const Span span{scan_.toks[k].span.start, m.span.end};
    if (const Entity* e = EntityAt(span)) return e->name;
    return OrgName(scan_.toks[k].lower, span);
  }

  // An organization entity of the article whose text holds `head` ("l'armée" -> the entity
  // "l'armée syrienne"), else the phrase itself.
  std::string OrgName(std::string_view head, Span phrase) const {
    for (const Entity& e : record_.entities) {
      if (e.kind == "person" || e.kind == "place") continue;
      const std::string lower = AsciiLower(e.text);
      if (lower.find(head) != std::string::npos) return e.name;
    }
    return Text(phrase);
  }

  // Where else does the article use this title next to a name? "le ministre russe de la
  // Défense, Sergueï Choïgou"; synonyms from the lexicon ("chef d'Etat" = "président").
  std::optional<Resolved> TitleHolder(const SpeakerMention& m, size_t head) const {
    const std::string core = Lower(Span{scan_.toks[head].span.start, m.span.end});
    std::vector<std::string> variants{core};
    for (const auto& [from, to] : lex_.title_synonyms) {
      const size_t at = core.find(from);
      if (at != std::string::npos) variants.push_back(core.substr(0, at) + to + core.substr(at + from.size()));
    }
    return HolderOf(variants, m.span);
  }

  // "le dirigeant conservateur", "le chef de la diplomatie française" once no holder is found:
  // a definite title or role with at most kMaxRoleAdjectives lower-case words after it and no
  // complement ("de la direction de l'aviation civile" keeps the title) names the person who
  // spoke before.
  bool DefiniteRole(const SpeakerMention& m, size_t head) const {
    const std::string_view det = scan_.toks[m.first].lower;
    if (head == m.first || (det != "le" && det != "la" && det != "l'" && det != "the")) return false;
    // "The Wooster professor": capitalized modifiers before the role noun.
    while (head + 1 < m.last && scan_.toks[head].cap && scan_.toks[head].kind == QKind::kWord &&
           !scan_.toks[head + 1].cap && !IsTitlePhrase(head) &&
           !scan_.toks[head].Has(Cat::kAnaphor)) {
      ++head;
    }
    if (!IsTitlePhrase(head) && !scan_.toks[head].Has(Cat::kAnaphor)) return false;
    // « le chef de l'État », « le chef de la diplomatie française »: a title synonym holds its
    // complement.
    const std::string role = Lower(TokSpan(head, m.last));
    for (const auto& [from, to] : lex_.title_synonyms) {
      if (role.size() < from.size() || role.compare(0, from.size(), from) != 0 ||
          (role.size() > from.size() && role[from.size()] != ' ')) {
        continue;
      }
      size_t k = head;
      while (k < m.last && scan_.toks[k].span.end <= scan_.toks[head].span.start + from.size()) ++k;
      if (m.last - k <= kMaxRoleAdjectives) head = k - 1;
      break;
    }
    size_t last = m.last;
    // « le leader du Front de gauche »: a role noun's complement naming an organization.
    for (size_t k = head + 1; k + 1 < m.last && scan_.toks[head].Has(Cat::kAnaphor); ++k) {
      size_t n = k + 1;
      while (n < m.last && (scan_.toks[n].Has(Cat::kDet) || scan_.toks[n].Has(Cat::kElision))) ++n;
      if (IsOf(scan_.toks[k].lower) && n < m.last && scan_.toks[n].cap) {
        // « le maire de Marseille »: a place completes an office, which keeps its title; an
        // organization (an entity, an acronym, a name of two words or more) makes it a role.
        const size_t run = std::max(n + 1, NameRunEnd(scan_, n, m.last));
        const Entity* named = EntityAt(TokSpan(n, run));
        const bool organization =
            named != nullptr ? named->kind == "organization" || named->kind == "armed_group"
                             : scan_.toks[n].acronym || run - n >= 2;
        if (!organization) return false;
        last = k;
        break;
      }
    }
    if (last - head - 1 > kMaxRoleAdjectives) return false;
    for (size_t k = head + 1; k < last; ++k) {
      const QTok& w = scan_.toks[k];
      if (w.kind != QKind::kWord || w.cap || IsOf(w.lower) || w.Has(Cat::kDet)) return false;
    }
    return true;
  }

  // True when the phrase's head word is a title or opens a title synonym ("chef de l'État").
  bool IsTitlePhrase(size_t head) const {
    if (scan_.toks[head].Has(Cat::kTitle)) return true;
    std::string_view w = scan_.toks[head].lower;
    if (w.starts_with("ex-") && lex_.Has(Cat::kTitle, w.substr(3))) return true;  // « l'ex-président »
    for (const auto& [from, to] : lex_.title_synonyms) {
      if (std::string_view(from).substr(0, w.size()) == w &&
          (from.size() == w.size() || from[w.size()] == ' ' || from[w.size()] == '\'')) {
        return true;
      }
    }
    return false;
  }

  // The name right after one of the `titles` in the article, nearest before `self` (the
  // mention being resolved), else the first after it: "Italian economic development minister
  // Stefano Patuanelli ... the minister said".
  std::optional<Resolved> HolderOf(const std::vector<std::string>& titles, Span self) const {
    std::optional<std::pair<size_t, Span>> best;  // title position, name
    for (const std::string& v : titles) {
      // An office ("ministre", "président du conseil"), not any noun ("the campaign"), may be
      // followed by a complement naming it before the holder's name.
      const bool office = lex_.Has(Cat::kTitle, std::string_view(v).substr(0, v.find(' ')));
      for (size_t at = scan_.lower.find(v); at != std::string::npos; at = scan_.lower.find(v, at + 1)) {
        if (at >= self.start && at < self.end) continue;
        if (at > 0 && std::isalnum(static_cast<unsigned char>(scan_.lower[at - 1]))) continue;
        // A whole word: « président » is no title inside « présidente ».
        const size_t after = at + v.size();
        if (after < scan_.lower.size() && std::isalnum(static_cast<unsigned char>(scan_.lower[after]))) {
          continue;
        }
        const std::optional<Span> name = NameAfterTitle(at + v.size(), office);
        if (!name) continue;
        const bool before = at < self.start;
        const bool best_before = best && best->first < self.start;
        if (!best || (before && (!best_before || at > best->first)) ||
            (!before && !best_before && at < best->first)) {
          best = std::make_pair(at, *name);
        }
      }
    }
    if (!best) return std::nullopt;
    return EntityOrText(best->second, "person");
  }

  // A title alone ("the Pope", "the Queen"): the person the article names with it.
  std::optional<Resolved> TitleAlone(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k) {
      if (!scan_.toks[k].Has(Cat::kTitle)) return std::nullopt;
    }
    return HolderOf({Lower(TokSpan(first, last))}, TokSpan(first, last));
  }

  // Who wrote a document: "a poll published by NBC News", "a recent report by The Atlantic",
  // "le modèle émis par les scientifiques"; "a whistle-blower complaint", "a UN report" (a
  // capitalized, hyphenated or organization noun before the document noun).
  std::optional<Resolved> DocumentAuthor(const SpeakerMention& m, size_t head) const {
    const auto& toks = scan_.toks;
    size_t doc = m.last;
    for (size_t k = head; k < m.last && k <= head + 2; ++k) {
      if (toks[k].Has(Cat::kDocNoun)) doc = k;
    }
    if (doc == m.last) return std::nullopt;
    size_t by = doc + 1;
    const auto agent_word = [&](size_t k) {
      return k < toks.size() && (toks[k].lower == "by" || toks[k].lower == "par" ||
                                 (k == doc + 1 && toks[k].lower == "from"));  // "a report from X"
    };
    size_t limit = m.last + 1;
    if (by < toks.size() && toks[by].kind == QKind::kWord && !toks[by].cap && !agent_word(by)) {
      ++by;  // a participle: "published", "émis"
      // "a survey published in 2017 by ...": a short phrase of time or place first.
      if (by + 2 < toks.size() && (toks[by].lower == "in" || toks[by].lower == "en") &&
          agent_word(by + 2)) {
        by += 2;
        limit += 2;
      }
    }
    if (agent_word(by) && by <= limit) {
      const SpeakerMention agent = SpeakerAfter(scan_, lex_, by, SentenceEnd(scan_, by));
      if (agent.kind == MentionKind::kName) return Name(agent);
      if (agent.kind == MentionKind::kPhrase && !toks[Head(agent)].Has(Cat::kDocNoun)) {
        return Phrase(agent);
      }
    }
    if (doc > head) {
      // "Stardom's official statement", "the party's website": the owner, without its
      // possessive ending, speaks.
      for (size_t k = doc; k-- > head;) {
        const std::string_view w = toks[k].lower;
        if (toks[k].kind != QKind::kWord || w.size() <= 2 || w.compare(w.size() - 2, 2, "'s") != 0) {
          continue;
        }
        Span owner = TokSpan(head, k + 1);
        owner.end -= 2;
        const std::string_view bare = w.substr(0, w.size() - 2);
        if (toks[head].cap) return EntityOrText(owner, "organization");
        if (lex_.Has(Cat::kOrgNoun, bare)) return Resolved{OrgName(bare, owner), "organization"};
        // "the family's statement": an unnamed group keeps its noun; a title ("the
        // president's statement") is resolved below.
        if (k == head && !lex_.Has(Cat::kTitle, bare) && !lex_.Has(Cat::kAnaphor, bare)) {
          return Resolved{std::string(Text(owner)), "person"};
        }
        break;
      }
      const Span modifier = TokSpan(head, doc);
      const std::string_view w = toks[doc - 1].lower;
      if (toks[head].cap || w.find('-') != std::string_view::npos ||
          toks[doc - 1].Has(Cat::kOrgNoun)) {
        return EntityOrText(modifier, toks[head].cap ? "organization" : "person");
      }
    }
    return std::nullopt;
  }

  // "Johnson's critics", "the United Nations' Food and Agriculture Organization's chief
  // veterinary officer": lower-case nouns after a possessive are who speaks, not the owner.
  std::optional<Resolved> OwnedNoun(const SpeakerMention& m) const {
    const auto& toks = scan_.toks;
    size_t owner = m.last;
    for (size_t k = m.first; k + 1 < m.last; ++k) {
      const std::string_view w = toks[k].lower;
      const bool possessive =
          (toks[k].kind == QKind::kPunct && (w == "'" || w == "\u2019")) ||
          (toks[k].kind == QKind::kWord && w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0);
      if (possessive) owner = k;
    }
    if (owner == m.last) return std::nullopt;
    for (size_t k = owner + 1; k < m.last; ++k) {
      // "Erdogan's office", "the ministry's spokesman", "Ford's filing": the owner speaks.
      if (toks[k].kind != QKind::kWord || toks[k].cap || toks[k].Has(Cat::kOrgNoun) ||
          toks[k].Has(Cat::kSpokes) || toks[k].Has(Cat::kDocNoun)) {
        return std::nullopt;
      }
    }
    size_t from = m.first;
    while (from < owner && toks[from].Has(Cat::kDet)) ++from;
    return Resolved{Text(TokSpan(from, m.last)), "person"};
  }

  // A full name after a lower-case role noun, at the end of the phrase or before "of"/"from":
  // "Huber's longtime tag team partner Erick Rowan", "ecologist Chip Taylor of the University
  // of Kansas".
  std::optional<Resolved> NameAfterRole(const SpeakerMention& m) const {
    const auto& toks = scan_.toks;
    for (size_t k = m.first + 1; k + 1 < m.last; ++k) {
      const QTok& role = toks[k - 1];
      if (!toks[k].cap || role.kind != QKind::kWord || role.cap || role.Has(Cat::kDet) ||
          IsOf(role.lower) || role.Has(Cat::kPrep) || role.lower == "by" || role.lower == "par") {
        continue;
      }
      const size_t j = NameRunEnd(scan_, k, m.last);
      const bool closes = j == m.last || toks[j].lower == "of" || toks[j].lower == "from";
      if (j - k < 2 || !closes || IsOrganizationName(k, j)) return std::nullopt;
      const size_t start = AfterTitles(k, j);
      if (j - start < 2) return std::nullopt;
      const Entity* e = EntityAt(TokSpan(start, j));
      if (e != nullptr && e->kind != "person") return std::nullopt;
      return e != nullptr ? Resolved{e->name, e->kind} : Resolved{Text(TokSpan(start, j)), "person"};
    }
    return std::nullopt;
  }

  // A person's name of two words or more between commas right after token `last`: "a
  // Republican, Mark Amodei, has ...". Not an organization or a place.
  std::optional<Resolved> ApposedName(size_t last) const {
    const auto& toks = scan_.toks;
    if (last + 3 >= toks.size() || toks[last].lower != "," || !toks[last + 1].cap ||
        toks[last + 1].kind != QKind::kWord || toks[last + 1].Has(Cat::kDet)) {
      return std::nullopt;
    }
    const size_t j = NameRunEnd(scan_, last + 1, toks.size());
    if (j - (last + 1) < 2 || j >= toks.size() || toks[j].lower != "," ||
        toks[j - 1].Has(Cat::kTitle) || IsOrganizationName(last + 1, j)) {
      return std::nullopt;
    }
    const Span name = TokSpan(AfterTitles(last + 1, j), j);
    const Entity* e = EntityAt(name);
    if (e == nullptr) return Resolved{Text(name), "person"};
    if (e->kind != "person") return std::nullopt;
    return Resolved{e->name, e->kind};
  }

  // The entity of an apposition opening with a determiner right after token `last`:
  // ", the Syrian Democratic Forces (SDF),", ", le groupe Samsung,".
  const Entity* ApposedEntity(size_t last) const {
    const auto& toks = scan_.toks;
    if (last + 2 >= toks.size() || toks[last].lower != "," || !toks[last + 1].Has(Cat::kDet)) {
      return nullptr;
    }
    size_t i = last + 2;
    if (!toks[i].cap && i + 1 < toks.size() && toks[i + 1].cap) ++i;  // "le groupe Samsung"
    if (!toks[i].cap || toks[i].kind != QKind::kWord) return nullptr;
    size_t j = i;
    while (j < toks.size() && toks[j].kind == QKind::kWord && toks[j].cap) ++j;
    const Entity* e = EntityAt(TokSpan(i, j));
    return e != nullptr && (e->kind == "organization" || e->kind == "armed_group") ? e : nullptr;
  }

  // The capitalized run right after byte `pos` (after a space or ", "), if any.
  // NameAfter, past up to kMaxTitleTail lower-case words completing the title ("président
  // malien par intérim, Dioncounda Traoré"); no verb, cue or clause boundary among them.
  std::optional<Span> NameAfterTitle(size_t pos, bool office) const {
    if (std::optional<Span> name = NameAfter(pos)) return name;
    const auto& toks = scan_.toks;
    auto it = std::lower_bound(toks.begin(), toks.end(), pos,
                               [](const QTok& t, size_t p) { return t.span.start < p; });
    size_t i = static_cast<size_t>(it - toks.begin());
    if (i >= toks.size() || toks[i].span.start > pos + 1) return std::nullopt;
    for (size_t n = 0; i < toks.size() && n < kMaxTitleTail; ++i, ++n) {
      const QTok& w = toks[i];
      if (office && w.kind == QKind::kWord && w.cap && !w.inside) {
        // « le ministre de la Défense Jean-Yves Le Drian », "le président du Conseil des
        // ministres Mario Monti": a complement naming the office, then the person the entity
        // recognizer knows.
        return PersonInComplement(i);
      }
      if (w.kind != QKind::kWord || w.cap || w.inside || w.Has(Cat::kVerbal) ||
          w.Has(Cat::kAux) || w.Has(Cat::kBoundary) ||
          w.Has(Cat::kPronoun) || w.Has(Cat::kClitic) || w.Has(Cat::kThat) || IsCue(lex_, w)) {
        break;
      }
    }
    if (i >= toks.size() || i == 0 || toks[i].lower != ",") return std::nullopt;
    std::optional<Span> name = NameAfter(toks[i].span.start);
    if (!name || Text(*name).find(' ') == std::string::npos) return std::nullopt;
    return name;
  }

  // The person entity in the words of a title's complement from token i on ("Défense
  // Jean-Yves Le Drian", "Conseil des ministres Mario Monti"), within kMaxTitleTail words
  // after its last capitalized run; nullopt when none.
  std::optional<Span> PersonInComplement(size_t i) const {
    const auto& toks = scan_.toks;
    size_t j = i;
    for (size_t lower = 0; j < toks.size() && toks[j].kind == QKind::kWord && !toks[j].inside; ++j) {
      if (toks[j].cap) {
        lower = 0;
        continue;
      }
      if (++lower > 2 || toks[j].Has(Cat::kVerbal) || toks[j].Has(Cat::kAux) ||
          IsCue(lex_, toks[j])) {
        break;
      }
    }
    if (j <= i + 1) return std::nullopt;
    const Span orig = analysis_.ToOriginal(TokSpan(i, j));
    const Entity* e = nullptr;  // the first person named inside
    for (const Entity& c : record_.entities) {
      if (c.kind == "person" && orig.Contains(c.span) && !Unresolved(c) &&
          (e == nullptr || c.span.start < e->span.start)) {
        e = &c;
      }
    }
    if (e == nullptr) return std::nullopt;
    size_t k = i;
    while (k < j && orig_starts_[k] < e->span.start) ++k;
    size_t last = k;
    while (last < j && orig_starts_[last] < e->span.end) ++last;
    if (last == k) return std::nullopt;
    return TokSpan(k, last);
  }

  std::optional<Span> NameAfter(size_t pos) const {
    const auto& toks = scan_.toks;
    auto it = std::lower_bound(toks.begin(), toks.end(), pos,
                               [](const QTok& t, size_t p) { return t.span.start < p; });
    size_t i = static_cast<size_t>(it - toks.begin());
    // An acronym in parentheses first: "le président de l'Union française des industries
    // pétrolières (Ufip), Jean Louis Schilansky".
    if (i + 2 < toks.size() && toks[i].lower == "(" && toks[i].span.start <= pos + 2) {
      for (size_t k = i + 1; k < toks.size() && k <= i + 4; ++k) {
        if (toks[k].lower != ")") continue;
        pos = toks[k].span.end;
        i = k + 1;
        break;
      }
    }
    if (i < toks.size() && toks[i].kind == QKind::kPunct && toks[i].lower == ",") {
      ++i;
      // "le porte-parole de l'armée, le colonel Ahmed Ali,": a determiner and titles first.
      const size_t from = i;
      while (i < toks.size() && i < from + 3 && toks[i].kind == QKind::kWord &&
             !toks[i].cap && (toks[i].Has(Cat::kDet) || toks[i].Has(Cat::kTitle))) {
        ++i;
      }
      if (i > from && (i >= toks.size() || !toks[i].cap || !toks[i - 1].Has(Cat::kTitle))) i = from;
      if (i > from) pos = toks[i].span.start;
    }
    if (i >= toks.size() || !toks[i].cap || toks[i].kind != QKind::kWord ||
        toks[i].span.start > pos + 2) {
      return std::nullopt;
    }
    size_t j = i;
    while (j < toks.size() && toks[j].kind == QKind::kWord && toks[j].cap) ++j;
    return Span{toks[i].span.start, toks[j - 1].span.end};
  }

  const text::Analysis& analysis_;
  const Scan& scan_;
  const LangLexicon& lex_;
  const Record& record_;
  WordMap<Span> full_names_;
  WordMap<Span> first_names_;  // the same runs by their first word
  std::vector<size_t> orig_starts_;  // original byte offset of each token, in token order
  std::vector<Span> runs_;      // person-like names of two words or more, outside quotes
  std::vector<Span> subjects_;  // those of them followed by a lower-case word (a verb)
  size_t last_end_ = 0;         // end of the last resolved speaker mention (norm bytes)
  size_t last_person_end_ = 0;  // the same for the last person speaker
  std::optional<Resolved> last_;
  std::optional<Resolved> last_person_;
  std::optional<Resolved> last_other_;
  std::optional<Resolved> last_group_;  // the last organization or group of people speaking
};

Mention MakeMention(const text::Analysis& analysis, const Document& doc, Span norm) {
  const Span orig = analysis.ToOriginal(norm);
  return Mention{std::string(doc.Slice(orig)), orig};
}

}  // namespace

void EmitQuotes(const text::Analysis& analysis, const Document& doc, const Scan& scan,
                const LangLexicon& lex, std::vector<Candidate> candidates, Record* record) {
  std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.text.start < b.text.start;
  });
  SpeakerResolver resolver(analysis, scan, lex, *record);
  std::optional<Speaker> previous;
  for (const Candidate& c : candidates) {
    Quote q;
    const Mention text = MakeMention(analysis, doc, c.text);
    q.text = text.text;
    q.span = text.span;
    q.direct = c.direct;
    if (c.cue) q.cue = MakeMention(analysis, doc, c.cue_span);
    SpeakerMention mention = c.speaker;
    std::optional<Resolved> r = resolver.Resolve(mention);
    if (!r && c.inherit) {
      mention = resolver.SubjectBeforeQuote(c.text);
      r = resolver.Resolve(mention);
    }
    if (r) {
      const Mention who = MakeMention(analysis, doc, mention.span);
      q.speaker = Speaker{who.text, who.span, r->name, r->kind};
      previous = q.speaker;
    } else if (c.inherit && previous) {
      q.speaker = previous;
    }
    record->quotes.push_back(std::move(q));
  }
}

}  // namespace sitrep::recognize::quotes
