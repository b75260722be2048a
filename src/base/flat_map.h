// FlatStringMap<V> and FlatStringSet: hash containers keyed by std::string and looked up by
// std::string_view, for the dictionaries that the recognizers probe at every token of a text.
//
// Usage:
//   FlatStringMap<int> m;
//   m.emplace("armée", 1);
//   auto it = m.find(word_view);          // no allocation
//   if (it != m.end()) use(it->second);
//
// IMPLEMENTATION: open addressing with linear probing over a power-of-two array of 8-byte
// slots (32 bits of the hash, 32 bits of entry index), at most half full. A miss, the common
// case for dictionary look-ups, reads one cache line and compares no string; std::unordered_map
// pays a division, a bucket and a node (often three cache misses) instead. Entries live in a
// std::deque in insertion order, which is also the iteration order; references to entries stay
// valid when others are added. No erase. Not thread-safe for writes; concurrent reads are fine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace sitrep {

// A fast 64-bit hash of a byte string (multiply-mix, in the manner of wyhash): short words
// take two multiplications.
inline uint64_t HashBytes(std::string_view s) {
  __extension__ using U128 = unsigned __int128;
  auto mix = [](uint64_t a, uint64_t b) {
    const U128 r = static_cast<U128>(a) * b;
    return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
  };
  auto read8 = [](const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  auto read4 = [](const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return static_cast<uint64_t>(v);
  };
  constexpr uint64_t kA = 0xa0761d6478bd642full, kB = 0xe7037ed1a0b428dbull,
                     kC = 0x8ebc6af09c88c6e3ull;
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = kC ^ n;
  while (n > 16) {
    h = mix(read8(p) ^ kA, read8(p + 8) ^ h);
    p += 16;
    n -= 16;
  }
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = read8(p);
    b = read8(p + n - 8);
  } else if (n >= 4) {
    a = read4(p);
    b = read4(p + n - 4);
  } else if (n > 0) {
    const auto u = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])); };
    a = (u(0) << 16) | (u(n / 2) << 8) | u(n - 1);
  }
  return mix(mix(a ^ kA, b ^ h ^ kB), kC ^ s.size());
}

namespace flat_internal {

// The slot index shared by the map and the set; `Key(e)` gives an entry's key.
template <typename Entry, typename KeyOf>
class Table {
 public:
  using iterator = typename std::deque<Entry>::iterator;
  using const_iterator = typename std::deque<Entry>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  const_iterator find(std::string_view key) const {
    const size_t i = Locate(key, HashBytes(key));
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<ptrdiff_t>(i);
  }
  iterator find(std::string_view key) {
    const size_t i = Locate(key, HashBytes(key));
    return i == kNone ? entries_.end() : entries_.begin() + static_cast<ptrdiff_t>(i);
  }
  size_t count(std::string_view key) const { return contains(key) ? 1 : 0; }
  bool contains(std::string_view key) const { return Locate(key, HashBytes(key)) != kNone; }

  void reserve(size_t n) {
    if (n * 2 > slots_.size()) Rehash(n * 2);
  }
  void clear() {
    entries_.clear();
    slots_.clear();
  }

 protected:
  static constexpr size_t kNone = ~size_t{0};

  size_t Locate(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    const uint64_t tag = h >> 32;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      const uint64_t s = slots_[i];
      if (s == 0) return kNone;
      if ((s >> 32) == tag) {
        const size_t e = static_cast<size_t>(s & 0xffffffffu) - 1;
        if (KeyOf{}(entries_[e]) == key) return e;
      }
    }
  }

  // The entry of `key`, made by `make()` when missing; second: whether it was made.
  template <typename Make>
  std::pair<iterator, bool> FindOrAdd(std::string_view key, Make&& make) {
    const uint64_t h = HashBytes(key);
    const size_t found = Locate(key, h);
    if (found != kNone) return {entries_.begin() + static_cast<ptrdiff_t>(found), false};
    if ((entries_.size() + 1) * 2 > slots_.size()) Rehash((entries_.size() + 1) * 2);
    entries_.push_back(make());
    Place(h, entries_.size() - 1);
    return {entries_.end() - 1, true};
  }

 private:
  void Place(uint64_t h, size_t index) {
    const size_t mask = slots_.size() - 1;
    size_t i = static_cast<size_t>(h) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = ((h >> 32) << 32) | static_cast<uint64_t>(index + 1);
  }
  void Rehash(size_t min_slots) {
    size_t n = 16;
    while (n < min_slots) n *= 2;
    slots_.assign(n, 0);
    for (size_t i = 0; i < entries_.size(); ++i) Place(HashBytes(KeyOf{}(entries_[i])), i);
  }

  std::deque<Entry> entries_;
  std::vector<uint64_t> slots_;
};

template <typename V>
struct FirstOf {
  std::string_view operator()(const std::pair<const std::string, V>& e) const { return e.first; }
};
struct Self {
  std::string_view operator()(const std::string& e) const { return e; }
};

}  // namespace flat_internal

template <typename V>
class FlatStringMap
    : public flat_internal::Table<std::pair<const std::string, V>, flat_internal::FirstOf<V>> {
  using Base = flat_internal::Table<std::pair<const std::string, V>, flat_internal::FirstOf<V>>;

 public:
  using key_type = std::string;
  using mapped_type = V;
  using value_type = std::pair<const std::string, V>;
  using typename Base::const_iterator;
  using typename Base::iterator;

  FlatStringMap() = default;
  FlatStringMap(std::initializer_list<value_type> init) {
    for (const value_type& v : init) try_emplace(v.first, v.second);
  }

  template <typename... Args>
  std::pair<iterator, bool> try_emplace(std::string_view key, Args&&... args) {
    return this->FindOrAdd(key, [&] {
      return value_type(std::piecewise_construct, std::forward_as_tuple(key),
                        std::forward_as_tuple(std::forward<Args>(args)...));
    });
  }
  template <typename K, typename... Args>
  std::pair<iterator, bool> emplace(K&& key, Args&&... args) {
    return try_emplace(std::string_view(key), std::forward<Args>(args)...);
  }
  std::pair<iterator, bool> insert(const value_type& v) { return try_emplace(v.first, v.second); }
  std::pair<iterator, bool> insert(value_type&& v) {
    return try_emplace(v.first, std::move(v.second));
  }
  V& operator[](std::string_view key) { return try_emplace(key).first->second; }
  // The value of `key`, which must be present.
  const V& at(std::string_view key) const { return this->find(key)->second; }
};

class FlatStringSet : public flat_internal::Table<std::string, flat_internal::Self> {
 public:
  using key_type = std::string;
  using value_type = std::string;

  FlatStringSet() = default;
  FlatStringSet(std::initializer_list<std::string_view> init) {
    for (std::string_view s : init) insert(s);
  }

  std::pair<iterator, bool> insert(std::string_view key) {
    return FindOrAdd(key, [&] { return std::string(key); });
  }
  std::pair<iterator, bool> emplace(std::string_view key) { return insert(key); }

  // The same strings, whatever the order they were added in.
  friend bool operator==(const FlatStringSet& a, const FlatStringSet& b) {
    if (a.size() != b.size()) return false;
    for (const std::string& s : a) {
      if (!b.contains(s)) return false;
    }
    return true;
  }
};

}  // namespace sitrep
