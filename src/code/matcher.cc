// Matcher: key making, pattern parsing and matching (see matcher.h).
#include "code/matcher.h"

#include <algorithm>
#include <unordered_set>

namespace sitrep::code {
namespace {

bool ElementMatches(const Element& el, const Key& key) {
  if (el.number) return key.number;
  for (const std::string& e : el.exact) {
    if (key.text == e) return true;
  }
  for (const std::string& p : el.prefix) {
    if (key.text.size() >= p.size() && key.text.compare(0, p.size(), p) == 0) return true;
  }
  return false;
}

// Where an elided word splits: "d'artillerie" -> 2, "qu'ils" -> 3, "turkey's" -> 6 (before
// the "'s"); npos when the word stays whole.
size_t ElisionSplit(std::string_view w) {
  const size_t apos = w.find('\'');
  if (apos == std::string_view::npos || apos == 0 || apos + 1 >= w.size()) {
    return std::string_view::npos;
  }
  const std::string_view head = w.substr(0, apos);
  if (head.size() <= 2 || (head.size() >= 2 && head.substr(head.size() - 2) == "qu")) {
    return apos + 1;
  }
  if (w.substr(apos) == "'s") return apos;
  return std::string_view::npos;
}

void PushWord(std::string_view lower, Span span, std::vector<Key>* out) {
  const size_t cut = ElisionSplit(lower);
  if (cut == std::string_view::npos) {
    out->push_back(Key{lower, span, false, false});
    return;
  }
  out->push_back(Key{lower.substr(0, cut), Span{span.start, span.start + cut}, false, false});
  out->push_back(Key{lower.substr(cut), Span{span.start + cut, span.end}, false, false});
}

// Whether LowerWord would change `word` (token forms are case-folded already: it rarely does).
bool NeedsLower(std::string_view word) {
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 'A' && c <= 'Z') return true;
    if (c == 0xC3 && i + 1 < word.size()) {
      const unsigned char d = static_cast<unsigned char>(word[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) return true;
      ++i;
    }
  }
  return false;
}

}  // namespace

std::string LowerWord(std::string_view word) {
  std::string out(word);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      const unsigned char d = static_cast<unsigned char>(out[i + 1]);
      if (d >= 0x80 && d <= 0x9E && d != 0x97) out[i + 1] = static_cast<char>(d + 0x20);
      ++i;
    }
  }
  return out;
}

std::vector<Key> MakeKeys(const text::Analysis& analysis, size_t first_token,
                          size_t end_token, const KeyVocab* vocab) {
  std::vector<Key> keys;
  keys.reserve(end_token - first_token + 4);
  for (size_t i = first_token; i < end_token; ++i) {
    const text::Token& tok = analysis.tokens[i];
    if (tok.kind == text::TokenKind::kWord) {
      if (tok.plain) {
        keys.push_back(Key{tok.lower, tok.span, false, false});  // lower case, no apostrophe
      } else if (NeedsLower(tok.lower)) {
        // Node-based set: the views stay valid as the set grows (by distinct words only).
        thread_local std::unordered_set<std::string> lowered;
        PushWord(*lowered.insert(LowerWord(tok.lower)).first, tok.span, &keys);
      } else {
        PushWord(tok.lower, tok.span, &keys);
      }
    } else {
      Key k{std::string_view(tok.lower), tok.span, tok.kind == text::TokenKind::kNumber,
            tok.kind == text::TokenKind::kPunct || tok.kind == text::TokenKind::kQuote};
      keys.push_back(std::move(k));
    }
  }
  if (vocab != nullptr) {
    for (Key& k : keys) {
      k.vocab = vocab;
      if (k.number) {
        k.matchers = ~uint64_t{0};  // number patterns are not in the vocabulary
      } else {
        vocab->Lookup(k.text, &k.word, &k.prefix, &k.matchers);
      }
    }
  }
  return keys;
}

int32_t KeyVocab::Child(int32_t node, unsigned char byte) const {
  if (node == 0) return root_children_[byte];
  const auto& kids = nodes_[static_cast<size_t>(node)].children;
  for (const auto& [b, child] : kids) {
    if (b == byte) return child;
    if (b > byte) break;
  }
  return -1;
}

int32_t KeyVocab::Insert(std::string_view text) {
  int32_t node = 0;
  for (const char ch : text) {
    const unsigned char byte = static_cast<unsigned char>(ch);
    int32_t next = Child(node, byte);
    if (next < 0) {
      next = static_cast<int32_t>(nodes_.size());
      auto& kids = nodes_[static_cast<size_t>(node)].children;
      auto at = std::find_if(kids.begin(), kids.end(), [byte](const auto& k) { return k.first > byte; });
      kids.insert(at, {byte, next});
      if (node == 0) root_children_[byte] = next;
      nodes_.emplace_back();
    }
    node = next;
  }
  return node;
}

int32_t KeyVocab::AddWord(std::string_view word, uint64_t matcher_bit) {
  WordInfo& info = words_map_[word];
  info.matchers |= matcher_bit;
  if (info.id < 0) info.id = words_++;
  return info.id;
}

int32_t KeyVocab::AddPrefix(std::string_view prefix, uint64_t matcher_bit) {
  const int32_t at = Insert(prefix);
  nodes_[static_cast<size_t>(at)].prefix_matchers |= matcher_bit;
  if (nodes_[static_cast<size_t>(at)].prefix >= 0) return nodes_[static_cast<size_t>(at)].prefix;
  const int32_t id = static_cast<int32_t>(prefix_text_.size());
  nodes_[static_cast<size_t>(at)].prefix = id;
  if (prefix.size() >= 2) long_prefix_start_[FirstTwo(prefix)] = true;
  prefix_text_.emplace_back(prefix);
  // The new prefix's shorter one, and the longer prefixes it now is the nearest start of.
  int32_t shorter = -1;
  int32_t node = 0;
  for (size_t len = 1; len < prefix.size(); ++len) {
    node = Child(node, static_cast<unsigned char>(prefix[len - 1]));
    if (nodes_[static_cast<size_t>(node)].prefix >= 0) shorter = nodes_[static_cast<size_t>(node)].prefix;
  }
  shorter_.push_back(shorter);
  for (size_t i = 0; i + 1 < prefix_text_.size(); ++i) {
    const std::string& longer = prefix_text_[i];
    if (longer.size() <= prefix.size() || longer.compare(0, prefix.size(), prefix) != 0) continue;
    const int32_t old = shorter_[i];
    if (old < 0 || prefix_text_[static_cast<size_t>(old)].size() < prefix.size()) shorter_[i] = id;
  }
  return id;
}

void KeyVocab::Lookup(std::string_view text, int32_t* word, int32_t* prefix) const {
  uint64_t matchers = 0;
  Lookup(text, word, prefix, &matchers);
}

void KeyVocab::Lookup(std::string_view text, int32_t* word, int32_t* prefix,
                      uint64_t* matchers) const {
  *word = -1;
  *prefix = -1;
  *matchers = 0;
  // Without a longer prefix to reach, only the first byte's node can be one.
  const std::string_view walk =
      text.size() >= 2 && !long_prefix_start_[FirstTwo(text)] ? text.substr(0, 1) : text;
  int32_t node = 0;
  for (const char ch : walk) {
    node = Child(node, static_cast<unsigned char>(ch));
    if (node < 0) break;
    const Node& n = nodes_[static_cast<size_t>(node)];
    if (n.prefix >= 0) *prefix = n.prefix;
    *matchers |= n.prefix_matchers;
  }
  auto it = words_map_.find(text);
  if (it != words_map_.end()) {
    *word = it->second.id;
    *matchers |= it->second.matchers;
  }
}

StatusOr<Sequence> ParseSequence(std::string_view pattern) {
  Sequence seq;
  size_t pos = 0;
  while (pos < pattern.size()) {
    size_t end = pattern.find(' ', pos);
    if (end == std::string_view::npos) end = pattern.size();
    std::string word = LowerWord(pattern.substr(pos, end - pos));
    pos = end + 1;
    if (word.empty()) continue;
    Element el;
    if (word == "*") {
      el.gap = true;
    } else if (word == "#") {
      el.number = true;
    } else if (word.find('|') == std::string::npos && ElisionSplit(word) != std::string::npos &&
               word.back() != '*') {
      const size_t cut = ElisionSplit(word);
      seq.push_back(Element{{word.substr(0, cut)}, {}, false, false});
      el.exact.push_back(word.substr(cut));
    } else {
      size_t a = 0;
      while (a <= word.size()) {
        size_t b = word.find('|', a);
        if (b == std::string::npos) b = word.size();
        std::string alt = word.substr(a, b - a);
        if (!alt.empty() && alt.back() == '*') {
          alt.pop_back();
          if (!alt.empty()) el.prefix.push_back(alt);
        } else if (!alt.empty()) {
          el.exact.push_back(alt);
        }
        a = b + 1;
      }
    }
    seq.push_back(std::move(el));
  }
  if (seq.empty() || seq.front().gap || seq.back().gap) {
    return InvalidArgumentError("bad pattern '" + std::string(pattern) + "'");
  }
  return seq;
}

std::vector<int>* Matcher::Slot(std::vector<int32_t>* slots,
                                std::vector<std::vector<int>>* lists, int32_t id) {
  const size_t i = static_cast<size_t>(id);
  if (slots->size() <= i) slots->resize(i + 1, -1);
  if ((*slots)[i] < 0) {
    (*slots)[i] = static_cast<int32_t>(lists->size());
    lists->emplace_back();
  }
  return &(*lists)[static_cast<size_t>((*slots)[i])];
}

void Matcher::Add(Sequence sequence, int id) {
  const int index = static_cast<int>(sequences_.size());
  const Element& first = sequence.front();
  if (first.number) by_number_.push_back(index);
  for (const std::string& e : first.exact) {
    Slot(&word_slot_, &lists_, vocab_->AddWord(e, bit_))->push_back(index);
  }
  for (const std::string& p : first.prefix) {
    Slot(&prefix_slot_, &lists_, vocab_->AddPrefix(p, bit_))->push_back(index);
  }
  sequences_.push_back(std::move(sequence));
  ids_.push_back(id);
}

namespace {

// Punctuation a gap may cross: commas and quote marks ("offered \"condolences to ...").
bool Crossable(std::string_view p) {
  static constexpr std::string_view kMarks[] = {",", "\"", "“", "”", "«", "»", "‘", "’", "'"};
  for (std::string_view m : kMarks) {
    if (p == m) return true;
  }
  return false;
}

}  // namespace

bool Matcher::MatchAt(const Sequence& seq, size_t element, const std::vector<Key>& keys,
                      size_t pos, size_t* end) const {
  if (element == seq.size()) {
    *end = pos;
    return true;
  }
  const Element& el = seq[element];
  if (el.gap) {
    for (size_t skip = 0; skip <= kMaxGap && pos + skip <= keys.size(); ++skip) {
      if (skip > 0 && keys[pos + skip - 1].punct && !Crossable(keys[pos + skip - 1].text)) break;
      if (MatchAt(seq, element + 1, keys, pos + skip, end)) return true;
    }
    return false;
  }
  if (pos >= keys.size() || !ElementMatches(el, keys[pos])) return false;
  return MatchAt(seq, element + 1, keys, pos + 1, end);
}

void Matcher::TryCandidates(const std::vector<int>& candidates, const std::vector<Key>& keys,
                            size_t pos, std::vector<Match>* out) const {
  for (int c : candidates) {
    size_t end = 0;
    if (MatchAt(sequences_[static_cast<size_t>(c)], 0, keys, pos, &end)) {
      out->push_back(Match{ids_[static_cast<size_t>(c)], pos, end});
    }
  }
}

void Matcher::TryPrefixes(int32_t prefix, const std::vector<Key>& keys, size_t pos,
                          std::vector<Match>* out) const {
  if (prefix < 0) return;
  TryPrefixes(vocab_->Shorter(prefix), keys, pos, out);
  const size_t i = static_cast<size_t>(prefix);
  if (i < prefix_slot_.size() && prefix_slot_[i] >= 0) {
    TryCandidates(lists_[static_cast<size_t>(prefix_slot_[i])], keys, pos, out);
  }
}

uint64_t KeyMatchers(const std::vector<Key>& keys, const KeyVocab* vocab) {
  uint64_t bits = 0;
  for (const Key& k : keys) {
    if (k.vocab != vocab || vocab == nullptr) return ~uint64_t{0};
    bits |= k.matchers;
  }
  return bits;
}

void Matcher::FindAll(const std::vector<Key>& keys, std::vector<Match>* out,
                      uint64_t key_matchers) const {
  if (sequences_.empty() || (bit_ != 0 && (key_matchers & bit_) == 0)) return;
  const KeyVocab* const vocab = vocab_.get();
  const uint64_t bit = bit_;
  const size_t n = keys.size();
  for (size_t pos = 0; pos < n; ++pos) {
    const Key& key = keys[pos];
    if (bit != 0 && key.vocab == vocab && (key.matchers & bit) == 0) {
      continue;  // no pattern of this matcher starts with the key
    }
    if (key.number) {
      if (!by_number_.empty()) TryCandidates(by_number_, keys, pos, out);
      continue;
    }
    // The word's candidates, then the prefixes', shortest prefix first.
    int32_t word = key.word;
    int32_t prefix = key.prefix;
    if (key.vocab != vocab) vocab->Lookup(key.text, &word, &prefix);
    const size_t w = static_cast<size_t>(word);
    if (word >= 0 && w < word_slot_.size() && word_slot_[w] >= 0) {
      TryCandidates(lists_[static_cast<size_t>(word_slot_[w])], keys, pos, out);
    }
    TryPrefixes(prefix, keys, pos, out);
  }
}

}  // namespace sitrep::code
